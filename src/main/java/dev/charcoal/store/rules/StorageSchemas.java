package dev.charcoal.store.rules;

import dev.charcoal.model.Retention;
import dev.charcoal.store.whisper.ArchiveLists;
import dev.charcoal.store.whisper.InvalidConfigurationException;
import dev.charcoal.store.whisper.RetentionParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Carbon's {@code storage-schemas.conf}: which archives a new whisper file gets.
 *
 * <pre>
 * [carbon]
 * pattern = ^carbon\.
 * retentions = 60:90d
 * </pre>
 *
 * <p>Sections are tried in file order and the first whose {@code pattern} occurs anywhere in the
 * metric name wins; when none does, carbon's built-in fallback of one-minute points for seven days
 * applies. Retentions use whisper's syntax ({@code 10s:6h,1m:7d}, units {@code s min h d w y} and
 * any longer prefix of their names, legacy {@code 60:1440}). Where carbon would skip a broken
 * section with a log line, this refuses the whole file with a {@link ConfigException}.
 */
public final class StorageSchemas {
  /** Carbon's {@code defaultSchema}: 60-second points for 7 days. */
  public static final SchemaRule FALLBACK =
      new SchemaRule("default", Pattern.compile(""), List.of(new Retention(60, 60 * 24 * 7)));

  private static final long MAX_UINT32 = 0xFFFF_FFFFL;
  private static final Set<String> KEYS = Set.of("pattern", "retentions");

  private final List<SchemaRule> rules;

  private StorageSchemas(List<SchemaRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** Parses a file's text; {@code file} names it in error messages. */
  public static StorageSchemas parse(String file, String text) throws ConfigException {
    List<SchemaRule> rules = new ArrayList<>();
    for (IniFile.Section section : IniFile.parse(file, text)) {
      rules.add(rule(file, section));
    }
    return new StorageSchemas(rules);
  }

  /** The sections in file order, without the fallback. */
  public List<SchemaRule> rules() {
    return rules;
  }

  /** The first section matching {@code metricName}, or {@link #FALLBACK}. */
  public SchemaRule match(String metricName) {
    for (SchemaRule rule : rules) {
      if (rule.matches(metricName)) {
        return rule;
      }
    }
    return FALLBACK;
  }

  /**
   * The archives for a new file for {@code metricName} (carbon matches the normalized name, so pass
   * {@code MetricName.normalized()} for tagged series).
   */
  public List<Retention> schemaFor(String metricName) {
    return match(metricName).retentions();
  }

  private static SchemaRule rule(String file, IniFile.Section section) throws ConfigException {
    RuleSections.rejectUnknownKeys(file, section, KEYS);
    Pattern pattern = RuleSections.pattern(file, section);
    IniFile.Entry entry =
        section
            .get("retentions")
            .orElseThrow(
                () ->
                    new ConfigException(
                        file,
                        section.line(),
                        "section [" + section.name() + "] has no 'retentions'"));
    return new SchemaRule(section.name(), pattern, retentions(file, section, entry));
  }

  private static List<Retention> retentions(
      String file, IniFile.Section section, IniFile.Entry entry) throws ConfigException {
    String where = "section [" + section.name() + "]: ";
    if (entry.value().isBlank()) {
      throw new ConfigException(file, entry.line(), where + "'retentions' is empty");
    }
    List<Retention> archives = new ArrayList<>();
    for (String definition : entry.value().split(",", -1)) {
      try {
        archives.add(parseRetention(definition));
      } catch (IllegalArgumentException e) {
        throw new ConfigException(
            file,
            entry.line(),
            where + "invalid retention '" + definition.strip() + "': " + e.getMessage());
      }
    }
    try {
      return ArchiveLists.validate(archives);
    } catch (InvalidConfigurationException e) {
      throw new ConfigException(
          file,
          entry.line(),
          where + "invalid retentions '" + entry.value() + "': " + e.getMessage());
    }
  }

  /**
   * whisper's parser, guarded: it multiplies without overflow checks, and a whisper header keeps
   * precision and points as unsigned 32-bit numbers.
   */
  private static Retention parseRetention(String definition) {
    for (String side : definition.strip().split(":", -1)) {
      int digits = 0;
      while (digits < side.length() && Character.isDigit(side.charAt(digits))) {
        digits++;
      }
      if (digits > 10) {
        throw new IllegalArgumentException("number too large");
      }
    }
    Retention r = RetentionParser.parse(definition);
    if (r.secondsPerPoint() > MAX_UINT32
        || r.points() > MAX_UINT32
        || r.retentionSeconds() > MAX_UINT32) {
      // Python's struct.pack would refuse these when creating the file.
      throw new IllegalArgumentException(
          "precision, points and retention in seconds must fit whisper's 32-bit header fields"
              + " (at most "
              + MAX_UINT32
              + ", about 136 years)");
    }
    return r;
  }
}
