package dev.charcoal.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** django-tagging's parse_tag_input cases (its own test suite's table) and Python's split(). */
class EventTagsTest {
  @Test
  void splitsOnSpacesWithoutCommasOrQuotes() {
    assertThat(EventTags.parse("one two  one")).containsExactly("one", "two");
    assertThat(EventTags.parse("")).isEmpty();
    assertThat(EventTags.parse(null)).isEmpty();
  }

  @Test
  void looseCommasBecomeTheDelimiter() {
    assertThat(EventTags.parse("one two, three")).containsExactly("one two", "three");
    assertThat(EventTags.parse(",one")).containsExactly("one");
    assertThat(EventTags.parse("one, two three")).containsExactly("one", "two three");
  }

  @Test
  void quotesGroupWordsAndCommas() {
    assertThat(EventTags.parse("\"one two\" three")).containsExactly("one two", "three");
    assertThat(EventTags.parse("\"one, two\", three")).containsExactly("one, two", "three");
    assertThat(EventTags.parse("\"\"  one")).containsExactly("one");
  }

  @Test
  void anUnclosedQuoteReadsTheRestUnquoted() {
    assertThat(EventTags.parse("one \"two three")).containsExactly("one", "three", "two");
    assertThat(EventTags.parse("one \"two, three")).containsExactly("one", "three", "two");
  }

  @Test
  void splitsOnPythonWhitespace() {
    assertThat(EventTags.split(" a\tb\u00a0c\n\u0085d ")).containsExactly("a", "b", "c", "d");
    assertThat(EventTags.split("   ")).isEmpty();
  }
}
