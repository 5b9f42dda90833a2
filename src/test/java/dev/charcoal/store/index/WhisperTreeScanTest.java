package dev.charcoal.store.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.model.glob.GlobPattern;
import dev.charcoal.store.MetricPath;
import dev.charcoal.store.MetricPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WhisperTreeScanTest {
  @TempDir Path root;

  private TaggedNamesFile names;

  private Path file(String relative) throws Exception {
    Path p = root.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.createFile(p);
    return p;
  }

  private static String hashedPath(String tagged) {
    return ((MetricPath.Mapped) MetricPaths.of(tagged)).relativePath();
  }

  private MemoryTagIndex tagIndex() {
    names = TaggedNamesFile.at(root.resolve(TaggedNamesFile.DEFAULT_LOCATION));
    return new MemoryTagIndex(names);
  }

  @Test
  void indexesWhisperFilesAsDottedNamesAndIgnoresTheRest() throws Exception {
    file("servers/web1/cpu.wsp");
    file("servers/web1.wsp");
    file("servers/web1/notes.txt");
    file("servers/dotted.dir/x.wsp");
    file("servers/.cpu.wsp.123-1"); // a whisper create in progress
    Files.createDirectories(root.resolve("empty/dir"));
    TreeMetricIndex metrics = new TreeMetricIndex(new MemoryTagIndex());

    WhisperTreeScan.Report report = WhisperTreeScan.scan(root, metrics, new MemoryTagIndex());

    assertThat(metrics.allMetrics()).containsExactly("servers.web1", "servers.web1.cpu");
    assertThat(report.metrics()).isEqualTo(2);
    assertThat(report.ignoredFiles()).isEqualTo(3);
    assertThat(report.unreadable()).isZero();
  }

  @Test
  void reportsALinkLoopAndGoesOn() throws Exception {
    file("a/b/c.wsp");
    Files.createSymbolicLink(root.resolve("a/b/loop"), root.resolve("a"));
    TreeMetricIndex metrics = new TreeMetricIndex(new MemoryTagIndex());

    WhisperTreeScan.Report report = WhisperTreeScan.scan(root, metrics, new MemoryTagIndex());

    assertThat(metrics.allMetrics()).containsExactly("a.b.c");
    assertThat(report.unreadable()).isEqualTo(1);
  }

  @Test
  void aMissingTreeIsEmpty() throws Exception {
    TreeMetricIndex metrics = new TreeMetricIndex(new MemoryTagIndex());

    WhisperTreeScan.Report report =
        WhisperTreeScan.scan(root.resolve("none"), metrics, new MemoryTagIndex());

    assertThat(report).isEqualTo(new WhisperTreeScan.Report(0, 0, 0, 0, 0, 0));
  }

  @Test
  void namesHashedTaggedFilesFromTheNamesFileAndForgetsNamesWithoutFiles() throws Exception {
    file(hashedPath("cpu;host=a"));
    file(hashedPath("cpu;host=unnamed"));
    Path namesFile = root.resolve(TaggedNamesFile.DEFAULT_LOCATION);
    Files.createDirectories(namesFile.getParent());
    Files.writeString(namesFile, "cpu;host=a\ncpu;host=gone\ntorn;ho");
    MemoryTagIndex tags = tagIndex();
    tags.add("live;host=b"); // the store added it before the scan: no file yet, kept
    TreeMetricIndex metrics = new TreeMetricIndex(tags);

    WhisperTreeScan.Report report = WhisperTreeScan.scan(root, metrics, tags);

    assertThat(tags.findSeries(List.of("name=~."))).containsExactly("cpu;host=a", "live;host=b");
    assertThat(report.taggedSeries()).isEqualTo(1);
    assertThat(report.unnamedTaggedFiles()).isEqualTo(1);
    assertThat(metrics.allMetrics()).isEmpty();
    assertThat(names.read()).containsExactlyInAnyOrder("cpu;host=a", "live;host=b");
    tags.add("new;x=1");
    assertThat(names.read()).containsExactlyInAnyOrder("cpu;host=a", "live;host=b", "new;x=1");
  }

  @Test
  void aReadOnlyNamesFileNamesTheFilesAndIsLeftAsItWas() throws Exception {
    file(hashedPath("cpu;host=a"));
    Path namesFile = root.resolve(TaggedNamesFile.DEFAULT_LOCATION);
    Files.createDirectories(namesFile.getParent());
    Files.writeString(namesFile, "cpu;host=a\ncpu;host=gone\n");
    MemoryTagIndex tags = new MemoryTagIndex(TaggedNamesFile.readOnly(namesFile));

    WhisperTreeScan.scan(root, new TreeMetricIndex(tags), tags);
    tags.add("new;x=1");

    assertThat(tags.contains("cpu;host=a")).isTrue();
    assertThat(Files.readString(namesFile)).isEqualTo("cpu;host=a\ncpu;host=gone\n");
  }

  @Test
  void decodesAndRenamesFilesCarbonWroteWithReadableNames() throws Exception {
    String hashed = hashedPath("disk.used;rack=a.1;server=web01");
    Path dir = root.resolve(hashed).getParent();
    Path readable = file(root.relativize(dir) + "/disk_DOT_used;rack=a_DOT_1;server=web01.wsp");
    Files.writeString(readable, "data");
    MemoryTagIndex tags = tagIndex();

    WhisperTreeScan.Report report = WhisperTreeScan.scan(root, new TreeMetricIndex(tags), tags);

    assertThat(tags.contains("disk.used;rack=a.1;server=web01")).isTrue();
    assertThat(Files.readString(root.resolve(hashed))).isEqualTo("data");
    assertThat(Files.exists(readable)).isFalse();
    assertThat(report.renamedTaggedFiles()).isEqualTo(1);
    assertThat(report.taggedSeries()).isEqualTo(1);
    assertThat(report.unnamedTaggedFiles()).isZero();
    assertThat(names.read()).containsExactly("disk.used;rack=a.1;server=web01");
  }

  @Test
  void ignoresTaggedFilesInTheWrongDirectory() throws Exception {
    String hashed = hashedPath("cpu;host=a");
    String hash = hashed.substring(hashed.lastIndexOf('/') + 1);
    file("_tagged/000/000/" + hash);
    file("_tagged/stray.wsp");
    MemoryTagIndex tags = tagIndex();

    WhisperTreeScan.Report report = WhisperTreeScan.scan(root, new TreeMetricIndex(tags), tags);

    assertThat(report.ignoredFiles()).isEqualTo(2);
    assertThat(tags.size()).isZero();
  }

  @Test
  void theIndexesFindWhatWasScanned() throws Exception {
    file("a/b.wsp");
    file("a/c.wsp");
    TreeMetricIndex metrics = new TreeMetricIndex(new MemoryTagIndex());

    WhisperTreeScan.scan(root, metrics, new MemoryTagIndex());

    assertThat(metrics.metrics(GlobPattern.compile("a.*"))).containsExactly("a.b", "a.c");
  }

  @Test
  void anInterruptedScanStopsKeepsTheNamesFileAndTheInterrupt() throws Exception {
    file("a/b.wsp");
    file("a/c.wsp");
    Path namesFile = root.resolve(TaggedNamesFile.DEFAULT_LOCATION);
    Files.createDirectories(namesFile.getParent());
    Files.writeString(namesFile, "gone;x=1\n");
    MemoryTagIndex tags = tagIndex();
    TreeMetricIndex metrics = new TreeMetricIndex(tags);

    Thread.currentThread().interrupt();
    WhisperTreeScan.Report report;
    try {
      report = WhisperTreeScan.scan(root, metrics, tags);
    } finally {
      assertThat(Thread.interrupted()).as("still interrupted").isTrue();
    }

    assertThat(report.metrics()).isZero();
    assertThat(metrics.size()).isZero();
    // a complete scan would have rewritten it without the name whose file does not exist
    assertThat(Files.readString(namesFile)).isEqualTo("gone;x=1\n");
  }
}
