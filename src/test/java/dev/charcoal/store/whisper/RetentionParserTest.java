package dev.charcoal.store.whisper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charcoal.model.Retention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetentionParserTest {
  @ParameterizedTest
  @CsvSource({
    "60:1440, 60, 1440",
    "10s:6h, 10, 2160",
    "1m:7d, 60, 10080",
    "1min:7d, 60, 10080",
    "10m:5y, 600, 262800",
    "1h:3y, 3600, 26280",
    "7m:1h, 420, 8",
    "15m:8, 900, 8",
    "1w:1y, 604800, 52",
    "1seconds:2minutes, 1, 120",
  })
  void parsesLikeWhisper(String def, long precision, long points) {
    assertThat(RetentionParser.parse(def)).isEqualTo(new Retention(precision, points));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "60",
        "1x:1d",
        "10s:1q",
        "s:1d",
        "10S:1d",
        "-1:10",
        "10s:",
        ":10",
        "1h:1m",
        "1s:99999999999999y",
        "99999999999y:1",
        "1:4294967296"
      })
  void rejectsWhatWhisperRejects(String def) {
    assertThatThrownBy(() -> RetentionParser.parse(def))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"10s:6h,1m:7d,10m:5y|3", "60:1440|1"})
  void parsesCommaSeparatedLists(String defs, int count) {
    assertThat(RetentionParser.parseList(defs)).hasSize(count);
  }
}
