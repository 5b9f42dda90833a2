package dev.charcoal.store.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the INI dialect carbon's rules files are written in: Python's {@code ConfigParser} in its
 * default (strict, interpolating) mode, so a file carbon accepts reads the same here.
 *
 * <p>Sections keep file order. Keys are lower-cased; {@code =} or {@code :} separates key and value
 * (the first one wins); lines starting with {@code #} or {@code ;} are comments; a line indented
 * deeper than its key continues the value (joined with a newline). Unlike carbon, which would crash
 * with a Python traceback or skip silently, every problem becomes a {@link ConfigException} with a
 * line number.
 */
final class IniFile {
  /** One {@code key = value}, with the line the key stood on. */
  record Entry(String key, String value, int line) {}

  /** One {@code [name]} section and its entries in file order. */
  record Section(String name, int line, Map<String, Entry> entries) {
    Optional<Entry> get(String key) {
      return Optional.ofNullable(entries.get(key));
    }
  }

  private IniFile() {}

  /** Parses {@code text}; {@code file} only names the file in error messages. */
  static List<Section> parse(String file, String text) throws ConfigException {
    return new Parser(file).parse(text);
  }

  private static final class Parser {
    private final String file;
    private final List<Section> sections = new ArrayList<>();
    private Map<String, Entry> entries;
    private String sectionName;
    private String key;
    private int keyLine;
    private int keyIndent;
    private StringBuilder value;

    Parser(String file) {
      this.file = file;
    }

    List<Section> parse(String text) throws ConfigException {
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1); // a BOM from a Windows editor is not part of the first line
      }
      String[] lines = text.split("\r\n|\r|\n", -1);
      for (int i = 0; i < lines.length; i++) {
        line(i + 1, lines[i]);
      }
      finishEntry();
      return List.copyOf(sections);
    }

    private void line(int lineNo, String line) throws ConfigException {
      String stripped = line.strip();
      if (stripped.startsWith("#") || stripped.startsWith(";")) {
        return; // ConfigParser skips comments without ending the value being read
      }
      if (stripped.isEmpty()) {
        if (value != null) {
          value.append('\n'); // blank lines stay inside a multi-line value, as in ConfigParser
        }
        return;
      }
      int indent = indentOf(line);
      if (key != null && indent > keyIndent) {
        value.append('\n').append(stripped);
        return;
      }
      finishEntry();
      keyIndent = indent;
      if (stripped.startsWith("[")) {
        section(lineNo, stripped);
      } else if (entries == null) {
        throw new ConfigException(
            file, lineNo, "'" + stripped + "' is outside any section; put a [name] line above it");
      } else {
        entry(lineNo, stripped);
      }
    }

    private void section(int lineNo, String stripped) throws ConfigException {
      if (!stripped.endsWith("]") || stripped.length() < 3) {
        throw new ConfigException(
            file, lineNo, "malformed section header '" + stripped + "', expected [name]");
      }
      String name = stripped.substring(1, stripped.length() - 1);
      if (name.equals("DEFAULT")) {
        // ConfigParser would copy its keys into every other section; nobody expects that here.
        throw new ConfigException(
            file, lineNo, "section name [DEFAULT] is reserved by carbon's parser; rename it");
      }
      for (Section s : sections) {
        if (s.name().equals(name)) {
          throw new ConfigException(
              file,
              lineNo,
              "duplicate section [" + name + "] (first defined on line " + s.line() + ")");
        }
      }
      entries = new LinkedHashMap<>();
      sectionName = name;
      sections.add(new Section(name, lineNo, Collections.unmodifiableMap(entries)));
    }

    private void entry(int lineNo, String stripped) throws ConfigException {
      int eq = stripped.indexOf('=');
      int colon = stripped.indexOf(':');
      int sep = eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
      if (sep < 0) {
        throw new ConfigException(
            file, lineNo, "expected 'key = value' in section [" + sectionName + "]: " + stripped);
      }
      String k = stripped.substring(0, sep).strip().toLowerCase(Locale.ROOT);
      if (k.isEmpty()) {
        throw new ConfigException(
            file, lineNo, "missing key before '" + stripped.charAt(sep) + "'");
      }
      Entry previous = entries.get(k);
      if (previous != null) {
        throw new ConfigException(
            file,
            lineNo,
            "duplicate key '"
                + k
                + "' in section ["
                + sectionName
                + "] (first set on line "
                + previous.line()
                + ")");
      }
      key = k;
      keyLine = lineNo;
      value = new StringBuilder(stripped.substring(sep + 1).strip());
    }

    private void finishEntry() throws ConfigException {
      if (key != null) {
        String raw = value.toString().stripTrailing();
        entries.put(key, new Entry(key, interpolate(raw), keyLine));
      }
      key = null;
      value = null;
    }

    /**
     * ConfigParser's BasicInterpolation: {@code %%} is a literal {@code %}. Other uses of {@code %}
     * make carbon fail, so they are errors here too rather than a different meaning.
     */
    private String interpolate(String raw) throws ConfigException {
      if (raw.indexOf('%') < 0) {
        return raw;
      }
      StringBuilder out = new StringBuilder(raw.length());
      for (int i = 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
        if (c != '%') {
          out.append(c);
        } else if (i + 1 < raw.length() && raw.charAt(i + 1) == '%') {
          out.append('%');
          i++;
        } else {
          throw new ConfigException(
              file,
              keyLine,
              "'%' in the value of '"
                  + key
                  + "' must be written '%%' (carbon reads this file with Python's"
                  + " ConfigParser, which treats '%' as interpolation)");
        }
      }
      return out.toString();
    }

    private static int indentOf(String line) {
      int i = 0;
      while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      return i;
    }
  }
}
