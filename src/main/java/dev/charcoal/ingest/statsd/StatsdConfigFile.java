package dev.charcoal.ingest.statsd;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads {@code conf/statsd.json} in the data dir, with etsy statsd's key names so that an etsy
 * config's settings carry over. JavaScript-style comments, unquoted keys, single quotes and
 * trailing commas are accepted, so the object literal of most etsy config files reads as is.
 *
 * <p>etsy keys that do not apply to an embedded statsd (ports, backends, graphiteHost…) and unknown
 * keys are reported as warnings; a bad value is an error naming the key. {@code deleteIdleStats}
 * turns on each of {@code deleteCounters/Timers/Sets/Gauges} not set explicitly, as in etsy.
 */
public final class StatsdConfigFile {
  /** Where the file lives, relative to the data dir. */
  public static final String RELATIVE_PATH = "conf/statsd.json";

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .build();

  /** etsy keys about its own servers, backends and logging: meaningless when embedded. */
  private static final Set<String> NOT_APPLICABLE =
      Set.of(
          "port",
          "address",
          "address_ipv6",
          "servers",
          "mgmt_port",
          "mgmt_address",
          "backends",
          "graphiteHost",
          "graphitePort",
          "graphitePicklePort",
          "graphiteProtocol",
          "debug",
          "dumpMessages",
          "keyFlush",
          "repeater",
          "repeaterProtocol",
          "console",
          "log",
          "healthStatus",
          "title",
          "automaticConfigReload");

  private static final Set<String> GRAPHITE_KEYS =
      Set.of(
          "legacyNamespace",
          "globalPrefix",
          "prefixCounter",
          "prefixTimer",
          "prefixGauge",
          "prefixSet",
          "globalSuffix");

  private StatsdConfigFile() {}

  /**
   * {@code dataDir/conf/statsd.json}, or etsy's defaults when there is no such file.
   *
   * @param warnings receives one message per ignored key
   */
  public static StatsdConfig load(Path dataDir, Consumer<String> warnings)
      throws StatsdConfigException {
    Path file = dataDir.resolve(RELATIVE_PATH);
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return StatsdConfig.defaults();
    } catch (IOException e) {
      throw new StatsdConfigException(file + ": cannot read: " + e.getMessage(), e);
    }
    return parse(file.toString(), text, warnings);
  }

  /** Parses the text of a config file; {@code fileName} names it in messages. */
  public static StatsdConfig parse(String fileName, String text, Consumer<String> warnings)
      throws StatsdConfigException {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JacksonException e) {
      throw new StatsdConfigException(fileName + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new StatsdConfigException(fileName + ": expected an object { ... }");
    }
    return new Reader(fileName, warnings).read(root);
  }

  /** One file's reading: the file name for messages and where warnings go. */
  private record Reader(String file, Consumer<String> warnings) {
    StatsdConfig read(JsonNode root) throws StatsdConfigException {
      StatsdConfig d = StatsdConfig.defaults();
      for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        if (NOT_APPLICABLE.contains(key)) {
          warnings.accept(file + ": " + key + " does not apply to Charcoal's statsd, ignored");
        } else if (!isKnown(key)) {
          warnings.accept(file + ": unknown key " + key + ", ignored");
        }
      }
      boolean deleteIdle = bool(root, "deleteIdleStats", false);
      try {
        return new StatsdConfig(
            flushInterval(root, d.flushInterval()),
            percentiles(root, d.percentThreshold()),
            bool(root, "flush_counts", d.flushCounts()),
            bool(root, "deleteCounters", deleteIdle),
            bool(root, "deleteTimers", deleteIdle),
            bool(root, "deleteSets", deleteIdle),
            bool(root, "deleteGauges", deleteIdle),
            positiveInt(root, "gaugesMaxTTL", d.gaugesMaxTTL()),
            string(root, "prefixStats", d.prefixStats()),
            bool(root, "keyNameSanitize", d.keyNameSanitize()),
            strings(root, "calculatedTimerMetrics", d.calculatedTimerMetrics()),
            histogram(root),
            graphite(root.get("graphite")),
            positiveInt(root, "maxKeys", d.maxKeys()));
      } catch (IllegalArgumentException e) {
        throw new StatsdConfigException(file + ": " + e.getMessage());
      }
    }

    private static boolean isKnown(String key) {
      return switch (key) {
        case "flushInterval",
            "percentThreshold",
            "flush_counts",
            "deleteIdleStats",
            "deleteCounters",
            "deleteTimers",
            "deleteSets",
            "deleteGauges",
            "gaugesMaxTTL",
            "prefixStats",
            "keyNameSanitize",
            "calculatedTimerMetrics",
            "histogram",
            "graphite",
            "maxKeys" ->
            true;
        default -> false;
      };
    }

    /** etsy's milliseconds, or Charcoal's {@code "10s"}. */
    private Duration flushInterval(JsonNode root, Duration fallback) throws StatsdConfigException {
      JsonNode node = root.get("flushInterval");
      if (node == null) {
        return fallback;
      }
      if (node.isIntegralNumber() && node.canConvertToLong()) {
        return Duration.ofMillis(node.longValue());
      }
      if (node.isTextual()) {
        try {
          return Durations.parse(node.textValue());
        } catch (IllegalArgumentException e) {
          throw error("flushInterval", e.getMessage());
        }
      }
      throw error("flushInterval", "expected milliseconds or a duration like \"10s\", got " + node);
    }

    private List<Double> percentiles(JsonNode root, List<Double> fallback)
        throws StatsdConfigException {
      JsonNode node = root.get("percentThreshold");
      if (node == null) {
        return fallback;
      }
      if (node.isNumber()) {
        return List.of(node.doubleValue());
      }
      List<Double> out = new ArrayList<>();
      if (node.isArray()) {
        for (JsonNode p : node) {
          if (!p.isNumber()) {
            throw error("percentThreshold", "expected a number or a list of numbers, got " + node);
          }
          out.add(p.doubleValue());
        }
        return out;
      }
      throw error("percentThreshold", "expected a number or a list of numbers, got " + node);
    }

    private List<StatsdConfig.HistogramRule> histogram(JsonNode root) throws StatsdConfigException {
      JsonNode node = root.get("histogram");
      List<StatsdConfig.HistogramRule> rules = new ArrayList<>();
      if (node == null) {
        return rules;
      }
      String expected = "expected a list of {metric: \"name part\", bins: [1, 10, \"inf\"]}";
      if (!node.isArray()) {
        throw error("histogram", expected + ", got " + node);
      }
      for (JsonNode rule : node) {
        JsonNode metric = rule.get("metric");
        JsonNode bins = rule.get("bins");
        if (metric == null || !metric.isTextual() || bins == null || !bins.isArray()) {
          throw error("histogram", expected + ", got " + rule);
        }
        List<Double> bounds = new ArrayList<>();
        for (JsonNode bin : bins) {
          if (bin.isNumber()) {
            bounds.add(bin.doubleValue());
          } else if (bin.isTextual() && bin.textValue().equals("inf")) {
            bounds.add(Double.POSITIVE_INFINITY);
          } else {
            throw error("histogram", "a bin must be a number or \"inf\", got " + bin);
          }
        }
        rules.add(new StatsdConfig.HistogramRule(metric.textValue(), bounds));
      }
      return rules;
    }

    private StatsdConfig.Graphite graphite(JsonNode node) throws StatsdConfigException {
      StatsdConfig.Graphite d = StatsdConfig.Graphite.DEFAULTS;
      if (node == null) {
        return d;
      }
      if (!node.isObject()) {
        throw error("graphite", "expected an object, got " + node);
      }
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        String key = entry.getKey();
        if (!GRAPHITE_KEYS.contains(key)) {
          warnings.accept(file + ": unknown key graphite." + key + ", ignored");
        }
      }
      return new StatsdConfig.Graphite(
          bool(node, "legacyNamespace", d.legacyNamespace(), "graphite."),
          string(node, "globalPrefix", d.globalPrefix(), "graphite."),
          string(node, "prefixCounter", d.prefixCounter(), "graphite."),
          string(node, "prefixTimer", d.prefixTimer(), "graphite."),
          string(node, "prefixGauge", d.prefixGauge(), "graphite."),
          string(node, "prefixSet", d.prefixSet(), "graphite."),
          string(node, "globalSuffix", d.globalSuffix(), "graphite."));
    }

    private boolean bool(JsonNode node, String key, boolean fallback) throws StatsdConfigException {
      return bool(node, key, fallback, "");
    }

    private boolean bool(JsonNode node, String key, boolean fallback, String path)
        throws StatsdConfigException {
      JsonNode value = node.get(key);
      if (value == null) {
        return fallback;
      }
      if (!value.isBoolean()) {
        throw error(path + key, "expected true or false, got " + value);
      }
      return value.booleanValue();
    }

    private String string(JsonNode node, String key, String fallback) throws StatsdConfigException {
      return string(node, key, fallback, "");
    }

    private String string(JsonNode node, String key, String fallback, String path)
        throws StatsdConfigException {
      JsonNode value = node.get(key);
      if (value == null) {
        return fallback;
      }
      if (!value.isTextual()) {
        throw error(path + key, "expected a string, got " + value);
      }
      return value.textValue();
    }

    private int positiveInt(JsonNode node, String key, int fallback) throws StatsdConfigException {
      JsonNode value = node.get(key);
      if (value == null) {
        return fallback;
      }
      if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 1) {
        throw error(key, "expected a whole number of at least 1, got " + value);
      }
      return value.intValue();
    }

    private List<String> strings(JsonNode node, String key, List<String> fallback)
        throws StatsdConfigException {
      JsonNode value = node.get(key);
      if (value == null) {
        return fallback;
      }
      List<String> out = new ArrayList<>();
      if (value.isArray()) {
        for (JsonNode item : value) {
          if (!item.isTextual()) {
            throw error(key, "expected a list of strings, got " + value);
          }
          out.add(item.textValue());
        }
        return out;
      }
      throw error(key, "expected a list of strings, got " + value);
    }

    private StatsdConfigException error(String key, String message) {
      return new StatsdConfigException(file + ": " + key + ": " + message);
    }
  }
}
