package dev.charcoal.ui.dashboard;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charcoal.ui.task.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code DATA/ui-recovery.json}: the window's unsaved dashboard, kept while it differs from the
 * saved one, so that a crash loses at most a moment of layout work. A clean close removes it; when
 * it is there at start, the last run ended without one and the window shows it again. Background
 * threads only.
 */
public final class RecoveryFile {
  /** The file's name in the data dir. */
  public static final String NAME = "ui-recovery.json";

  /** The value of the {@code format} key. */
  static final String FORMAT = "charcoal-recovery";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;

  /**
   * What the file holds: the unsaved dashboard and the name it was opened or saved under.
   *
   * @param name the dashboard's name, {@code ""} when it was never saved
   */
  public record Content(String name, Dashboard dashboard) {
    public Content {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(dashboard, "dashboard");
    }
  }

  public RecoveryFile(Path dataDir) {
    this.file = dataDir.resolve(NAME);
  }

  /** The file's path. */
  public Path path() {
    return file;
  }

  /** What the last run left unsaved, if it did not close cleanly. */
  public Optional<Content> read() throws IOException {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    try {
      JsonNode root = JSON.readTree(text);
      if (root == null || !FORMAT.equals(root.path("format").asText())) {
        throw new DashboardFormatException("not a recovery file");
      }
      return Optional.of(
          new Content(
              root.path("name").asText(""),
              DashboardCodec.read(root.path("dashboard"), "dashboard")));
    } catch (JacksonException | DashboardFormatException e) {
      throw new IOException(
          file + " is damaged (" + e.getMessage() + "); the last run's unsaved changes are lost",
          e);
    }
  }

  /** Keeps {@code content}, replacing what the file held. */
  public void write(Content content) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("name", content.name());
    root.set("dashboard", DashboardCodec.tree(content.dashboard()));
    AtomicFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
  }

  /** Removes the file: nothing unsaved is left (or the user chose to drop it). */
  public void delete() throws IOException {
    Files.deleteIfExists(file);
  }
}
