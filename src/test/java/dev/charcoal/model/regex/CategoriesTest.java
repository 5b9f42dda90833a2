package dev.charcoal.model.regex;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charcoal.testing.Golden;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Python's {@code \w}, {@code \d} and {@code \s} (and their negations, in and out of a class) match
 * exactly the code points they match in Python 3.11, over all of Unicode: {@code categories.json}
 * from {@code make_fuzz.py}. Code points unassigned in Python's or Java's Unicode version are left
 * out, since the two versions differ.
 */
class CategoriesTest {
  private static final JsonNode PYTHON =
      Golden.jsonLines("/dev/charcoal/model/regex/categories.json").get(0);

  @Test
  void unicodeClassesMatchWhatPythonMatches() {
    for (String c : List.of("w", "d", "s")) {
      BitSet python = set(PYTHON.get(c));
      assertThat(mismatches("\\" + c, python, false)).as("\\%s", c).isEmpty();
      assertThat(mismatches("[\\" + c + "]", python, false)).as("[\\%s]", c).isEmpty();
      assertThat(mismatches("\\" + c.toUpperCase(), python, true)).as("\\%S", c).isEmpty();
      assertThat(mismatches("[x\\" + c.toUpperCase() + "]", withX(python), true))
          .as("[x\\%S]", c)
          .isEmpty();
    }
  }

  @Test
  void asciiClassesAreTheAsciiOnes() {
    assertThat(matching("(?a)\\w")).isEqualTo(ascii("[A-Za-z0-9_]"));
    assertThat(matching("(?a)\\d")).isEqualTo(ascii("[0-9]"));
    assertThat(matching("(?a:\\s)")).isEqualTo(ascii("[ \\t\\n\\r\\f\\x0b]"));
    assertThat(matching("(?a)[^\\W]")).isEqualTo(ascii("[A-Za-z0-9_]"));
  }

  /** Code points, assigned in both Unicode versions, where {@code python} and the set disagree. */
  private static List<String> mismatches(String pattern, BitSet python, boolean negated) {
    BitSet assigned = set(PYTHON.get("assigned"));
    Pattern p = PythonPattern.compile(pattern);
    List<String> out = new ArrayList<>();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (!assigned.get(cp) || Character.getType(cp) == Character.UNASSIGNED) {
        continue;
      }
      boolean java = p.matcher(Character.toString(cp)).matches();
      if (java != (python.get(cp) != negated)) {
        out.add(Integer.toHexString(cp));
      }
    }
    return out;
  }

  private static BitSet withX(BitSet python) {
    BitSet copy = (BitSet) python.clone();
    copy.clear('x'); // x is a member of [x\W] whatever \W says
    return copy;
  }

  private static BitSet matching(String pattern) {
    Pattern p = PythonPattern.compile(pattern);
    BitSet out = new BitSet();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (p.matcher(Character.toString(cp)).matches()) {
        out.set(cp);
      }
    }
    return out;
  }

  private static BitSet ascii(String javaClass) {
    Pattern p = Pattern.compile(javaClass);
    BitSet out = new BitSet();
    for (int cp = 0; cp < 128; cp++) {
      if (p.matcher(Character.toString(cp)).matches()) {
        out.set(cp);
      }
    }
    return out;
  }

  private static BitSet set(JsonNode ranges) {
    BitSet out = new BitSet();
    ranges.forEach(r -> out.set(r.get(0).asInt(), r.get(1).asInt() + 1));
    return out;
  }
}
