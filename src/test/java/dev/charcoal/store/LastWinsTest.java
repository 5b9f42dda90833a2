package dev.charcoal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LastWinsTest {
  @Test
  void leavesIncreasingPointsAlone() {
    CachedPoints in = new CachedPoints("m", new long[] {1, 2, 3}, new double[] {1, 2, 3}, 3);
    assertThat(LastWins.resolve(in)).isSameAs(in);
  }

  @Test
  void sortsAndKeepsTheLastValueReceivedForATimestamp() {
    CachedPoints in =
        new CachedPoints(
            "m", new long[] {30, 10, 30, 20, 10, 99}, new double[] {1, 2, 3, 4, 5, 6}, 5);
    CachedPoints out = LastWins.resolve(in);

    assertThat(Arrays.copyOf(out.timestamps(), out.count())).containsExactly(10, 20, 30);
    assertThat(Arrays.copyOf(out.values(), out.count())).containsExactly(5, 4, 3);
  }
}
