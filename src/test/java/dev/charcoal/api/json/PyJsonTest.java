package dev.charcoal.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** json.dumps' output for the shapes the endpoints print (texts checked in Python 3.11). */
class PyJsonTest {
  @Test
  void writesCompactWithPythonSeparators() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("b", List.of(1, 2.5, "x"));
    map.put("a", null);
    map.put("c", true);
    assertThat(PyJson.dumps().write(map))
        .isEqualTo("{\"b\": [1, 2.5, \"x\"], \"a\": null, \"c\": true}");
  }

  @Test
  void indentsAndSortsKeysWhenPretty() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("b", List.of(1, List.of()));
    map.put("a", Map.of());
    // json.dumps({"b": [1, []], "a": {}}, indent=2, sort_keys=True)
    assertThat(PyJson.dumps().pretty(true).sortKeys(true).write(map))
        .isEqualTo("{\n  \"a\": {},\n  \"b\": [\n    1,\n    []\n  ]\n}");
  }

  @Test
  void escapesAsEnsureAsciiDoes() {
    // json.dumps('q"\\\t\u00e9\U0001F600\x7f\x01')
    assertThat(PyJson.dumps().write("q\"\\\t\u00e9\uD83D\uDE00\u007f\u0001"))
        .isEqualTo("\"q\\\"\\\\\\t\\u00e9\\ud83d\\ude00\\u007f\\u0001\"");
    assertThat(PyJson.dumps().ensureAscii(false).write("\u00e9\u007f\n"))
        .isEqualTo("\"\u00e9\u007f\\n\"");
  }

  @Test
  void writesSpecialFloatsAsPythonDoes() {
    assertThat(PyJson.dumps().write(List.of(Double.NaN, Double.POSITIVE_INFINITY, -1e300, 3.0)))
        .isEqualTo("[NaN, Infinity, -1e+300, 3.0]");
  }

  @Test
  void sortsKeysByCodePoint() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("\uFFFF", 1);
    map.put("\uD83D\uDE00", 2);
    assertThat(PyJson.dumps().sortKeys(true).write(map))
        .isEqualTo("{\"\\uffff\": 1, \"\\ud83d\\ude00\": 2}");
  }
}
