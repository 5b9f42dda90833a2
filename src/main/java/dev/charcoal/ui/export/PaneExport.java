package dev.charcoal.ui.export;

import dev.charcoal.query.eval.TimeSeries;
import dev.charcoal.ui.Notices;
import dev.charcoal.ui.backend.Backend;
import dev.charcoal.ui.backend.BackendException;
import dev.charcoal.ui.chart.ChartPane;
import dev.charcoal.ui.task.AtomicFiles;
import dev.charcoal.ui.task.BackgroundTasks;
import dev.charcoal.ui.time.TimeWindow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Exports a chart pane: its series as graphite's render JSON or CSV (evaluated again over the
 * pane's time range at full resolution, not the pixel-consolidated points on screen), or the pane
 * as a PNG picture. The file is chosen on the FX thread; evaluation, encoding and writing run in
 * the background, and the result comes back as a notice.
 */
public final class PaneExport {
  /** Asks the backend not to consolidate: an export holds every point, as {@code /render}. */
  static final int NO_CONSOLIDATION = Integer.MAX_VALUE;

  /** Longest part of a suggested file name taken from the pane's first target. */
  private static final int MAX_NAME = 60;

  private final Backend backend;
  private final BackgroundTasks tasks;
  private final ZoneId zone;
  private SaveLocation location;
  private final Notices notices;

  public PaneExport(
      Backend backend, BackgroundTasks tasks, ZoneId zone, SaveLocation location, Notices notices) {
    this.backend = Objects.requireNonNull(backend, "backend");
    this.tasks = Objects.requireNonNull(tasks, "tasks");
    this.zone = Objects.requireNonNull(zone, "zone");
    this.location = Objects.requireNonNull(location, "location");
    this.notices = Objects.requireNonNull(notices, "notices");
  }

  /** Replaces how the file is chosen (tests answer without the system dialog). */
  public void setSaveLocation(SaveLocation newLocation) {
    location = Objects.requireNonNull(newLocation, "newLocation");
  }

  /**
   * "Export as JSON…", "as CSV…", "as PNG…" for the pane and time window the suppliers give when
   * chosen; with the formats' accelerators for the menu bar (a key belongs to one item only).
   */
  public List<MenuItem> menuItems(
      Supplier<ChartPane> pane, Supplier<TimeWindow> window, boolean withAccelerators) {
    List<MenuItem> items = new ArrayList<>();
    for (ExportFormat format : ExportFormat.values()) {
      MenuItem item = new MenuItem("Export as " + format.name() + "…");
      item.setId("export" + format.name() + (withAccelerators ? "" : "Pane"));
      if (withAccelerators) {
        item.setAccelerator(format.accelerator());
      }
      item.setOnAction(e -> export(pane.get(), window.get(), format));
      items.add(item);
    }
    return items;
  }

  /** Asks where, then exports {@code pane} over {@code window} as {@code format}. FX thread. */
  public void export(ChartPane pane, TimeWindow window, ExportFormat format) {
    if (pane == null) {
      notices.error("No pane to export: click into a chart pane first.");
      return;
    }
    List<String> targets = List.copyOf(pane.model().targets());
    if (targets.isEmpty() && format != ExportFormat.PNG) {
      notices.error("Nothing to export: the pane has no targets.");
      return;
    }
    var owner = pane.getScene() == null ? null : pane.getScene().getWindow();
    Path file = location.choose(owner, format, suggestedName(targets, format)).orElse(null);
    if (file == null) {
      return;
    }
    if (format == ExportFormat.PNG) {
      WritableImage image = pane.snapshot(null, null);
      tasks.run(
          () -> {
            AtomicFiles.write(file, png(image));
            return "Exported the chart to " + file;
          },
          notices::info,
          e -> notices.error("Cannot export to " + file + ": " + e.getMessage()));
      return;
    }
    tasks.run(
        () -> writeSeries(targets, window, format, file),
        notices::info,
        e -> notices.error("Cannot export to " + file + ": " + e.getMessage()));
  }

  private String writeSeries(
      List<String> targets, TimeWindow window, ExportFormat format, Path file)
      throws IOException, BackendException {
    List<TimeSeries> series = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    for (String target : targets) {
      try {
        series.addAll(
            backend.evaluate(
                List.of(target), window.fromSecond(), window.untilSecond(), NO_CONSOLIDATION));
      } catch (BackendException e) {
        failed.add(target + ": " + e.getMessage());
      }
    }
    if (series.isEmpty() && !failed.isEmpty()) {
      throw new BackendException(String.join("; ", failed));
    }
    String text =
        format == ExportFormat.JSON
            ? GraphiteJson.encode(series)
            : GraphiteCsv.encode(series, zone);
    AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
    String done = "Exported " + series.size() + " series to " + file;
    return failed.isEmpty() ? done : done + " (left out " + String.join("; ", failed) + ")";
  }

  private static byte[] png(WritableImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out)) {
      throw new IOException("no PNG writer available");
    }
    return out.toByteArray();
  }

  /** {@code charcoal-servers.web1.cpu.json}: the first target with unsafe characters replaced. */
  static String suggestedName(List<String> targets, ExportFormat format) {
    String base = targets.isEmpty() ? "chart" : targets.get(0).replaceAll("[^A-Za-z0-9._-]", "_");
    if (base.length() > MAX_NAME) {
      base = base.substring(0, MAX_NAME);
    }
    return "charcoal-" + base + "." + format.extension();
  }
}
