package dev.charcoal.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class PointLinesTest {
  private static PointLines.Points read(String text) throws Exception {
    return PointLines.read(new BufferedReader(new StringReader(text)));
  }

  @Test
  void keepsInputOrderAndDuplicates() throws Exception {
    PointLines.Points p = read("30 3\n10 1\n30 4\n");

    assertThat(p.timestamps()).containsExactly(30, 10, 30);
    assertThat(p.values()).containsExactly(3.0, 1.0, 4.0);
  }

  @Test
  void truncatesFractionalTimestampsAsIntDoes() throws Exception {
    assertThat(read("1700000000.9 1\n-1.5 2\n").timestamps()).containsExactly(1_700_000_000L, -1L);
  }

  @Test
  void acceptsPythonFloatSpellings() throws Exception {
    assertThat(read("1 nan\n2 -inf\n3 +Infinity\n4 .5\n5 1E3\n").values())
        .containsExactly(
            Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0.5, 1000.0);
  }

  @Test
  void rejectsJavaOnlyNumberSpellings() {
    assertThatThrownBy(() -> read("1 0x10\n"))
        .isInstanceOf(CliException.class)
        .hasMessageContaining("line 1");
    assertThatThrownBy(() -> read("1 2\n2 3d\n"))
        .isInstanceOf(CliException.class)
        .hasMessageContaining("line 2");
  }

  @Test
  void rejectsALineWithOneField() {
    assertThatThrownBy(() -> read("\n\n1700000000\n"))
        .isInstanceOf(CliException.class)
        .hasMessageStartingWith("stdin line 3: expected \"TIMESTAMP VALUE\"");
  }

  @Test
  void shortensAVeryLongLineInTheMessage() {
    assertThatThrownBy(() -> read("x".repeat(500) + "\n"))
        .isInstanceOf(CliException.class)
        .hasMessageContaining("x".repeat(60) + "...");
  }
}
