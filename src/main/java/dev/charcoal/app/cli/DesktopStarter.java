package dev.charcoal.app.cli;

import java.nio.file.Path;

/** Opens the desktop app on a prepared data directory and returns when its window is closed. */
@FunctionalInterface
public interface DesktopStarter {
  void start(Path dataDir) throws Exception;
}
