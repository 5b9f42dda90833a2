package dev.charcoal.ui.export;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** What a pane exports to. */
public enum ExportFormat {
  /** graphite's render JSON: the pane's series over its time range. */
  JSON("json", "Graphite render JSON", KeyCombination.SHORTCUT_DOWN),
  /** graphite's render CSV. */
  CSV("csv", "Graphite render CSV", KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
  /** A picture of the pane: chart and legend. */
  PNG("png", "PNG image", KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN);

  private final String extension;
  private final String description;
  private final KeyCombination accelerator;

  ExportFormat(String extension, String description, KeyCombination.Modifier... modifiers) {
    this.extension = extension;
    this.description = description;
    this.accelerator = new KeyCodeCombination(KeyCode.E, modifiers);
  }

  /** The menu bar's key for exporting the active pane: Shortcut+E with a modifier per format. */
  public KeyCombination accelerator() {
    return accelerator;
  }

  /** The file extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** What the file chooser calls this kind of file. */
  public String description() {
    return description;
  }
}
