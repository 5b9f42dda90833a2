package dev.charcoal.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirsTest {
  static final Path HOME = Path.of("/home/ada");

  @Test
  void linuxUsesXdgDataHome() {
    assertThat(DataDirs.defaultDataDir("Linux", Map.of("XDG_DATA_HOME", "/data/xdg"), HOME))
        .isEqualTo(Path.of("/data/xdg/charcoal"));
  }

  @Test
  void linuxFallsBackToLocalShareWithoutXdgDataHome() {
    assertThat(DataDirs.defaultDataDir("Linux", Map.of(), HOME))
        .isEqualTo(Path.of("/home/ada/.local/share/charcoal"));
    assertThat(DataDirs.defaultDataDir("Linux", Map.of("XDG_DATA_HOME", ""), HOME))
        .isEqualTo(Path.of("/home/ada/.local/share/charcoal"));
  }

  @Test
  void linuxIgnoresARelativeXdgDataHomeAsTheSpecSays() {
    assertThat(DataDirs.defaultDataDir("Linux", Map.of("XDG_DATA_HOME", "data"), HOME))
        .isEqualTo(Path.of("/home/ada/.local/share/charcoal"));
  }

  @Test
  void otherUnixesFollowTheLinuxRule() {
    assertThat(DataDirs.defaultDataDir("FreeBSD", Map.of(), HOME))
        .isEqualTo(Path.of("/home/ada/.local/share/charcoal"));
  }

  @Test
  void macOsUsesApplicationSupport() {
    assertThat(DataDirs.defaultDataDir("Mac OS X", Map.of("XDG_DATA_HOME", "/x"), HOME))
        .isEqualTo(Path.of("/home/ada/Library/Application Support/Charcoal"));
  }

  @Test
  void windowsUsesLocalAppData() {
    assertThat(
            DataDirs.defaultDataDir(
                "Windows 11", Map.of("LOCALAPPDATA", "/c/Users/ada/AppData/Local"), HOME))
        .isEqualTo(Path.of("/c/Users/ada/AppData/Local/Charcoal"));
  }

  @Test
  void windowsFallsBackToAppDataLocalUnderHome() {
    assertThat(DataDirs.defaultDataDir("Windows 10", Map.of(), HOME))
        .isEqualTo(Path.of("/home/ada/AppData/Local/Charcoal"));
  }

  @Test
  void prepareCreatesTheDataDirAndItsFolders(@TempDir Path tmp) throws Exception {
    Path dir = DataDirs.prepare(tmp.resolve("fresh/data"));

    assertThat(dir).isEqualTo(tmp.resolve("fresh/data").toAbsolutePath());
    assertThat(dir.resolve("whisper")).isDirectory();
    assertThat(dir.resolve("conf")).isDirectory();
    assertThat(dir.resolve("wal")).isDirectory();
    assertThat(dir.resolve("dashboards")).isDirectory();
  }

  @Test
  void prepareKeepsWhatIsAlreadyThere(@TempDir Path tmp) throws Exception {
    Path existing = java.nio.file.Files.createDirectories(tmp.resolve("whisper/a"));

    DataDirs.prepare(tmp);
    DataDirs.prepare(tmp);

    assertThat(existing).isDirectory();
  }
}
