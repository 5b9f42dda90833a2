package dev.charcoal.ui.main;

import dev.charcoal.ui.backend.Backend;
import dev.charcoal.ui.backend.BackendStatus;
import dev.charcoal.ui.chart.ValueFormat;
import dev.charcoal.ui.task.BackgroundTasks;
import dev.charcoal.ui.task.Slot;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The bottom line: where the listeners are, points received per second, points waiting in the
 * cache, the write-ahead log's state, the errors the user should know of, and the data directory;
 * while the data dir is still being indexed at start, how far that got. Polls the backend every
 * {@link #POLL_INTERVAL} in the background. Until the first answer (the services may still be
 * starting behind the open window) it says "starting…".
 */
public final class StatusBar extends HBox {
  /** How often the status is asked for. */
  public static final Duration POLL_INTERVAL = Duration.seconds(2);

  private static final String ERROR = "status-error";

  private final Backend backend;
  private final InstantSource clock;
  private final Slot polls;
  private final RateMeter rate = new RateMeter();
  private final Label listeners = label("statusListeners");
  private final Label received = label("statusRate");
  private final Label cache = label("statusCache");
  private final Label wal = label("statusWal");
  private final Label errors = label("statusErrors");
  private final Label indexing = label("statusIndexing");
  private final Timeline timer;
  private Runnable onIndexed = () -> {};

  public StatusBar(Backend backend, BackgroundTasks tasks, InstantSource clock, Path dataDir) {
    this.backend = backend;
    this.clock = clock;
    this.polls = tasks.slot();
    getStyleClass().add("status-bar");
    setSpacing(16);
    Label data = label("dataDirLabel");
    data.setMinWidth(0);
    data.setText("data: " + dataDir);
    data.setTooltip(new Tooltip("Data directory: " + dataDir));
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    listeners.setText("starting…");
    received.setText("– points/s");
    indexing.managedProperty().bind(indexing.visibleProperty());
    indexing.setVisible(false);
    getChildren().addAll(listeners, received, cache, wal, indexing, errors, spacer, data);
    timer = new Timeline(new KeyFrame(POLL_INTERVAL, e -> poll()));
    timer.setCycleCount(Animation.INDEFINITE);
  }

  /** Starts polling (the first poll at once). */
  public void start() {
    poll();
    timer.play();
  }

  /** Stops polling. */
  public void stop() {
    timer.stop();
  }

  /** Runs {@code action} when a status shows the start-up indexing over, having shown it run. */
  public void setOnIndexed(Runnable action) {
    onIndexed = action;
  }

  /** Asks the backend for its status now. */
  public void poll() {
    polls.run(
        () -> new Sample(clock.instant(), backend.status()),
        sample -> show(sample.time(), sample.status()),
        e -> showError("status unavailable: " + e.getMessage()));
  }

  private record Sample(Instant time, BackendStatus status) {}

  private void show(Instant time, BackendStatus status) {
    listeners.setText(status.listeners().isEmpty() ? "no listeners" : compact(status.listeners()));
    listeners.setTooltip(
        new Tooltip(
            status.listeners().entrySet().stream()
                .map(e -> e.getKey() + "  " + e.getValue())
                .collect(Collectors.joining("\n"))));
    OptionalDouble perSecond = rate.sample(time, status.receivedPoints());
    if (perSecond.isPresent()) {
      received.setText(ValueFormat.format(Math.round(perSecond.getAsDouble())) + " points/s");
    }
    cache.setText("cache " + ValueFormat.format(status.cachedPoints()) + " points");
    wal.setText("WAL " + status.walState());
    boolean wasIndexing = indexing.isVisible();
    indexing.setVisible(status.indexing() != BackendStatus.INDEXED);
    if (wasIndexing && !indexing.isVisible()) {
      onIndexed.run();
    }
    indexing.setText("indexing… " + ValueFormat.format(status.indexing()) + " metrics so far");
    List<String> problems = status.errors();
    if (problems.isEmpty()) {
      errors.setText("no errors");
      errors.setTooltip(null);
      errors.getStyleClass().remove(ERROR);
    } else {
      showError(
          problems.size() == 1
              ? problems.get(0)
              : problems.size() + " errors, last: " + problems.get(problems.size() - 1));
      errors.setTooltip(new Tooltip(String.join("\n", problems)));
    }
  }

  private void showError(String message) {
    errors.setText(message);
    if (!errors.getStyleClass().contains(ERROR)) {
      errors.getStyleClass().add(ERROR);
    }
  }

  /**
   * {@code carbon :2003 · pickle :2004 · statsd :8125 · http :8080}: one entry per protocol and
   * port (TCP and UDP twins share one), the hosts in the tooltip, so the bar stays one short line.
   */
  static String compact(Map<String, String> listeners) {
    Map<String, String> byProtocol = new LinkedHashMap<>();
    listeners.forEach(
        (name, address) -> {
          String protocol = name.replaceFirst("-(tcp|udp)$", "");
          String port = ":" + address.substring(address.lastIndexOf(':') + 1);
          byProtocol.merge(protocol, port, (a, b) -> a.equals(b) ? a : a + "/" + b);
        });
    return byProtocol.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(" · "));
  }

  private static Label label(String id) {
    Label label = new Label();
    // Every item keeps its text whole; only the data dir, last, gives way.
    label.setMinWidth(Region.USE_PREF_SIZE);
    label.setId(id);
    label.getStyleClass().add("status-item");
    return label;
  }
}
