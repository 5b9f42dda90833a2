package dev.charcoal.ui.export;

/** What a pane exports to. */
public enum ExportFormat {
  /** graphite's render JSON: the pane's series over its time range. */
  JSON("json", "Graphite render JSON"),
  /** graphite's render CSV. */
  CSV("csv", "Graphite render CSV"),
  /** A picture of the pane: chart and legend. */
  PNG("png", "PNG image");

  private final String extension;
  private final String description;

  ExportFormat(String extension, String description) {
    this.extension = extension;
    this.description = description;
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
