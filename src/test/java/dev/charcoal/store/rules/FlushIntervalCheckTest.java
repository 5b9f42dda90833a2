package dev.charcoal.store.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlushIntervalCheckTest {
  private static final List<String> NAMES = List.of("stats.*", "stats_counts.*");

  private static StorageSchemas schemas(String text) throws ConfigException {
    return StorageSchemas.parse("storage-schemas.conf", text);
  }

  @Test
  void aFlushMatchingTheFinestStepIsFine() throws ConfigException {
    StorageSchemas s = schemas("[stats]\npattern = ^stats\nretentions = 10s:6h,1m:7d\n");
    assertThat(FlushIntervalCheck.check(s, NAMES, Duration.ofSeconds(10), "StatsD")).isEmpty();
  }

  @Test
  void aShorterFlushLosesPointsAndSaysWhere() throws ConfigException {
    StorageSchemas s = schemas("[stats]\npattern = ^stats\nretentions = 1m:7d\n");
    assertThat(FlushIntervalCheck.check(s, NAMES, Duration.ofSeconds(10), "StatsD"))
        .singleElement()
        .asString()
        .contains("StatsD flushes every 10s")
        .contains("stats.*, stats_counts.*")
        .contains("60s (schema [stats])")
        .contains("only the last is kept")
        .contains("Set the flush interval to 60s");
  }

  @Test
  void aLongerFlushLeavesGaps() throws ConfigException {
    StorageSchemas s = schemas("[stats]\npattern = ^stats\nretentions = 10s:6h\n");
    assertThat(FlushIntervalCheck.check(s, NAMES, Duration.ofSeconds(30), "StatsD"))
        .singleElement()
        .asString()
        .contains("graphs show gaps");
  }

  @Test
  void namesInDifferentSchemasGetOneWarningEach() throws ConfigException {
    StorageSchemas s =
        schemas(
            "[counts]\npattern = ^stats_counts\\.\nretentions = 10s:1d\n"
                + "[slow]\npattern = ^stats\\.gauges\nretentions = 5m:1y\n");
    List<String> warnings =
        FlushIntervalCheck.check(
            s, List.of("stats.*", "stats_counts.*", "stats.gauges.*"), Duration.ofSeconds(10), "X");
    // stats.* falls to carbon's fallback (60 s), stats.gauges.* to [slow]; the counts agree.
    assertThat(warnings).hasSize(2);
    assertThat(warnings.get(0)).contains("stats.* is stored at 60s (schema [default])");
    assertThat(warnings.get(1)).contains("stats.gauges.* is stored at 300s (schema [slow])");
  }
}
