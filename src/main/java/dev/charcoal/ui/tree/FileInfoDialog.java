package dev.charcoal.ui.tree;

import dev.charcoal.ui.backend.MetricFileInfo;
import dev.charcoal.ui.time.TimeTexts;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/**
 * A metric's whisper file, as {@code whisper-info} would describe it, with what only the running
 * store knows: the points waiting in the cache and the newest point written. A file that cannot be
 * read shows the reason. Made once the backend has answered, so the window is sized to the answer.
 */
final class FileInfoDialog extends Dialog<Void> {
  private final GridPane grid = new GridPane();
  private final ZoneId zone;
  private int rows;

  FileInfoDialog(String metric, ZoneId zone) {
    this.zone = zone;
    setTitle("File info");
    setHeaderText(metric);
    getDialogPane().setId("fileInfo");
    grid.setHgap(12);
    grid.setVgap(6);
    grid.getStyleClass().add("file-info");
    getDialogPane().setContent(grid);
    getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    getDialogPane().setPrefWidth(560);
    setResizable(true);
  }

  /** Shows what the backend knows of the file. */
  FileInfoDialog with(Optional<MetricFileInfo> answer) {
    if (answer.isEmpty()) {
      row(
          "Status",
          "No file and no points waiting: the metric was deleted, or nothing was received for it.");
      return this;
    }
    MetricFileInfo info = answer.get();
    if (info instanceof MetricFileInfo.Written w) {
      row("File", w.file());
      row("Size", size(w.size()));
      layout(w.layout());
      row("Last point", w.lastPoint() == 0 ? "none in the file" : time(w.lastPoint()));
      row("Modified", time(w.modified()));
    } else if (info instanceof MetricFileInfo.NotYetWritten n) {
      row("Status", "Not written yet: the file is made with this layout in the next write round.");
      row("File", n.file());
      layout(n.planned());
    } else if (info instanceof MetricFileInfo.Unreadable u) {
      row("Status", "The file cannot be read.").getStyleClass().add("error-text");
      row("File", u.file());
      row("Problem", u.problem()).getStyleClass().add("error-text");
    }
    row("In the cache", cached(info.cachedPoints()));
    return this;
  }

  /** Shows why the backend could not answer. */
  FileInfoDialog failed(Exception e) {
    row("Status", "Cannot read the file info: " + e.getMessage()).getStyleClass().add("error-text");
    return this;
  }

  private void layout(MetricFileInfo.FileLayout layout) {
    row("Retentions", RetentionText.schema(layout.archives()));
    row(
        "Archives",
        layout.archives().stream().map(RetentionText::archive).collect(Collectors.joining("\n")));
    row("Aggregation", layout.aggregationMethod());
    // the float32 the file stores, printed as written in storage-aggregation.conf
    row("xFilesFactor", Float.toString(layout.xFilesFactor()));
    row("Max retention", RetentionText.duration(layout.maxRetention()));
  }

  private Label row(String name, String value) {
    Label key = new Label(name);
    key.getStyleClass().add("file-info-key");
    Label text = new Label(value);
    text.setId("fileInfo" + name.replace(" ", ""));
    text.setWrapText(true);
    grid.addRow(rows++, key, text);
    return text;
  }

  private String time(long epochSeconds) {
    return TimeTexts.format(Instant.ofEpochSecond(epochSeconds), zone) + " (" + epochSeconds + ")";
  }

  private static String cached(long points) {
    return points == 0
        ? "no points waiting"
        : String.format("%,d point%s not written yet", points, points == 1 ? "" : "s");
  }

  static String size(long bytes) {
    String exact = String.format("%,d bytes", bytes);
    if (bytes < 1024) {
      return exact;
    }
    double kib = bytes / 1024.0;
    String rounded =
        kib < 1024 ? String.format("%.1f KiB", kib) : String.format("%.1f MiB", kib / 1024);
    return rounded + " (" + exact + ")";
  }
}
