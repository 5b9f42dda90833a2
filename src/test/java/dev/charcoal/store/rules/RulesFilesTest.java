package dev.charcoal.store.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charcoal.model.AggregationMethod;
import dev.charcoal.model.Retention;
import dev.charcoal.testing.Golden;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesFilesTest {
  @TempDir Path dir;

  @Test
  void writesBothDefaultsOnFirstStartAndLoadsThem() throws Exception {
    Path conf = dir.resolve("conf");
    List<Path> written = RulesFiles.writeDefaultsIfMissing(conf);
    assertThat(written)
        .containsExactly(
            conf.resolve("storage-schemas.conf"), conf.resolve("storage-aggregation.conf"));
    assertThat(Files.readString(conf.resolve("storage-schemas.conf")))
        .isEqualTo(RulesFiles.defaultText(RulesFiles.SCHEMAS));
    StorageRules rules = RulesFiles.load(conf);
    assertThat(rules.schemas().rules())
        .extracting(SchemaRule::section)
        .containsExactly("carbon", "stats", "default");
    assertThat(rules.aggregation().ruleFor("stats_counts.hits"))
        .isEqualTo(new Aggregation(0f, AggregationMethod.SUM));
  }

  @Test
  void leavesNoTemporaryFilesBehind() throws Exception {
    RulesFiles.writeDefaultsIfMissing(dir);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("storage-schemas.conf", "storage-aggregation.conf");
    }
  }

  @Test
  void neverOverwritesAUsersFileEvenAnEmptyOne() throws Exception {
    Path schemas = dir.resolve("storage-schemas.conf");
    Files.writeString(schemas, "");
    List<Path> written = RulesFiles.writeDefaultsIfMissing(dir);
    assertThat(written).containsExactly(dir.resolve("storage-aggregation.conf"));
    assertThat(Files.readString(schemas)).isEmpty();
    assertThat(RulesFiles.writeDefaultsIfMissing(dir)).isEmpty();
  }

  @Test
  void loadsWithoutAggregationFileAsCarbonDoes() throws Exception {
    Files.writeString(
        dir.resolve("storage-schemas.conf"), "[a]\npattern = .\nretentions = 1m:1d\n");
    StorageRules rules = RulesFiles.load(dir);
    assertThat(rules.aggregation().ruleFor("x")).isEqualTo(Aggregation.WHISPER_DEFAULT);
    assertThat(rules.schemas().schemaFor("x")).containsExactly(new Retention(60, 1440));
  }

  @Test
  void requiresTheSchemasFile() {
    Path file = dir.resolve("storage-schemas.conf");
    assertThatThrownBy(() -> RulesFiles.load(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessage(file + ": file not found");
  }

  @Test
  void namesTheFileItCannotDecode() throws Exception {
    Path file = dir.resolve("storage-schemas.conf");
    Files.write(file, new byte[] {'[', 'a', ']', '\n', (byte) 0xff, '\n'});
    assertThatThrownBy(() -> RulesFiles.load(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessage(file + ": not valid UTF-8 text");
  }

  @Test
  void errorsNameTheFullPath() throws Exception {
    Files.writeString(
        dir.resolve("storage-schemas.conf"), "[a]\npattern = .\nretentions = 1m:1d\n");
    Path agg = dir.resolve("storage-aggregation.conf");
    Files.writeString(agg, "[a]\npattern = .\nxFilesFactor = 2\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> RulesFiles.load(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessage(agg + " line 3: section [a]: xFilesFactor 2 is outside 0..1");
  }

  /** Carbon itself loaded our default files and matched these names (golden/make_golden.py). */
  @Test
  void defaultsMatchAsCarbonMatchesThem() throws Exception {
    StorageSchemas schemas =
        StorageSchemas.parse(RulesFiles.SCHEMAS, RulesFiles.defaultText(RulesFiles.SCHEMAS));
    StorageAggregation aggregation =
        StorageAggregation.parse(
            RulesFiles.AGGREGATION, RulesFiles.defaultText(RulesFiles.AGGREGATION));
    for (JsonNode line : Golden.lines("default-rules.jsonl")) {
      String metric = line.get("metric").asText();
      List<Retention> archives = new ArrayList<>();
      line.get("archives")
          .forEach(a -> archives.add(new Retention(a.get(0).asLong(), a.get(1).asLong())));
      assertThat(schemas.match(metric).section()).as(metric).isEqualTo(line.get("schema").asText());
      assertThat(schemas.schemaFor(metric)).as(metric).isEqualTo(archives);
      assertThat(aggregation.match(metric).orElseThrow().section())
          .as(metric)
          .isEqualTo(line.get("aggregation").asText());
      assertThat(aggregation.ruleFor(metric))
          .as(metric)
          .isEqualTo(
              new Aggregation(
                  (float) line.get("xff").asDouble(),
                  AggregationMethod.fromConfigName(line.get("method").asText()).orElseThrow()));
    }
  }
}
