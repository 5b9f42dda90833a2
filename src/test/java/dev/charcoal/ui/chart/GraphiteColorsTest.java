package dev.charcoal.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import org.junit.jupiter.api.Test;

class GraphiteColorsTest {
  @Test
  void readsGraphitesColourNames() {
    assertThat(GraphiteColors.parse("red")).contains(new Color(200, 0, 50));
    assertThat(GraphiteColors.parse("DarkGrey")).contains(new Color(111, 111, 111));
  }

  @Test
  void readsHexWithOrWithoutHashAndAlpha() {
    assertThat(GraphiteColors.parse("ff8000")).contains(new Color(255, 128, 0));
    assertThat(GraphiteColors.parse("#FF800080")).contains(new Color(255, 128, 0, 128));
  }

  @Test
  void refusesAnythingElse() {
    assertThat(GraphiteColors.parse("ultraviolet")).isEmpty();
    assertThat(GraphiteColors.parse("12345")).isEmpty();
    assertThat(GraphiteColors.parse("gg0000")).isEmpty();
    assertThat(GraphiteColors.parse(null)).isEmpty();
  }

  @Test
  void givesTheDefaultColoursInGraphitesOrderAndRepeats() {
    assertThat(GraphiteColors.defaultColor(0)).isEqualTo(new Color(100, 100, 255));
    assertThat(GraphiteColors.defaultColor(1)).isEqualTo(new Color(0, 200, 0));
    assertThat(GraphiteColors.defaultColor(12)).isEqualTo(GraphiteColors.defaultColor(0));
  }
}
