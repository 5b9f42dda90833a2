package dev.charcoal.store.whisper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charcoal.model.Retention;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArchiveListsTest {
  @Test
  void sortsArchivesByPrecision() throws Exception {
    List<Retention> list = RetentionParser.parseList("1h:3y,60:1440,5m:30d");
    assertThat(ArchiveLists.validate(list))
        .extracting(Retention::secondsPerPoint)
        .containsExactly(60L, 300L, 3600L);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "60:10,60:20|two archives with the same precision (archive0: (60, 10), archive1: (60, 20))",
        "60:100,90:100|must evenly divide all lower precision archives' precision (archive0: 60,"
            + " archive1: 90)",
        "60:100,120:50|must cover larger time intervals than higher precision archives (archive0:"
            + " 6000 seconds, archive1: 6000 seconds)",
        "60:4,600:100|(archive1 consolidates 10 of archive0's points but it has only 4 total points)",
      })
  void rejectsWithWhisperMessages(String defs, String message) {
    assertThatThrownBy(() -> ArchiveLists.validate(RetentionParser.parseList(defs)))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining(message);
  }

  @Test
  void rejectsEmptyList() {
    assertThatThrownBy(() -> ArchiveLists.validate(List.of()))
        .hasMessage("You must specify at least one archive configuration!");
  }
}
