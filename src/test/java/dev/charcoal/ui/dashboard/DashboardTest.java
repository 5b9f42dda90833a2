package dev.charcoal.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.ui.time.TimeRange;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DashboardTest {
  final Dashboard sample = DashboardCodecTest.SAMPLE;

  @Test
  void theViewShownIsNoChangeOfContent() {
    assertThat(sample.withView(0).sameContent(sample)).isTrue();
    assertThat(sample.withView(0)).isNotEqualTo(sample);
  }

  @Test
  void anyOtherFieldIsAChange() {
    Dashboard otherTime =
        new Dashboard(
            new TimeRange.Relative(Duration.ofHours(6)),
            sample.autoRefresh(),
            sample.refreshInterval(),
            sample.layout(),
            sample.walls(),
            sample.view());

    assertThat(otherTime.sameContent(sample)).isFalse();
    assertThat(sample.sameContent(null)).isFalse();
  }
}
