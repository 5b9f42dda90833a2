package dev.charcoal.app.cli;

import static dev.charcoal.app.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.model.AggregationMethod;
import dev.charcoal.store.whisper.RetentionParser;
import dev.charcoal.store.whisper.Whisper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WhisperInfoCommandTest {
  @TempDir Path dir;

  @Test
  void printsHeaderAsJsonWithWhisperInfoKeysInOrder() throws Exception {
    Path file = dir.resolve("a.wsp");
    Whisper.create(file, RetentionParser.parseList("10s:1h"));

    CliRun.Result r = cli().run("whisper", "info", file);

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out())
        .isEqualTo(
            "{\"aggregationMethod\":\"average\",\"maxRetention\":3600,\"xFilesFactor\":0.5,"
                + "\"fileSize\":4348,\"archives\":[{\"offset\":28,\"secondsPerPoint\":10,"
                + "\"points\":360,\"retention\":3600,\"size\":4320}]}\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void describesEveryArchiveOfGraphitesDefaultSchema() throws Exception {
    Path file = dir.resolve("default.wsp");
    Whisper.create(file, RetentionParser.parseList("60s:1d,5m:30d,1h:3y"));

    CliRun.Result r = cli().run("whisper", "info", file);

    assertThat(r.out())
        .isEqualTo(
            "{\"aggregationMethod\":\"average\",\"maxRetention\":94608000,\"xFilesFactor\":0.5,"
                + "\"fileSize\":436372,\"archives\":["
                + "{\"offset\":52,\"secondsPerPoint\":60,\"points\":1440,\"retention\":86400,"
                + "\"size\":17280},"
                + "{\"offset\":17332,\"secondsPerPoint\":300,\"points\":8640,\"retention\":2592000,"
                + "\"size\":103680},"
                + "{\"offset\":121012,\"secondsPerPoint\":3600,\"points\":26280,"
                + "\"retention\":94608000,\"size\":315360}]}\n");
  }

  @Test
  void printsXFilesFactorAsTheStoredFloat32WidenedToDouble() throws Exception {
    Path file = dir.resolve("xff.wsp");
    Whisper.create(
        file, RetentionParser.parseList("1m:1h"), 0.1f, AggregationMethod.AVG_ZERO, false);

    CliRun.Result r = cli().run("whisper", "info", file);

    assertThat(r.out())
        .startsWith(
            "{\"aggregationMethod\":\"avg_zero\",\"maxRetention\":3600,"
                + "\"xFilesFactor\":0.10000000149011612,");
  }
}
