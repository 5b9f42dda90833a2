package dev.charcoal.store.rules;

import dev.charcoal.model.AggregationMethod;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Carbon's {@code storage-aggregation.conf}: the xFilesFactor and aggregation method of a new
 * whisper file.
 *
 * <pre>
 * [count]
 * pattern = \.count$
 * xFilesFactor = 0
 * aggregationMethod = sum
 * </pre>
 *
 * <p>Sections are tried in file order, first match ({@code re.search}, unanchored) wins; keys are
 * case-insensitive and both value keys are optional. Nothing matching, or a key left out, means
 * whisper's 0.5 / average. Errors that carbon would skip silently or crash on become a {@link
 * ConfigException}.
 */
public final class StorageAggregation {
  private static final Set<String> KEYS = Set.of("pattern", "xfilesfactor", "aggregationmethod");
  private static final String METHODS =
      Arrays.stream(AggregationMethod.values())
          .map(AggregationMethod::configName)
          .collect(Collectors.joining(", "));
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  private final List<AggregationRule> rules;

  private StorageAggregation(List<AggregationRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** No rules at all: every metric gets whisper's defaults (carbon without the file). */
  public static StorageAggregation empty() {
    return new StorageAggregation(List.of());
  }

  /** Parses a file's text; {@code file} names it in error messages. */
  public static StorageAggregation parse(String file, String text) throws ConfigException {
    List<AggregationRule> rules = new ArrayList<>();
    for (IniFile.Section section : IniFile.parse(file, text)) {
      rules.add(rule(file, section));
    }
    return new StorageAggregation(rules);
  }

  /** The sections in file order. */
  public List<AggregationRule> rules() {
    return rules;
  }

  /** The first section matching {@code metricName}, if any. */
  public Optional<AggregationRule> match(String metricName) {
    for (AggregationRule rule : rules) {
      if (rule.matches(metricName)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  /** What a new file for {@code metricName} gets (pass the normalized name for tagged series). */
  public Aggregation ruleFor(String metricName) {
    return match(metricName).map(AggregationRule::aggregation).orElse(Aggregation.WHISPER_DEFAULT);
  }

  private static AggregationRule rule(String file, IniFile.Section section) throws ConfigException {
    RuleSections.rejectUnknownKeys(file, section, KEYS);
    Pattern pattern = RuleSections.pattern(file, section);
    String where = "section [" + section.name() + "]: ";
    float xff = Aggregation.WHISPER_DEFAULT.xFilesFactor();
    Optional<IniFile.Entry> xffEntry = section.get("xfilesfactor");
    if (xffEntry.isPresent()) {
      xff = xFilesFactor(file, where, xffEntry.get());
    }
    AggregationMethod method = Aggregation.WHISPER_DEFAULT.method();
    Optional<IniFile.Entry> methodEntry = section.get("aggregationmethod");
    if (methodEntry.isPresent()) {
      IniFile.Entry e = methodEntry.get();
      method =
          AggregationMethod.fromConfigName(e.value())
              .orElseThrow(
                  () ->
                      new ConfigException(
                          file,
                          e.line(),
                          where
                              + "unknown aggregationMethod '"
                              + e.value()
                              + "'; expected one of "
                              + METHODS));
    }
    return new AggregationRule(section.name(), pattern, new Aggregation(xff, method));
  }

  private static float xFilesFactor(String file, String where, IniFile.Entry e)
      throws ConfigException {
    // Python's float() also takes "inf", "nan" and "1_0"; none of them is a sensible fraction.
    if (!DECIMAL.matcher(e.value()).matches()) {
      throw new ConfigException(
          file, e.line(), where + "xFilesFactor '" + e.value() + "' is not a number");
    }
    double value = Double.parseDouble(e.value());
    if (!(value >= 0 && value <= 1)) {
      throw new ConfigException(
          file, e.line(), where + "xFilesFactor " + e.value() + " is outside 0..1");
    }
    return (float) value;
  }
}
