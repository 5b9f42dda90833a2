package dev.charcoal.ui.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class MetricFilterTest {
  @Test
  void everyChunkMustMatchIgnoringCase() {
    MetricFilter filter = MetricFilter.parse("  WEB cpu ");

    assertThat(filter.indexGlob()).isEqualTo(MetricFilter.EVERYTHING);
    assertThat(filter.test("servers.web1.cpu.user")).isTrue();
    assertThat(filter.test("servers.web1.memory.used")).isFalse();
    assertThat(filter.test("servers.db1.cpu.user")).isFalse();
  }

  @Test
  void aDottedGlobNarrowsThroughTheIndex() {
    MetricFilter filter = MetricFilter.parse("servers.*.cpu.* user");

    assertThat(filter.indexGlob()).isEqualTo("servers.*.cpu.*");
    assertThat(filter.test("servers.web1.cpu.user")).isTrue();
    assertThat(filter.test("servers.web1.cpu.system")).isFalse();
  }

  @Test
  void aSecondDottedGlobFiltersWholeNames() {
    MetricFilter filter = MetricFilter.parse("servers.** *.*.cpu.user");

    assertThat(filter.indexGlob()).isEqualTo("servers.**");
    assertThat(filter.test("servers.web1.cpu.user")).isTrue();
    assertThat(filter.test("servers.web1.cpu.system")).isFalse();
  }

  @Test
  void anUndottedGlobMustMatchOneNode() {
    MetricFilter filter = MetricFilter.parse("web[12]");

    assertThat(filter.test("servers.web1.cpu")).isTrue();
    assertThat(filter.test("servers.web3.cpu")).isFalse();
    // globs keep graphite's case-sensitivity
    assertThat(filter.test("servers.WEB1.cpu")).isFalse();
  }

  @Test
  void blankTextIsNoFilter() {
    assertThat(MetricFilter.parse("   ").isEmpty()).isTrue();
    assertThat(MetricFilter.parse("x").isEmpty()).isFalse();
  }

  @Test
  void aGlobTheIndexWouldRefuseIsRefusedWhenParsed() {
    String tooManyBraces = "servers." + "{a,b}".repeat(13); // 8192 variants
    assertThatThrownBy(() -> MetricFilter.parse(tooManyBraces))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void aPlainChunkIsACaseInsensitiveSubstring(
      @ForAll @AlphaChars @StringLength(min = 1, max = 5) String chunk,
      @ForAll @AlphaChars @StringLength(max = 20) String name) {
    assertThat(MetricFilter.parse(chunk).test(name))
        .isEqualTo(name.toLowerCase(Locale.ROOT).contains(chunk.toLowerCase(Locale.ROOT)));
  }
}
