package dev.charcoal.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charcoal.model.MetricName;
import dev.charcoal.store.MetricPath.Mapped;
import dev.charcoal.store.MetricPath.Reason;
import dev.charcoal.store.MetricPath.Rejected;
import dev.charcoal.testing.Golden;
import java.nio.file.Path;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricPathsTest {
  private static final Path ROOT = Path.of("/data/charcoal/whisper");

  private static String mapped(String name) {
    MetricPath p = MetricPaths.of(name);
    assertThat(p).as(name).isInstanceOf(Mapped.class);
    return ((Mapped) p).relativePath();
  }

  private static Reason rejected(String name) {
    MetricPath p = MetricPaths.of(name);
    assertThat(p).as(name).isInstanceOf(Rejected.class);
    return ((Rejected) p).reason();
  }

  @Test
  void mapsDotsToDirectories() {
    assertThat(mapped("servers.www01.cpu")).isEqualTo("servers/www01/cpu.wsp");
    assertThat(mapped("cpu")).isEqualTo("cpu.wsp");
    assertThat(mapped("a-b_c.d e.é")).isEqualTo("a-b_c/d e/é.wsp");
  }

  @Test
  void hashesTaggedNamesUnderTagged() {
    assertThat(mapped("a.b;z=1;a=2"))
        .isEqualTo(
            "_tagged/963/a41/963a41ebffef4c7bdaedc14a1c36dd4c2ad805f010fdcd956462ecee1d0d4563.wsp");
    // Same series, other spelling: same file.
    assertThat(mapped("a.b{a=\"2\",z=\"1\"}")).isEqualTo(mapped("a.b;z=1;a=2"));
  }

  /** Files carbon itself names for these series (golden/make_golden.py, TAG_HASH_FILENAMES). */
  @Test
  void agreesWithCarbonsFileNames() {
    for (JsonNode line : Golden.lines("tagged-names.jsonl")) {
      String raw = line.get("name").asText();
      if (line.has("error")) {
        assertThat(rejected(raw)).as(raw).isEqualTo(Reason.INVALID_TAGS);
      } else if (raw.equals(line.get("normalized").asText())
          || raw.contains(";")
          || raw.endsWith("\"}")) {
        assertThat(mapped(raw)).as(raw).isEqualTo(line.get("file").asText());
      }
    }
  }

  @Test
  void mapsAnAlreadyParsedName() {
    MetricPath p = MetricPaths.of(MetricName.parse("cpu;host=a"));
    assertThat(((Mapped) p).relativePath()).isEqualTo(mapped("cpu;host=a"));
    assertThat(MetricPaths.of(MetricName.parse("a..b"))).isInstanceOf(Rejected.class);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a..b|EMPTY_NODE",
        "..|EMPTY_NODE",
        "../../etc/passwd|EMPTY_NODE",
        ".a|EMPTY_NODE",
        "a.|EMPTY_NODE",
        ".|EMPTY_NODE",
        "/etc/passwd|ABSOLUTE",
        "\\\\server\\share|ABSOLUTE",
        "a/b|SEPARATOR_IN_NODE",
        "a.b/../../c|SEPARATOR_IN_NODE",
        "a.b\\c|SEPARATOR_IN_NODE",
        "_tagged.abc.def.x|RESERVED",
        "a;b|INVALID_TAGS",
        "a;b=~c|INVALID_TAGS",
      })
  void rejectsHostileNames(String name, Reason reason) {
    assertThat(rejected(name)).isEqualTo(reason);
  }

  @Test
  void rejectsEmptyControlCharactersAndBrokenUnicode() {
    assertThat(rejected("")).isEqualTo(Reason.EMPTY);
    assertThat(rejected("a\0b")).isEqualTo(Reason.CONTROL_CHARACTER);
    assertThat(rejected("a.b\n")).isEqualTo(Reason.CONTROL_CHARACTER);
    assertThat(rejected("a\u007fb")).isEqualTo(Reason.CONTROL_CHARACTER);
    assertThat(rejected("a\u0085b")).isEqualTo(Reason.CONTROL_CHARACTER);
    assertThat(rejected("cpu;host=a\0")).isEqualTo(Reason.CONTROL_CHARACTER);
    assertThat(rejected("a\uD800b")).isEqualTo(Reason.UNPAIRED_SURROGATE);
    assertThat(rejected("a\uDC00")).isEqualTo(Reason.UNPAIRED_SURROGATE);
    assertThat(mapped("a\uD83D\uDE00")).isEqualTo("a\uD83D\uDE00.wsp");
  }

  @Test
  void allowsSlashesInTagValuesBecauseTheyAreHashed() {
    assertThat(mapped("disk.used;path=/var/../log")).startsWith("_tagged/");
  }

  @Test
  void limitsEachFileNameTo255Utf8Bytes() {
    String dir = "d".repeat(255);
    assertThat(mapped(dir + ".x")).isEqualTo(dir + "/x.wsp");
    assertThat(rejected("d".repeat(256) + ".x")).isEqualTo(Reason.NODE_TOO_LONG);
    // The last node carries ".wsp": 251 bytes is the longest that fits.
    assertThat(mapped("f".repeat(251))).hasSize(255);
    assertThat(rejected("f".repeat(252))).isEqualTo(Reason.NODE_TOO_LONG);
    // 128 two-byte characters are 256 bytes.
    assertThat(rejected("é".repeat(128) + ".x")).isEqualTo(Reason.NODE_TOO_LONG);
  }

  @Test
  void limitsThePathTo4095Bytes() {
    String node = "n".repeat(200);
    String name = String.join(".", java.util.Collections.nCopies(20, node)); // 20*201-1+4 bytes
    assertThat(mapped(name)).hasSize(4023);
    String longer = name + "." + "m".repeat(71); // 4023 + 72 = 4095
    assertThat(mapped(longer)).hasSize(4095);
    assertThat(rejected(longer + "m")).isEqualTo(Reason.PATH_TOO_LONG);
  }

  @Test
  void rejectionNamesTheProblem() {
    Rejected r = (Rejected) MetricPaths.of("a..b");
    assertThat(r.name()).isEqualTo("a..b");
    assertThat(r.message())
        .isEqualTo("empty node at position 2 ('..', or a leading or trailing '.')");
  }

  @Test
  void resolvesUnderTheRoot() {
    Mapped m = (Mapped) MetricPaths.of("servers.www01.cpu");
    assertThat(m.under(ROOT))
        .isEqualTo(ROOT.resolve("servers").resolve("www01").resolve("cpu.wsp"));
  }

  @Test
  void reversesAWhisperTreePath() {
    assertThat(MetricPaths.metricNameOf(Path.of("servers", "www01", "cpu.wsp")))
        .contains(MetricName.parse("servers.www01.cpu"));
    assertThat(MetricPaths.metricNameOf(Path.of("cpu.wsp"))).contains(MetricName.parse("cpu"));
  }

  @ParameterizedTest
  @CsvSource({
    "_tagged/963/a41/963a41ebffef4c7bdaedc14a1c36dd4c2ad805f010fdcd956462ecee1d0d4563.wsp",
    "_tagged/eff/aae/some_DOT_metric;tag1=value2.wsp",
    "a/b.txt",
    "a/.wsp",
    "a.b/c.wsp",
    "a/b.c.wsp",
    "/abs/c.wsp",
    "../c.wsp",
    "a/../c.wsp",
    "./c.wsp",
    "a;b=c.wsp",
    "wsp",
  })
  void doesNotReverseWhatItWouldNotWrite(String relative) {
    assertThat(MetricPaths.metricNameOf(Path.of(relative))).isEmpty();
  }

  @Property
  void noAcceptedNameLeavesTheRoot(@ForAll("hostileNames") String name) {
    if (MetricPaths.of(name) instanceof Mapped m) {
      String rel = m.relativePath();
      assertThat(rel).doesNotStartWith("/").endsWith(".wsp");
      for (String component : rel.split("/", -1)) {
        assertThat(component)
            .isNotEmpty()
            .isNotEqualTo("..")
            .isNotEqualTo(".")
            .doesNotContain("\\");
        assertThat(component.chars()).noneMatch(Character::isISOControl);
      }
      Path file = m.under(ROOT);
      assertThat(file.normalize()).isEqualTo(file);
      assertThat(file.startsWith(ROOT)).isTrue();
      assertThat(file.getNameCount()).isGreaterThan(ROOT.getNameCount());
    }
  }

  @Property
  void everyUntaggedFileReadsBackAsItsName(@ForAll("hostileNames") String name) {
    if (MetricPaths.of(name) instanceof Mapped m) {
      Optional<MetricName> back = MetricPaths.metricNameOf(Path.of(m.relativePath()));
      if (m.name().isTagged()) {
        assertThat(back).isEmpty();
      } else {
        assertThat(back).contains(m.name());
      }
    }
  }

  @Provide
  Arbitrary<String> hostileNames() {
    Arbitrary<String> fragments =
        Arbitraries.of(
            ".",
            "..",
            "/",
            "\\",
            "~",
            ";",
            "=",
            "{",
            "}",
            "\"",
            "\0",
            "\n",
            "a",
            "b",
            "é",
            "_tagged",
            "C:",
            ":",
            " ",
            "\uD800",
            "\uD83D\uDE00",
            "x=y",
            ";t=v",
            "{t=\"v\"}",
            "%2e",
            "*");
    return fragments.list().ofMaxSize(8).map(l -> String.join("", l));
  }
}
