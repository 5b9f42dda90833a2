package dev.charcoal.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charcoal.ingest.statsd.StatsdConfig;
import dev.charcoal.ingest.statsd.StatsdConfigFile;
import dev.charcoal.store.rules.RulesFiles;
import dev.charcoal.store.rules.StorageRules;
import dev.charcoal.ui.backend.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFilesTest {
  @TempDir Path data;

  static final String SCHEMAS = "[fast]\npattern = ^fast\\.\nretentions = 1s:1h,10s:1d\n";
  static final String AGGREGATION =
      "[max]\npattern = \\.max$\nxFilesFactor = 0.1\naggregationMethod = max\n";

  static Settings sample() {
    return new Settings(
        new Settings.Listeners("0.0.0.0", 12003, 12004, 18125, 18080),
        Duration.ofSeconds(5),
        List.of(90.0, 99.9, -10.0),
        SCHEMAS,
        AGGREGATION);
  }

  @Test
  void nothingSavedReadsAsTheDefaults() throws IOException {
    assertThat(new SettingsFiles(data).load()).isEqualTo(Settings.defaults());
  }

  @Test
  void savedSettingsReadBack() throws IOException {
    SettingsFiles files = new SettingsFiles(data);

    files.save(sample());

    assertThat(files.load()).isEqualTo(sample());
  }

  @Test
  void whatIsSavedIsWhatTheStoreAndTheEmbeddedStatsdLoad() throws Exception {
    new SettingsFiles(data).save(sample());

    StorageRules rules = RulesFiles.load(data.resolve("conf"));
    assertThat(rules.schemas().match("fast.x").section()).isEqualTo("fast");
    List<String> warnings = new ArrayList<>();
    StatsdConfig statsd = StatsdConfigFile.load(data, warnings::add);
    assertThat(statsd.flushInterval()).isEqualTo(Duration.ofSeconds(5));
    assertThat(statsd.percentThreshold()).containsExactly(90.0, 99.9, -10.0);
    assertThat(warnings).isEmpty();
  }

  @Test
  void otherStatsdKeysAreKeptAndAnUnchangedFileIsNotRewritten() throws IOException {
    Path statsd = data.resolve("conf/statsd.json");
    Files.createDirectories(statsd.getParent());
    String etsy =
        "{\n  // tuned for the lab\n  flushInterval: 10000, percentThreshold: [90],\n"
            + "  deleteCounters: true,\n}\n";
    Files.writeString(statsd, etsy);
    SettingsFiles files = new SettingsFiles(data);

    Settings loaded = files.load();
    files.save(loaded);
    assertThat(Files.readString(statsd)).isEqualTo(etsy); // comments and all

    Settings d = loaded;
    files.save(
        new Settings(
            d.listeners(), Duration.ofSeconds(2), d.percentiles(), d.schemas(), d.aggregation()));
    String written = Files.readString(statsd);
    assertThat(written).contains("\"deleteCounters\" : true").contains("\"flushInterval\" : 2000");
  }

  @Test
  void aDamagedFileIsAnErrorNotTheDefaults() throws IOException {
    Path listeners = data.resolve("conf/listeners.json");
    Files.createDirectories(listeners.getParent());
    Files.writeString(listeners, "{\"bind\": ");

    assertThatThrownBy(() -> new SettingsFiles(data).load())
        .isInstanceOf(IOException.class)
        .hasMessageContaining("listeners.json");
  }
}
