package dev.charcoal.store.rules;

import java.util.regex.Pattern;

/**
 * One {@code storage-aggregation.conf} section, with the keys it left out already filled with
 * whisper's defaults (a matching section still ends the search, as in carbon).
 *
 * @param section the section's name, for logs
 * @param pattern the section's regex, compiled with Python's semantics
 * @param aggregation what a new file matching it gets
 */
public record AggregationRule(String section, Pattern pattern, Aggregation aggregation) {
  /** Carbon's {@code re.search}: true when the pattern occurs anywhere in {@code metricName}. */
  public boolean matches(String metricName) {
    return pattern.matcher(metricName).find();
  }
}
