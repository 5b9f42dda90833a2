package dev.charcoal.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardFilesTest {
  @TempDir Path data;

  @Test
  void savedDashboardsAreListedByNameAndReadBack() throws Exception {
    DashboardFiles files = new DashboardFiles(data);
    assertThat(files.list()).isEmpty();

    files.write("ops", DashboardCodecTest.SAMPLE);
    files.write("Büro wall", DashboardCodecTest.SAMPLE);
    Files.writeString(data.resolve("dashboards/notes.txt"), "not a dashboard");

    assertThat(files.list()).containsExactly("Büro wall", "ops");
    assertThat(files.read("ops")).isEqualTo(DashboardCodecTest.SAMPLE);
    assertThat(data.resolve("dashboards/ops.json")).exists();
    try (var left = Files.list(data.resolve("dashboards"))) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void savingAgainReplacesTheFile() throws Exception {
    DashboardFiles files = new DashboardFiles(data);
    files.write("ops", DashboardCodecTest.SAMPLE);
    Dashboard other =
        new Dashboard(
            DashboardCodecTest.SAMPLE.time(),
            false,
            DashboardCodecTest.SAMPLE.refreshInterval(),
            new PaneLayout.Empty(),
            java.util.List.of(),
            0);

    files.write("ops", other);

    assertThat(files.read("ops")).isEqualTo(other);
  }

  @Test
  void aCorruptFileIsNamedInTheMessageAndLeftAlone() throws Exception {
    DashboardFiles files = new DashboardFiles(data);
    Path file = data.resolve("dashboards/broken.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{\"format\": \"charcoal-dashboard\", \"version\": 1,");

    assertThatThrownBy(() -> files.read("broken"))
        .isInstanceOf(DashboardFormatException.class)
        .hasMessageStartingWith(file.toString() + ": not valid JSON");
    assertThat(Files.readString(file)).endsWith("\"version\": 1,");
  }

  @Test
  void aFileThatIsNotTextOrTooLargeIsRefused() throws Exception {
    DashboardFiles files = new DashboardFiles(data);
    Files.createDirectories(data.resolve("dashboards"));
    Files.write(data.resolve("dashboards/bin.json"), new byte[] {'{', (byte) 0xff, '}'});
    Files.write(
        data.resolve("dashboards/huge.json"),
        " ".repeat((int) DashboardFiles.MAX_FILE_BYTES + 1).getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> files.read("bin")).hasMessageEndingWith("not UTF-8 text");
    assertThatThrownBy(() -> files.read("huge")).hasMessageContaining("larger than 4 MB");
  }

  @Test
  void aMissingDashboardIsNoSuchFile() {
    assertThatThrownBy(() -> new DashboardFiles(data).read("gone"))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining("gone.json");
  }

  @Test
  void namesThatCannotBeFileNamesAreRefused() {
    assertThat(DashboardFiles.checkName("  ops overview ")).isEqualTo("ops overview");
    for (String bad :
        new String[] {
          "",
          "  ",
          "../etc/passwd",
          "a/b",
          "a\\b",
          "c:",
          "x?",
          ".hidden",
          "trailing.",
          "tab\there",
          "x".repeat(101)
        }) {
      assertThatThrownBy(() -> DashboardFiles.checkName(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("A dashboard");
    }
  }
}
