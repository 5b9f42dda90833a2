package dev.charcoal.store.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charcoal.model.glob.GlobPattern;
import dev.charcoal.store.MetricIndex.Node;
import java.util.List;
import org.junit.jupiter.api.Test;

class TreeMetricIndexTest {
  private final MemoryTagIndex tags = new MemoryTagIndex();
  private final TreeMetricIndex index = new TreeMetricIndex(tags);

  private void add(String... metrics) {
    for (String metric : metrics) {
      index.add(metric);
    }
  }

  private List<String> find(String pattern) {
    return index.find(GlobPattern.compile(pattern)).stream()
        .map(n -> n.path() + (n.leaf() ? "" : "/"))
        .toList();
  }

  private List<String> metrics(String pattern) {
    return index.metrics(GlobPattern.compile(pattern));
  }

  @Test
  void findsALiteralPathAsLeafOrBranch() {
    add("servers.web1.cpu", "servers.web2.cpu");

    assertThat(find("servers.web1.cpu")).containsExactly("servers.web1.cpu");
    assertThat(find("servers.web1")).containsExactly("servers.web1/");
    assertThat(find("servers.web3")).isEmpty();
    assertThat(find("servers.web1.cpu.user")).isEmpty();
  }

  @Test
  void findsWildcardsQuestionMarksAndCharacterClasses() {
    add("a.web1.cpu", "a.web2.cpu", "a.web10.cpu", "a.db1.cpu", "a.xweb.cpu");

    assertThat(metrics("a.web*.cpu")).containsExactly("a.web1.cpu", "a.web10.cpu", "a.web2.cpu");
    assertThat(metrics("a.web?.cpu")).containsExactly("a.web1.cpu", "a.web2.cpu");
    assertThat(metrics("a.web[12].cpu")).containsExactly("a.web1.cpu", "a.web2.cpu");
    assertThat(metrics("a.web[!1].cpu")).containsExactly("a.web2.cpu");
    assertThat(metrics("a.[a-d]*.cpu")).containsExactly("a.db1.cpu");
    assertThat(metrics("*.*.cpu")).hasSize(5);
  }

  @Test
  void expandsBracesIntoLiteralsAndPatterns() {
    add("a.web1.cpu", "a.web2.cpu", "a.db1.cpu", "a.db1.mem");

    assertThat(metrics("a.{web1,db1}.cpu")).containsExactly("a.db1.cpu", "a.web1.cpu");
    assertThat(metrics("a.{web*,db1}.{cpu,mem}"))
        .containsExactly("a.db1.cpu", "a.db1.mem", "a.web1.cpu", "a.web2.cpu");
    assertThat(metrics("a.{web{1,2},nope}.cpu")).containsExactly("a.web1.cpu", "a.web2.cpu");
  }

  @Test
  void globstarMatchesAnyDepthInTheMiddleAndEverythingBelowAtTheEnd() {
    add("a.cpu", "a.b.cpu", "a.b.c.cpu", "a.b.c.mem", "x.cpu");

    assertThat(metrics("a.**.cpu")).containsExactly("a.b.c.cpu", "a.b.cpu", "a.cpu");
    assertThat(find("a.**"))
        .containsExactly("a.b/", "a.b.c/", "a.b.c.cpu", "a.b.c.mem", "a.b.cpu", "a.cpu");
    assertThat(metrics("**.cpu")).containsExactly("a.b.c.cpu", "a.b.cpu", "a.cpu", "x.cpu");
    assertThat(metrics("**.**.cpu")).containsExactly("a.b.c.cpu", "a.b.cpu", "a.cpu", "x.cpu");
  }

  @Test
  void aPathThatIsBothAMetricAndABranchAppearsTwiceBranchFirst() {
    add("a.b", "a.b.c");

    assertThat(index.find(GlobPattern.compile("a.*")))
        .containsExactly(new Node("a.b", false), new Node("a.b", true));
    assertThat(metrics("a.*")).containsExactly("a.b");
  }

  @Test
  void sortsByWholePathNotNodeByNode() {
    // '-' sorts before '.', so "a-b" comes before "a.x" although node "a" sorts before "a-b".
    add("a.x", "a-b", "a.y.z");

    assertThat(find("*")).containsExactly("a/", "a-b");
    assertThat(metrics("**")).containsExactly("a-b", "a.x", "a.y.z");
    assertThat(index.allMetrics()).containsExactly("a-b", "a.x", "a.y.z");
  }

  @Test
  void sortsByCodePointAsPythonDoes() {
    add("a.\uFF5E", "a.\uD83D\uDE00"); // U+FF5E sorts before U+1F600, unlike UTF-16 order

    assertThat(metrics("a.*")).containsExactly("a.\uFF5E", "a.\uD83D\uDE00");
    add("b.\uFF5E.x", "b.\uD83D\uDE00.x", "b.\uD83D\uDE00-y.x");
    assertThat(metrics("b.{\uD83D\uDE00,\uFF5E,\uD83D\uDE00-y}.x"))
        .containsExactly("b.\uFF5E.x", "b.\uD83D\uDE00-y.x", "b.\uD83D\uDE00.x");
    assertThat(metrics("b.*.x"))
        .containsExactly("b.\uFF5E.x", "b.\uD83D\uDE00-y.x", "b.\uD83D\uDE00.x");
  }

  @Test
  void addIsIdempotentAndCounts() {
    add("a.b", "a.b", "a.c");

    assertThat(index.size()).isEqualTo(2);
    assertThat(index.contains("a.b")).isTrue();
    assertThat(index.contains("a")).isFalse();
  }

  @Test
  void removePrunesBranchesThatBecomeEmpty() {
    add("a.b.c", "a.d", "a.b");

    index.remove("a.b.c");
    assertThat(find("a.*")).containsExactly("a.b", "a.d");
    index.remove("a.b");
    index.remove("a.d");
    assertThat(find("*")).isEmpty();
    assertThat(index.size()).isZero();
    index.remove("never.added");
    assertThat(index.size()).isZero();
  }

  @Test
  void countsTheMetricsAtOrBelowEachNode() {
    add("a.b.c", "a.b", "a.d", "x.y", "cpu;host=a");

    assertThat(index.count("")).isEqualTo(4); // tagged series are not in the tree
    assertThat(index.count("a")).isEqualTo(3);
    assertThat(index.count("a.b")).isEqualTo(2); // itself and a.b.c
    assertThat(index.count("a.b.c")).isEqualTo(1);
    assertThat(index.count("a.nothing")).isZero();
    assertThat(index.count("a.b.c.d")).isZero();

    index.remove("a.b");
    index.remove("a.b"); // twice: counted once
    assertThat(index.count("a")).isEqualTo(2);
    assertThat(index.count("a.b")).isEqualTo(1);
    index.remove("a.b.c");
    assertThat(index.count("a.b")).isZero();
    assertThat(index.count("")).isEqualTo(2);
  }

  @Test
  void listsTheMetricsAtOrBelowALiteralPath() {
    add("a.b.c", "a.b", "a.bc", "a.d", "a*.b");

    assertThat(index.metricsAtOrBelow("a.b")).containsExactly("a.b", "a.b.c");
    assertThat(index.metricsAtOrBelow("a")).containsExactly("a.b", "a.b.c", "a.bc", "a.d");
    assertThat(index.metricsAtOrBelow("a*")).containsExactly("a*.b"); // not a glob
    assertThat(index.metricsAtOrBelow("")).hasSize(5);
    assertThat(index.metricsAtOrBelow("zz")).isEmpty();
  }

  @Test
  void refusesNamesWithEmptyNodes() {
    assertThatThrownBy(() -> index.add("a..b")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void taggedNamesGoToTheTagIndexAndAreFoundByExactName() {
    add("cpu;host=a;dc=x", "plain.metric");

    assertThat(tags.contains("cpu;dc=x;host=a")).isTrue();
    assertThat(find("*")).containsExactly("plain/");
    assertThat(find("cpu;dc=x;host=a")).containsExactly("cpu;dc=x;host=a");
    assertThat(metrics("cpu;dc=x;host=a")).containsExactly("cpu;dc=x;host=a");
    // graphite-web hashes the pattern as written, so another spelling finds nothing
    assertThat(find("cpu;host=a;dc=x")).isEmpty();
    index.remove("cpu;host=a;dc=x");
    assertThat(tags.contains("cpu;dc=x;host=a")).isFalse();
  }

  @Test
  void namesFoundUnderEscapedWildcardsAsGraphiteWebDoes() {
    add("a.b*c.d", "a.bxc.d", "a.bxc.e");

    // the escape is dropped for matching, and the escaped node renames what was found
    assertThat(find("a.b\\*c.d")).containsExactly("a.b*c.d");
    assertThat(find("a.b\\*c")).containsExactly("a.b*c/");
    assertThat(metrics("a.b\\*c.d")).containsExactly("a.b*c.d", "a.bxc.d");
  }

  @Test
  void stopsOnceMoreThanTheLimitMatch() {
    add("a.1", "a.2", "a.3");

    assertThat(index.find(GlobPattern.compile("a.*"), 3)).isPresent();
    assertThat(index.find(GlobPattern.compile("a.*"), 2)).isEmpty();
    assertThat(index.metrics(GlobPattern.compile("**"), 2)).isEmpty();
    assertThat(index.metrics(GlobPattern.compile("a.1"), 1)).contains(List.of("a.1"));
  }
}
