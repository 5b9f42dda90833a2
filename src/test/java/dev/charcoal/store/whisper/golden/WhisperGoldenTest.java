package dev.charcoal.store.whisper.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.charcoal.model.AggregationMethod;
import dev.charcoal.store.whisper.ArchiveInfo;
import dev.charcoal.store.whisper.FetchResult;
import dev.charcoal.store.whisper.InvalidTimeIntervalException;
import dev.charcoal.store.whisper.TimestampNotCoveredException;
import dev.charcoal.store.whisper.Whisper;
import dev.charcoal.store.whisper.WhisperDump;
import dev.charcoal.store.whisper.WhisperException;
import dev.charcoal.store.whisper.WhisperFile;
import dev.charcoal.store.whisper.WhisperHeader;
import dev.charcoal.store.whisper.WhisperResize;
import dev.charcoal.store.whisper.golden.GoldenManifest.Dump;
import dev.charcoal.store.whisper.golden.GoldenManifest.FetchCase;
import dev.charcoal.store.whisper.golden.GoldenManifest.Op;
import dev.charcoal.store.whisper.golden.GoldenManifest.Resize;
import dev.charcoal.store.whisper.golden.GoldenManifest.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Byte compatibility with the reference implementation: replays the scenarios that {@code
 * src/test/resources/whisper/golden/generate.py} ran with Debian's python3-whisper 1.1.4, and
 * checks our files, fetches, dumps and resizes against what python produced.
 */
class WhisperGoldenTest {
  private static final GoldenManifest MANIFEST = GoldenManifest.load();

  /** Where a mismatching file of ours is copied, relative to the build's working directory. */
  private static final Path MISMATCH_DIR = Path.of("target", "whisper-golden-mismatch");

  @TempDir Path tempDir;

  @Test
  void manifestCoversEveryAggregationMethodAndArchiveCount() {
    assertThat(MANIFEST.scenarios())
        .extracting(s -> s.create().method())
        .contains(AggregationMethod.values());
    assertThat(MANIFEST.scenarios())
        .extracting(s -> s.create().archives().size())
        .contains(1, 2, 3, 4);
  }

  @Test
  void manifestKeepsNegativeZeroAndNonFiniteValuesExact() {
    Scenario s = scenario("special_values_sum");
    assertThat(Double.doubleToRawLongBits(s.ops().get(0).values()[0]))
        .isEqualTo(Double.doubleToRawLongBits(-0.0));
    assertThat(s.ops().get(3).values())
        .containsExactly(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
    assertThat(Double.doubleToRawLongBits(scenario("special_values_max").ops().get(0).values()[0]))
        .isEqualTo(Double.doubleToRawLongBits(Double.NaN));
  }

  @TestFactory
  Stream<DynamicTest> goldenFilesAreTheOnesTheManifestDescribes() {
    Stream<DynamicTest> scenarios =
        MANIFEST.scenarios().stream()
            .map(s -> DynamicTest.dynamicTest(s.file(), () -> assertSha(s.file(), s.sha256())));
    Stream<DynamicTest> resizes =
        MANIFEST.resizes().stream()
            .map(
                r ->
                    DynamicTest.dynamicTest(
                        r.expected(), () -> assertSha(r.expected(), r.sha256())));
    return Stream.concat(scenarios, resizes);
  }

  @TestFactory
  Stream<DynamicTest> replayingAScenarioWritesPythonsBytes() {
    return MANIFEST.scenarios().stream()
        .map(
            s ->
                DynamicTest.dynamicTest(
                    s.name() + ": " + s.description(), () -> assertReplayMatchesPython(s)));
  }

  @TestFactory
  Stream<DynamicContainer> fetchReturnsWhatPythonFetchedFromTheSameFile() {
    return MANIFEST.scenarios().stream()
        .map(
            s ->
                DynamicContainer.dynamicContainer(
                    s.name(),
                    s.fetches().stream()
                        .map(
                            c ->
                                DynamicTest.dynamicTest(
                                    c.toString(),
                                    () -> assertFetchMatchesPython(MANIFEST.file(s.file()), c)))));
  }

  @TestFactory
  Stream<DynamicTest> infoReadsTheHeaderPythonWrote() {
    return MANIFEST.scenarios().stream()
        .map(s -> DynamicTest.dynamicTest(s.name(), () -> assertInfoMatchesPython(s)));
  }

  @TestFactory
  Stream<DynamicTest> dumpPrintsExactlyWhatWhisperDumpPrinted() {
    return MANIFEST.dumps().stream()
        .map(d -> DynamicTest.dynamicTest(d.file(), () -> assertDumpMatchesPython(d)));
  }

  @TestFactory
  Stream<DynamicTest> resizeWithoutAggregateWritesWhatWhisperResizeWrote() {
    return MANIFEST.resizes().stream()
        .map(
            r ->
                DynamicTest.dynamicTest(
                    r.name() + ": whisper-resize " + String.join(" ", r.args()),
                    () -> assertResizeMatchesPython(r)));
  }

  // ---- replay ----

  private void assertReplayMatchesPython(Scenario s) throws IOException {
    Path dir = Files.createDirectories(tempDir.resolve(s.name()));
    Path file = dir.resolve(s.file());
    Whisper.create(
        file, s.create().archives(), s.create().xff(), s.create().method(), s.create().sparse());
    List<String> problems = new ArrayList<>();
    boolean diverged = false;
    for (Op op : s.ops()) {
      Exception thrown = null;
      try {
        apply(file, op);
      } catch (Exception e) {
        thrown = e;
      }
      if (op.error() != null) {
        if (thrown == null) {
          problems.add(
              "op #" + op.index() + ": python raised " + op.error() + ", we accepted " + op.json());
        } else if (!refusesLikePython(op.error(), thrown)) {
          problems.add(
              "op #"
                  + op.index()
                  + ": python raised "
                  + op.error()
                  + ", we threw "
                  + thrown
                  + " for "
                  + op.json());
        }
      } else if (thrown != null) {
        problems.add(
            "op #" + op.index() + ": python accepted, we threw " + thrown + " for " + op.json());
      }
      String sha = WhisperBytesDiff.sha256(Files.readAllBytes(file));
      if (!diverged && !sha.equals(op.sha256After())) {
        diverged = true;
        problems.add(
            "the file first differs from python's after op #"
                + op.index()
                + (op.error() != null ? " (which python refused, leaving the file as it was)" : "")
                + ": "
                + op.json());
      }
    }
    String diff =
        WhisperBytesDiff.describe(
            Files.readAllBytes(MANIFEST.file(s.file())), Files.readAllBytes(file));
    if (diff != null) {
      problems.add(
          "final file differs from " + s.file() + " (ours kept as " + keep(file) + "): " + diff);
    }
    if (!problems.isEmpty()) {
      fail(s.name() + ":\n  " + String.join("\n  ", problems));
    }
  }

  private static void apply(Path file, Op op) throws IOException {
    if (op.isUpdateMany()) {
      Whisper.updateMany(file, op.timestamps(), op.values(), op.now());
    } else {
      Whisper.update(file, op.values()[0], op.timestamps()[0], op.now());
    }
  }

  /** Python's exception class, mapped to what our engine throws for the same refusal. */
  private static boolean refusesLikePython(String pythonError, Throwable thrown) {
    return switch (pythonError) {
      case "TimestampNotCovered" -> thrown instanceof TimestampNotCoveredException;
      // struct.pack('!L') refusing a timestamp outside 0..2**32-1
      case "struct.error" ->
          thrown instanceof WhisperException || thrown instanceof IllegalArgumentException;
      case "InvalidTimeInterval" -> thrown instanceof InvalidTimeIntervalException;
      case "ValueError" -> thrown instanceof IllegalArgumentException;
      default -> false;
    };
  }

  // ---- fetch ----

  private static void assertFetchMatchesPython(Path golden, FetchCase c) throws IOException {
    FetchResult actual;
    try {
      actual = fetch(golden, c);
    } catch (Exception e) {
      if (c.error() != null && refusesLikePython(c.error(), e)) {
        return;
      }
      throw new AssertionError(
          c
              + ": python "
              + (c.error() != null ? "raised " + c.error() : "returned a result")
              + ", we threw "
              + e,
          e);
    }
    if (c.error() != null) {
      fail(c + ": python raised " + c.error() + ", we returned " + describe(actual));
    }
    if (c.expected() == null) {
      assertThat(actual).as(c + ": python returned None, we returned " + describe(actual)).isNull();
      return;
    }
    assertThat(actual).as(c + ": python returned a result, we returned null").isNotNull();
    GoldenManifest.Expected e = c.expected();
    assertThat(new long[] {actual.from(), actual.until(), actual.step()})
        .as(c + ": (from, until, step)")
        .containsExactly(e.from(), e.until(), e.step());
    List<String> differences = new ArrayList<>();
    if (actual.values().length != e.values().length) {
      differences.add(
          "python returned " + e.values().length + " values, we " + actual.values().length);
    }
    for (int i = 0; i < Math.min(actual.values().length, e.values().length); i++) {
      if (!sameValue(e.values()[i], actual.values()[i])) {
        differences.add(
            "["
                + i
                + "] t="
                + (e.from() + i * e.step())
                + ": python "
                + show(e.values()[i])
                + ", ours "
                + show(actual.values()[i]));
      }
    }
    if (!differences.isEmpty()) {
      fail(c + " values differ:\n  " + String.join("\n  ", differences));
    }
  }

  private static FetchResult fetch(Path golden, FetchCase c) throws IOException {
    if (c.archive() == null) {
      return Whisper.fetch(golden, c.from(), c.until(), c.now());
    }
    try (WhisperFile f = WhisperFile.openForReading(golden)) {
      return f.fetch(c.from(), c.until(), c.now(), c.archive());
    }
  }

  /** None and NaN are the same; anything else must be the same bits (so 0.0 != -0.0). */
  private static boolean sameValue(double expected, double actual) {
    if (Double.isNaN(expected) || Double.isNaN(actual)) {
      return Double.isNaN(expected) && Double.isNaN(actual);
    }
    return Double.doubleToLongBits(expected) == Double.doubleToLongBits(actual);
  }

  private static String show(double v) {
    return Double.isNaN(v)
        ? "None/NaN"
        : v + " [0x" + Long.toHexString(Double.doubleToRawLongBits(v)) + "]";
  }

  private static String describe(FetchResult r) {
    return r == null
        ? "null"
        : "(" + r.from() + ", " + r.until() + ", " + r.step() + ") × " + r.values().length;
  }

  // ---- info, dump, resize ----

  private static void assertInfoMatchesPython(Scenario s) throws IOException {
    WhisperHeader h = Whisper.info(MANIFEST.file(s.file()));
    GoldenManifest.Info info = s.info();
    assertThat(h.aggregationMethod().configName()).isEqualTo(info.aggregationMethod());
    assertThat(h.maxRetention()).isEqualTo(info.maxRetention());
    assertThat(Double.doubleToLongBits(h.xFilesFactor()))
        .as("xFilesFactor %s (python read %s)", h.xFilesFactor(), info.xFilesFactor())
        .isEqualTo(Double.doubleToLongBits(info.xFilesFactor()));
    List<GoldenManifest.ArchiveRow> rows = new ArrayList<>();
    for (ArchiveInfo a : h.archives()) {
      rows.add(
          new GoldenManifest.ArchiveRow(
              a.offset(), a.secondsPerPoint(), a.points(), a.retention(), a.size()));
    }
    assertThat(rows).containsExactlyElementsOf(info.archives());
  }

  private static void assertDumpMatchesPython(Dump d) throws IOException {
    String expected = Files.readString(MANIFEST.file(d.dump()), StandardCharsets.UTF_8);
    StringBuilder actual = new StringBuilder();
    WhisperDump.dump(MANIFEST.file(d.file()), actual);
    if (expected.contentEquals(actual)) {
      return;
    }
    String[] e = expected.split("\n", -1);
    String[] a = actual.toString().split("\n", -1);
    int line = 0;
    while (line < Math.min(e.length, a.length) && e[line].equals(a[line])) {
      line++;
    }
    fail(
        "%s: first differing line %d%n  whisper-dump: %s%n  ours:         %s%n(python %d lines, ours %d)",
        d.file(),
        line + 1,
        line < e.length ? "\"" + e[line] + "\"" : "<end>",
        line < a.length ? "\"" + a[line] + "\"" : "<end>",
        e.length,
        a.length);
  }

  private void assertResizeMatchesPython(Resize r) throws IOException {
    Path dir = Files.createDirectories(tempDir.resolve(r.name()));
    Path file = dir.resolve("in.wsp");
    byte[] input = Files.readAllBytes(MANIFEST.file(r.input()));
    Files.write(file, input);
    WhisperResize.resize(file, r.archives(), r.xff(), r.method(), false, r.now(), !r.nobackup());
    String diff =
        WhisperBytesDiff.describe(
            Files.readAllBytes(MANIFEST.file(r.expected())), Files.readAllBytes(file));
    if (diff != null) {
      fail(
          "%s: resized file differs from %s (ours kept as %s): %s",
          r.name(), r.expected(), keep(file, r.name() + ".wsp"), diff);
    }
    Path backup = dir.resolve("in.wsp.bak");
    assertThat(Files.exists(backup)).as("%s: in.wsp.bak kept", r.name()).isEqualTo(r.backup());
    if (r.backup()) {
      assertThat(Files.readAllBytes(backup)).as("backup is the original file").isEqualTo(input);
    }
    assertThat(dir.resolve("in.wsp.tmp")).doesNotExist();
  }

  // ---- helpers ----

  /** Keeps a mismatching file of ours for inspection (whisper-dump it next to python's). */
  private static Path keep(Path file) throws IOException {
    return keep(file, file.getFileName().toString());
  }

  private static Path keep(Path file, String name) throws IOException {
    Path dir = Files.createDirectories(MISMATCH_DIR);
    return Files.copy(file, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  private static void assertSha(String file, String sha) throws IOException {
    assertThat(WhisperBytesDiff.sha256(Files.readAllBytes(MANIFEST.file(file))))
        .as(
            "%s is the file generate.py wrote (regenerate, or check git's line-ending handling)",
            file)
        .isEqualTo(sha);
  }

  private static Scenario scenario(String name) {
    return MANIFEST.scenarios().stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no scenario " + name));
  }
}
