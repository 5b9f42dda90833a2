package dev.charcoal.store.rules;

import dev.charcoal.model.Retention;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One {@code storage-schemas.conf} section: the archives a new metric gets when {@code pattern} is
 * found anywhere in its name.
 *
 * @param section the section's name, for logs ("matched schema carbon")
 * @param pattern the section's regex, compiled with Python's semantics
 * @param retentions the archives, finest first, already validated as whisper would
 */
public record SchemaRule(String section, Pattern pattern, List<Retention> retentions) {
  public SchemaRule {
    retentions = List.copyOf(retentions);
  }

  /** Carbon's {@code re.search}: true when the pattern occurs anywhere in {@code metricName}. */
  public boolean matches(String metricName) {
    return pattern.matcher(metricName).find();
  }
}
