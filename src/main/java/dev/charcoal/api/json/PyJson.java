package dev.charcoal.api.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code json.dumps}, byte for byte: separators {@code ", "} and {@code ": "} (or {@code
 * ","} plus newlines with {@code indent}), floats as {@code repr}, {@code Infinity}/{@code NaN} for
 * the specials, ASCII escapes unless {@code ensure_ascii=False}, keys sorted by code point with
 * {@code sort_keys}.
 *
 * <p>Values are Java's: null, {@link Boolean}, {@link Integer}/{@link Long} (Python ints), {@link
 * Double} (Python floats), {@link String}, {@link Collection}, {@link Map} with string keys (in its
 * own order), {@link RawJson}.
 */
public final class PyJson {
  /** Python's sort order for strings: by code point (Java's compareTo goes by UTF-16 unit). */
  public static final Comparator<String> CODE_POINT_ORDER = PyJson::compareCodePoints;

  private final boolean ensureAscii;
  private final int indent;
  private final boolean sortKeys;

  private PyJson(boolean ensureAscii, int indent, boolean sortKeys) {
    this.ensureAscii = ensureAscii;
    this.indent = indent;
    this.sortKeys = sortKeys;
  }

  /** {@code json.dumps(value)}. */
  public static PyJson dumps() {
    return new PyJson(true, -1, false);
  }

  /** With {@code indent=2} when {@code pretty}, as graphite-web's {@code pretty=1}. */
  public PyJson pretty(boolean pretty) {
    return new PyJson(ensureAscii, pretty ? 2 : -1, sortKeys);
  }

  public PyJson ensureAscii(boolean ascii) {
    return new PyJson(ascii, indent, sortKeys);
  }

  public PyJson sortKeys(boolean sort) {
    return new PyJson(ensureAscii, indent, sort);
  }

  /** The JSON text of {@code value}. */
  public String write(Object value) {
    StringBuilder out = new StringBuilder(256);
    write(out, value, 0);
    return out.toString();
  }

  /** Appends the JSON text of {@code value}. */
  public void write(StringBuilder out, Object value) {
    write(out, value, 0);
  }

  private void write(StringBuilder out, Object value, int depth) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      string(out, s, ensureAscii);
    } else if (value instanceof Boolean b) {
      out.append(b ? "true" : "false");
    } else if (value instanceof Double || value instanceof Float) {
      number(out, ((Number) value).doubleValue());
    } else if (value instanceof Number n) {
      out.append(n.longValue());
    } else if (value instanceof RawJson raw) {
      out.append(raw.text());
    } else if (value instanceof Map<?, ?> map) {
      object(out, map, depth);
    } else if (value instanceof Collection<?> list) {
      array(out, list, depth);
    } else {
      throw new IllegalArgumentException("not JSON: " + value.getClass().getName());
    }
  }

  /** A Python float: {@code repr}, or {@code Infinity}, {@code -Infinity}, {@code NaN}. */
  public static void number(StringBuilder out, double value) {
    if (Double.isNaN(value)) {
      out.append("NaN");
    } else if (Double.isInfinite(value)) {
      out.append(value > 0 ? "Infinity" : "-Infinity");
    } else {
      PyFloat.appendRepr(out, value);
    }
  }

  private void array(StringBuilder out, Collection<?> list, int depth) {
    if (list.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append('[');
    boolean first = true;
    for (Object item : list) {
      separator(out, first, depth + 1);
      first = false;
      write(out, item, depth + 1);
    }
    close(out, depth);
    out.append(']');
  }

  private void object(StringBuilder out, Map<?, ?> map, int depth) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
    if (sortKeys) {
      entries.sort((a, b) -> compareCodePoints((String) a.getKey(), (String) b.getKey()));
    }
    out.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> entry : entries) {
      separator(out, first, depth + 1);
      first = false;
      string(out, (String) entry.getKey(), ensureAscii);
      out.append(": ");
      write(out, entry.getValue(), depth + 1);
    }
    close(out, depth);
    out.append('}');
  }

  private void separator(StringBuilder out, boolean first, int depth) {
    if (indent < 0) {
      if (!first) {
        out.append(", ");
      }
      return;
    }
    if (!first) {
      out.append(',');
    }
    newline(out, depth);
  }

  private void close(StringBuilder out, int depth) {
    if (indent >= 0) {
      newline(out, depth);
    }
  }

  private void newline(StringBuilder out, int depth) {
    out.append('\n');
    for (int i = 0; i < depth * indent; i++) {
      out.append(' ');
    }
  }

  /** A JSON string as Python writes it, with ASCII escapes when {@code ascii}. */
  public static void string(StringBuilder out, String s, boolean ascii) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || (ascii && c > 0x7e)) {
            unicodeEscape(out, c);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static void unicodeEscape(StringBuilder out, char c) {
    String hex = Integer.toHexString(c);
    out.append("\\u");
    for (int i = hex.length(); i < 4; i++) {
      out.append('0');
    }
    out.append(hex);
  }

  private static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }
}
