package dev.charcoal.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where Charcoal keeps its data: the per-OS default data directory and the folders inside it.
 *
 * <p>Defaults: Linux and other Unixes {@code $XDG_DATA_HOME/charcoal} (else {@code
 * ~/.local/share/charcoal}), macOS {@code ~/Library/Application Support/Charcoal}, Windows {@code
 * %LOCALAPPDATA%\Charcoal}. {@code --data DIR} overrides all of them.
 */
public final class DataDirs {
  /** Metric files in Graphite's own layout. */
  public static final String WHISPER = "whisper";

  /** storage-schemas.conf and storage-aggregation.conf. */
  public static final String CONF = "conf";

  /** Write-ahead log of points not yet in whisper files. */
  public static final String WAL = "wal";

  /** Saved dashboards (JSON). */
  public static final String DASHBOARDS = "dashboards";

  /** The folders {@link #prepare} creates, in creation order. */
  public static final List<String> SUBDIRECTORIES = List.of(WHISPER, CONF, WAL, DASHBOARDS);

  private DataDirs() {}

  /** The default data directory of this machine and user. */
  public static Path defaultDataDir() {
    return defaultDataDir(
        System.getProperty("os.name", ""),
        System.getenv(),
        Path.of(System.getProperty("user.home")));
  }

  /**
   * The default data directory for an OS name (as in {@code os.name}), an environment and a home
   * directory; pure, so every platform's rule can be tested anywhere.
   */
  public static Path defaultDataDir(String osName, Map<String, String> env, Path home) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      String localAppData = env.get("LOCALAPPDATA");
      Path base =
          isSet(localAppData)
              ? home.getFileSystem().getPath(localAppData)
              : home.resolve("AppData").resolve("Local");
      return base.resolve("Charcoal");
    }
    if (os.startsWith("mac") || os.startsWith("darwin")) {
      return home.resolve("Library").resolve("Application Support").resolve("Charcoal");
    }
    // The XDG spec says a relative $XDG_DATA_HOME is invalid and must be ignored.
    String xdg = env.get("XDG_DATA_HOME");
    if (isSet(xdg) && home.getFileSystem().getPath(xdg).isAbsolute()) {
      return home.getFileSystem().getPath(xdg).resolve("charcoal");
    }
    return home.resolve(".local").resolve("share").resolve("charcoal");
  }

  /** Creates the data directory and its {@link #SUBDIRECTORIES} if missing; returns it absolute. */
  public static Path prepare(Path dataDir) throws IOException {
    Path dir = dataDir.toAbsolutePath().normalize();
    for (String sub : SUBDIRECTORIES) {
      Files.createDirectories(dir.resolve(sub));
    }
    return dir;
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }
}
