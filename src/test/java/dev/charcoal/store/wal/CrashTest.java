package dev.charcoal.store.wal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.store.wal.Replayed.Point;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} for real: a child JVM appends at full rate with a short fsync interval and is
 * killed with SIGKILL at a random moment, twice (the second run starts from what the first left).
 * Replay must give exactly the first points appended, in order, and at least every point the child
 * saw acknowledged as durable.
 */
class CrashTest {
  private static final int FSYNC_MILLIS = 20;
  private static final long POINTS_BEFORE_KILL = 150_000;
  @TempDir Path tmp;

  @Test
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void killedProcessKeepsEveryAcknowledgedPoint() throws Exception {
    Path wal = tmp.resolve("wal");
    Random random = new Random();
    long acknowledged = 0;
    for (int run = 0; run < 2; run++) {
      // stdout goes to a file: destroyForcibly() closes our end of a pipe, losing its last lines.
      Path out = tmp.resolve("child-" + run + ".out");
      Process child = start(wal, out);
      try {
        long start = -1;
        long durable = 0;
        while (start < 0 || durable < start + POINTS_BEFORE_KILL) {
          assertThat(child.isAlive()).as("child running, output %s", lines(out)).isTrue();
          Thread.sleep(10);
          List<String> lines = lines(out);
          start = lines.isEmpty() ? -1 : startOf(lines);
          durable = lastDurable(lines);
        }
        assertThat(start).as("replayed by run %d", run).isGreaterThanOrEqualTo(acknowledged);
        Thread.sleep(random.nextInt(2 * FSYNC_MILLIS));
        child.destroyForcibly(); // SIGKILL
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      } finally {
        child.destroyForcibly();
      }
      // Everything the child printed before it died was acknowledged.
      acknowledged = lastDurable(lines(out));
    }

    Replayed r = Replayed.replay(wal);
    List<Point> points = r.points;
    assertThat((long) points.size()).isGreaterThanOrEqualTo(acknowledged);
    for (int seq = 0; seq < points.size(); seq++) {
      Point expected = new Point(CrashChild.name(seq), CrashChild.timestamp(seq), seq);
      if (!points.get(seq).equals(expected)) {
        throw new AssertionError("point " + seq + " is " + points.get(seq) + ", not " + expected);
      }
    }
    assertThat(r.replay.damage()).allMatch(d -> d.kind() == WalDamage.Kind.TORN_TAIL);
  }

  private static List<String> lines(Path out) throws IOException {
    List<String> lines = Files.readAllLines(out);
    // The last line may be cut short by the kill.
    return lines.isEmpty() ? lines : lines.subList(0, lines.size() - 1);
  }

  private static long startOf(List<String> lines) {
    assertThat(lines.get(0)).startsWith("start ");
    return Long.parseLong(lines.get(0).substring("start ".length()));
  }

  private static long lastDurable(List<String> lines) {
    long durable = 0;
    for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
      assertThat(line).startsWith("durable ");
      durable = Math.max(durable, Long.parseLong(line.substring("durable ".length())));
    }
    return durable;
  }

  private static Process start(Path wal, Path out) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return new ProcessBuilder(
            java,
            "-Xmx256m",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            classpath,
            CrashChild.class.getName(),
            wal.toString(),
            String.valueOf(FSYNC_MILLIS))
        .redirectOutput(out.toFile())
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }
}
