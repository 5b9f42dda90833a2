package dev.charcoal.ui.settings;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charcoal.store.rules.RulesFiles;
import dev.charcoal.ui.backend.Settings;
import dev.charcoal.ui.task.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link Settings} kept in the data dir's {@code conf/}, for the app's {@code Backend} to load and
 * save (file I/O: background threads only):
 *
 * <ul>
 *   <li>{@code conf/listeners.json}: {@code {"bind", "carbonPort", "picklePort", "statsdPort",
 *       "httpPort"}}, Charcoal's own file;
 *   <li>{@code conf/statsd.json}: the embedded StatsD's etsy-style config; only {@code
 *       flushInterval} (milliseconds, as etsy) and {@code percentThreshold} are set, every other
 *       key is kept (comments are not: the file is written back as plain JSON);
 *   <li>{@code conf/storage-schemas.conf} and {@code conf/storage-aggregation.conf}: the text as
 *       is; a missing file reads as Charcoal's default.
 * </ul>
 *
 * Every file is replaced atomically; a file that cannot be read is an error, never overwritten with
 * defaults.
 */
public final class SettingsFiles {
  public static final String LISTENERS = "listeners.json";
  public static final String STATSD = "statsd.json";

  /** Reads statsd.json as the embedded StatsD does (etsy configs are JavaScript literals). */
  private static final JsonMapper LENIENT =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .build();

  private final Path conf;

  /** The settings of the data dir {@code dataDir}. */
  public SettingsFiles(Path dataDir) {
    this.conf = dataDir.resolve("conf");
  }

  /** The settings saved, defaults for what was never saved. */
  public Settings load() throws IOException {
    Settings.Listeners listeners = Settings.DEFAULT_LISTENERS;
    ObjectNode json = readJson(LISTENERS);
    if (json != null) {
      listeners =
          new Settings.Listeners(
              json.path("bind").asText(listeners.bind()),
              json.path("carbonPort").asInt(listeners.carbonPort()),
              json.path("picklePort").asInt(listeners.picklePort()),
              json.path("statsdPort").asInt(listeners.statsdPort()),
              json.path("httpPort").asInt(listeners.httpPort()));
    }
    StatsdValues statsd = statsdValues(readJson(STATSD));
    return new Settings(
        listeners,
        statsd.flush(),
        statsd.percentiles(),
        readText(RulesFiles.SCHEMAS),
        readText(RulesFiles.AGGREGATION));
  }

  /** Saves {@code settings}; the caller checked them ({@link SettingsCheck}). */
  public void save(Settings settings) throws IOException {
    ObjectNode listeners = LENIENT.createObjectNode();
    Settings.Listeners l = settings.listeners();
    listeners.put("bind", l.bind().strip());
    listeners.put("carbonPort", l.carbonPort());
    listeners.put("picklePort", l.picklePort());
    listeners.put("statsdPort", l.statsdPort());
    listeners.put("httpPort", l.httpPort());
    writeJson(LISTENERS, listeners);

    ObjectNode current = readJson(STATSD);
    StatsdValues wanted = new StatsdValues(settings.statsdFlush(), settings.percentiles());
    if (!wanted.equals(
        statsdValues(current))) { // unchanged: keep the user's file, comments and all
      ObjectNode statsd = current == null ? LENIENT.createObjectNode() : current;
      statsd.put("flushInterval", settings.statsdFlush().toMillis());
      ArrayNode pct = statsd.putArray("percentThreshold");
      settings.percentiles().forEach(pct::add);
      writeJson(STATSD, statsd);
    }

    writeText(RulesFiles.SCHEMAS, settings.schemas());
    writeText(RulesFiles.AGGREGATION, settings.aggregation());
  }

  /** The two statsd.json keys the settings edit. */
  private record StatsdValues(Duration flush, List<Double> percentiles) {}

  private static StatsdValues statsdValues(ObjectNode statsd) {
    Duration flush = Settings.DEFAULT_STATSD_FLUSH;
    List<Double> percentiles = Settings.DEFAULT_PERCENTILES;
    if (statsd != null) {
      if (statsd.path("flushInterval").isNumber()) {
        flush = Duration.ofMillis(statsd.get("flushInterval").asLong());
      }
      JsonNode pct = statsd.path("percentThreshold");
      if (pct.isNumber()) {
        percentiles = List.of(pct.asDouble());
      } else if (pct.isArray()) {
        List<Double> list = new ArrayList<>();
        pct.forEach(p -> list.add(p.asDouble()));
        percentiles = list;
      }
    }
    return new StatsdValues(flush, percentiles);
  }

  private ObjectNode readJson(String name) throws IOException {
    Path file = conf.resolve(name);
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return null;
    }
    try {
      JsonNode node = LENIENT.readTree(text);
      if (node == null || node.isMissingNode()) {
        return null; // an empty file
      }
      if (!node.isObject()) {
        throw new IOException(file + ": expected a JSON object");
      }
      return (ObjectNode) node;
    } catch (JacksonException e) {
      throw new IOException(file + ": " + e.getOriginalMessage(), e);
    }
  }

  private void writeJson(String name, ObjectNode json) throws IOException {
    AtomicFiles.write(
        conf.resolve(name), LENIENT.writerWithDefaultPrettyPrinter().writeValueAsBytes(json));
  }

  private String readText(String name) throws IOException {
    try {
      return Files.readString(conf.resolve(name), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return RulesFiles.defaultText(name);
    }
  }

  private void writeText(String name, String text) throws IOException {
    Path file = conf.resolve(name);
    if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
      return; // unchanged: keep the file (and its time stamp) as the user left it
    }
    AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
  }
}
