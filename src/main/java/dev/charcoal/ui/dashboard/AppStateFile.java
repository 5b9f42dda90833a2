package dev.charcoal.ui.dashboard;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charcoal.ui.task.AtomicFiles;
import dev.charcoal.ui.theme.Theme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code DATA/ui-state.json}: the window's {@link AppState}. A missing file is a first run; a
 * damaged one is reported and treated as a first run (it only holds preferences). Background
 * threads only.
 */
public final class AppStateFile {
  /** The file's name in the data dir. */
  public static final String NAME = "ui-state.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;

  public AppStateFile(Path dataDir) {
    this.file = dataDir.resolve(NAME);
  }

  /** The state saved, {@link AppState#INITIAL} when there is none. */
  public AppState read() throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return AppState.INITIAL;
    }
    try {
      JsonNode root = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
      List<String> recent = new ArrayList<>();
      root.path("recent").forEach(n -> recent.add(n.asText()));
      recent.removeIf(String::isBlank);
      Theme theme =
          "dark".equals(root.path("theme").asText().toLowerCase(Locale.ROOT))
              ? Theme.DARK
              : Theme.LIGHT;
      return new AppState(root.path("last").asText(""), recent, theme);
    } catch (JacksonException | RuntimeException e) {
      throw new IOException(file + " is damaged (" + e.getMessage() + "); starting afresh", e);
    }
  }

  /** Saves {@code state}. */
  public void write(AppState state) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("last", state.last());
    state.recent().forEach(root.putArray("recent")::add);
    root.put("theme", state.theme().name().toLowerCase(Locale.ROOT));
    AtomicFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
  }
}
