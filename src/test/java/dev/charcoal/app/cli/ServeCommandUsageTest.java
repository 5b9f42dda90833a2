package dev.charcoal.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.app.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServeCommandUsageTest {
  @ParameterizedTest
  @ValueSource(strings = {"50ms", "0s", "ten", "-1s"})
  void aFlushIntervalStatsdCannotUseIsBadUsage(String interval) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        new Main(
                InstantSource.fixed(Instant.EPOCH),
                (path, archives, xff, method, aggregate, now, keepBackup) -> null,
                dir -> {
                  throw new AssertionError("no window");
                })
            .run(
                new String[] {"serve", "--statsd-flush", interval},
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(code).isEqualTo(Cli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--statsd-flush").contains(interval);
  }
}
