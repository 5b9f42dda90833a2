package dev.charcoal.store.rules;

import dev.charcoal.model.regex.PythonPattern;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Checks shared by both rules files: known keys only, and a usable {@code pattern}. */
final class RuleSections {
  private RuleSections() {}

  /**
   * Carbon ignores unknown keys; a misspelt {@code aggregationMethd} would then silently give the
   * default, so it is an error here.
   */
  static void rejectUnknownKeys(String file, IniFile.Section section, Set<String> known)
      throws ConfigException {
    for (IniFile.Entry e : section.entries().values()) {
      if (!known.contains(e.key())) {
        throw new ConfigException(
            file,
            e.line(),
            "unknown key '"
                + e.key()
                + "' in section ["
                + section.name()
                + "]; expected one of "
                + String.join(", ", new TreeSet<>(known)));
      }
    }
  }

  /** The section's compiled {@code pattern}; carbon skips a section without one. */
  static Pattern pattern(String file, IniFile.Section section) throws ConfigException {
    IniFile.Entry entry =
        section
            .get("pattern")
            .orElseThrow(
                () ->
                    new ConfigException(
                        file, section.line(), "section [" + section.name() + "] has no 'pattern'"));
    String where = "section [" + section.name() + "]: ";
    if (entry.value().isEmpty()) {
      throw new ConfigException(file, entry.line(), where + "'pattern' is empty");
    }
    if (entry.value().indexOf('\n') >= 0) {
      throw new ConfigException(
          file, entry.line(), where + "'pattern' continues on an indented line; keep it on one");
    }
    try {
      return PythonPattern.compile(entry.value());
    } catch (PatternSyntaxException e) {
      throw new ConfigException(
          file,
          entry.line(),
          where + "invalid regex '" + entry.value() + "': " + e.getDescription(),
          e);
    }
  }
}
