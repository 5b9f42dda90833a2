package dev.charcoal.store.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charcoal.store.TagIndex.TagValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** graphite-web's test_tags.py cases for the local tag DB, and what Charcoal adds around them. */
class MemoryTagIndexTest {
  private final MemoryTagIndex db = new MemoryTagIndex();

  @Test
  void answersGraphiteWebsOwnTagDbTest() {
    db.add("test.a;hello=tiger;blah=blah");
    db.add("test.a;hello=lion;blah=blah");

    assertThat(db.tags(null, -1)).containsExactly("blah", "hello", "name");
    assertThat(db.tags("hello|bla", -1)).containsExactly("blah", "hello");
    assertThat(db.values("hello", null, -1))
        .contains(List.of(new TagValue("lion", 1), new TagValue("tiger", 1)));
    assertThat(db.values("hello", "tig", -1)).contains(List.of(new TagValue("tiger", 1)));
    assertThat(db.values("hello", "^tigr", -1)).contains(List.of());

    assertThat(db.findSeries(List.of("hello=tiger")))
        .containsExactly("test.a;blah=blah;hello=tiger");
    assertThat(db.findSeries(List.of("blah=~b.*", "hello=~^tiger", "test=~.*")))
        .containsExactly("test.a;blah=blah;hello=tiger");
    assertThat(db.findSeries(List.of("blah!=~$", "hello=~tiger", "test!=~.+")))
        .containsExactly("test.a;blah=blah;hello=tiger");
    assertThat(db.findSeries(List.of("hello=~lion", "blah!=~$")))
        .containsExactly("test.a;blah=blah;hello=lion");
    assertThat(db.findSeries(List.of("hello=tiger", "blah!=blah"))).isEmpty();
    assertThat(db.findSeries(List.of("hello=tiger", "blah!=foo")))
        .containsExactly("test.a;blah=blah;hello=tiger");
    assertThat(db.findSeries(List.of("hello=tiger", "blah!=")))
        .containsExactly("test.a;blah=blah;hello=tiger");
    assertThat(db.findSeries(List.of("blah!=", "hello!=")))
        .containsExactly("test.a;blah=blah;hello=lion", "test.a;blah=blah;hello=tiger");
    assertThat(db.findSeries(List.of("hello=~lion|tiger", "blah!=foo")))
        .containsExactly("test.a;blah=blah;hello=lion", "test.a;blah=blah;hello=tiger");

    db.add("test.b;blah=blah");
    assertThat(db.findSeries(List.of("name=test.b", "hello="))).containsExactly("test.b;blah=blah");
    assertThat(db.findSeries(List.of("blah=~foo"))).isEmpty();
    assertThatThrownBy(() -> db.findSeries(List.of("test")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid tagspec test");
    assertThatThrownBy(() -> db.findSeries(List.of("test=")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("At least one tagspec must not match the empty string");
  }

  @Test
  void autocompletesAsGraphiteWebsTest() {
    for (int i = 1; i <= 200; i++) {
      db.add(String.format("test.a;tag1=value1.%3d;tag2=value2.%3d", i, 201 - i));
    }
    List<String> search = List.of("name=test.a");

    assertThat(db.autoCompleteTags(search, null, 100)).containsExactly("tag1", "tag2");
    assertThat(db.autoCompleteValues(search, "tag2", null, 100))
        .isEqualTo(range("value2.%3d", 1, 101));
    assertThat(db.autoCompleteValues(search, "tag1", "value1.1", 100))
        .isEqualTo(range("value1.%3d", 100, 200));
    assertThat(db.autoCompleteValues(search, "nonexistenttag1", "value1.1", 100)).isEmpty();
    assertThat(db.autoCompleteTags(List.of(), "tag", 1)).containsExactly("tag1");
  }

  private static List<String> range(String format, int from, int to) {
    return IntStream.range(from, to).mapToObj(i -> String.format(format, i)).toList();
  }

  @Test
  void storesNamesCanonicallyAndRemovesThemInAnySpelling() {
    db.add("cpu;host=a;dc=x");
    db.add("cpu{dc=\"x\",host=\"a\"}");

    assertThat(db.size()).isEqualTo(1);
    assertThat(db.contains("cpu;dc=x;host=a")).isTrue();
    db.remove("cpu;host=a;dc=x");
    assertThat(db.contains("cpu;dc=x;host=a")).isFalse();
    assertThat(db.tags(null, -1)).isEmpty();
    assertThat(db.values("dc", null, -1)).isEmpty();
    db.remove("cpu;never=added");
  }

  @Test
  void refusesNamesThatAreNotTagged() {
    assertThatThrownBy(() -> db.add("plain.metric")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> db.add("cpu;=x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aJoinedRegexIsSearchedAndAFilterRegexIsMatchedAtTheStart() {
    db.add("m;v=xb");
    db.add("m;v=a");
    db.add("m;v=b");
    db.add("m;w=1");

    // "^a|b" does not match '' so it is a SQL join: re.search finds the b in "xb"
    assertThat(db.findSeries(List.of("v=~^a|b"))).containsExactly("m;v=a", "m;v=b", "m;v=xb");
    // "^$|b" matches '' so it is a filter: re.match only tries at the start, and a missing tag
    // is the empty value
    assertThat(db.findSeries(List.of("name=m", "v=~^$|b"))).containsExactly("m;v=b", "m;w=1");
  }

  @Test
  void refusesAnInvalidRegexNamingIt() {
    db.add("m;v=a");

    assertThatThrownBy(() -> db.findSeries(List.of("v=~(")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("v=~(");
    assertThatThrownBy(() -> db.tags("[", -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void stopsARegexThatBacktracksCatastrophically() {
    MemoryTagIndex db = new MemoryTagIndex(null, 100_000);
    db.add("m;v=" + "a".repeat(30) + "!");

    assertThatThrownBy(() -> db.findSeries(List.of("name=m", "v=~(.*a){40}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("steps");
  }

  @Test
  void limitsCountFromTheStartAndZeroGivesNothing() {
    db.add("m;a=1;b=2;c=3");

    assertThat(db.tags(null, 2)).containsExactly("a", "b");
    assertThat(db.tags(null, 0)).isEmpty();
    assertThat(db.autoCompleteTags(List.of("name=m"), null, 0)).isEmpty();
    assertThat(db.autoCompleteTags(List.of("name=m"), null, -1)).containsExactly("a", "b", "c");
  }

  @Test
  void recordsEachNewSeriesOnceInItsNamesFile() throws Exception {
    Path dir = Files.createTempDirectory("tags");
    TaggedNamesFile names = TaggedNamesFile.at(dir.resolve("x/names.txt"));
    MemoryTagIndex recorded = new MemoryTagIndex(names);

    recorded.add("cpu;host=a");
    recorded.add("cpu;host=a");
    recorded.add("cpu;host=b");
    names.close();

    assertThat(names.read()).containsExactly("cpu;host=a", "cpu;host=b");
  }
}
