package dev.charcoal.store.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class IniFileTest {
  private static List<IniFile.Section> parse(String text) throws ConfigException {
    return IniFile.parse("test.conf", text);
  }

  private static String value(IniFile.Section s, String key) {
    return s.get(key).orElseThrow().value();
  }

  @Test
  void keepsSectionsInFileOrderWithLineNumbers() throws Exception {
    List<IniFile.Section> sections = parse("# c\n[b]\nx = 1\n\n[a]\ny: 2\n");
    assertThat(sections).extracting(IniFile.Section::name).containsExactly("b", "a");
    assertThat(sections).extracting(IniFile.Section::line).containsExactly(2, 5);
    assertThat(sections.get(1).get("y").orElseThrow().line()).isEqualTo(6);
  }

  @Test
  void lowerCasesKeysButNotValuesOrSectionNames() throws Exception {
    IniFile.Section s = parse("[Mixed]\nxFilesFactor = 0.5\nPattern = ^Foo\n").get(0);
    assertThat(s.name()).isEqualTo("Mixed");
    assertThat(s.entries()).containsOnlyKeys("xfilesfactor", "pattern");
    assertThat(value(s, "pattern")).isEqualTo("^Foo");
  }

  @Test
  void splitsAtTheFirstEqualsOrColon() throws Exception {
    IniFile.Section s = parse("[a]\nretentions: 10s:6h\npattern = a=b:c\n").get(0);
    assertThat(value(s, "retentions")).isEqualTo("10s:6h");
    assertThat(value(s, "pattern")).isEqualTo("a=b:c");
  }

  @Test
  void keepsHashAndSemicolonInsideValues() throws Exception {
    // ConfigParser has no inline comments by default: "#" after a value is part of it.
    IniFile.Section s = parse("[a]\npattern = a;b # not a comment\n").get(0);
    assertThat(value(s, "pattern")).isEqualTo("a;b # not a comment");
  }

  @Test
  void skipsIndentedCommentLines() throws Exception {
    assertThat(parse("[a]\n   ; note\n\t# note\nk = v\n").get(0).entries()).containsOnlyKeys("k");
  }

  @Test
  void joinsIndentedContinuationLines() throws Exception {
    IniFile.Section s = parse("[a]\nretentions = 10s:6h,\n   1m:7d\n\n    10m:5y\nk = v\n").get(0);
    assertThat(value(s, "retentions")).isEqualTo("10s:6h,\n1m:7d\n\n10m:5y");
    assertThat(value(s, "k")).isEqualTo("v");
  }

  @Test
  void acceptsIndentedKeysUnderASection() throws Exception {
    IniFile.Section s = parse("[a]\n  pattern = x\n  retentions = 1:2\n").get(0);
    assertThat(s.entries()).containsOnlyKeys("pattern", "retentions");
  }

  @Test
  void readsWindowsLineEndingsAndByteOrderMark() throws Exception {
    IniFile.Section s = parse("\uFEFF[a]\r\nk = v\r\n").get(0);
    assertThat(s.name()).isEqualTo("a");
    assertThat(value(s, "k")).isEqualTo("v");
  }

  @Test
  void turnsDoublePercentIntoOne() throws Exception {
    assertThat(value(parse("[a]\npattern = 100%%$\n").get(0), "pattern")).isEqualTo("100%$");
  }

  @Test
  void rejectsSinglePercentAsCarbonDoes() {
    assertThatThrownBy(() -> parse("[a]\n\npattern = 100%\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("test.conf line 3: '%' in the value of 'pattern'");
  }

  @Test
  void rejectsKeyOutsideSection() {
    assertThatThrownBy(() -> parse("# header\npattern = x\n[a]\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "test.conf line 2: 'pattern = x' is outside any section; put a [name] line above it");
  }

  @Test
  void rejectsDuplicateKeysEvenInDifferentCase() {
    assertThatThrownBy(() -> parse("[a]\npattern = x\nPATTERN = y\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "test.conf line 3: duplicate key 'pattern' in section [a] (first set on line 2)");
  }

  @Test
  void rejectsDuplicateSections() {
    assertThatThrownBy(() -> parse("[a]\nk = 1\n[b]\n[a]\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("test.conf line 4: duplicate section [a] (first defined on line 1)");
  }

  @Test
  void rejectsLineWithoutSeparator() {
    assertThatThrownBy(() -> parse("[a]\npattern ^x\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("test.conf line 2: expected 'key = value' in section [a]: pattern ^x");
  }

  @Test
  void rejectsMalformedSectionHeaders() {
    for (String header : List.of("[a", "[]", "[a] x")) {
      assertThatThrownBy(() -> parse(header + "\n"))
          .as(header)
          .isInstanceOf(ConfigException.class)
          .hasMessageContaining("line 1: malformed section header");
    }
  }

  @Test
  void rejectsDefaultSection() {
    assertThatThrownBy(() -> parse("[DEFAULT]\nk = v\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("[DEFAULT] is reserved");
  }

  @Test
  void rejectsEmptyKey() {
    assertThatThrownBy(() -> parse("[a]\n= v\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("test.conf line 2: missing key before '='");
  }

  @Test
  void emptyTextHasNoSections() throws Exception {
    assertThat(parse("")).isEmpty();
    assertThat(parse("\n# only comments\n\n")).isEmpty();
  }
}
