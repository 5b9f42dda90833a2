package dev.charcoal.ui.backend;

import dev.charcoal.model.Event;
import dev.charcoal.query.eval.FunctionSpec;
import dev.charcoal.query.eval.TimeSeries;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.function.Predicate;

/**
 * Everything the desktop app asks of the running Charcoal: the one facade between the JavaFX
 * classes and the store, query and event services. The app's composition root implements it over
 * the real services; tests and the demo mode use fakes.
 *
 * <p>Every method may block (disk, evaluation): the UI calls them only on its background executor,
 * never on the FX thread, so implementations need not be fast, only thread-safe.
 */
public interface Backend {
  /**
   * The direct children of a tree node, sorted by name: {@code ""} for the top level, else a dotted
   * path such as {@code servers.web1}. A name that is both a metric and a branch is one node with
   * both flags set. An unknown path has no children.
   */
  List<MetricNode> children(String path) throws BackendException;

  /**
   * Metric names (leaves) matching {@code globPattern} (graphite's glob, {@code **} for any depth)
   * and {@code filter}, sorted, at most {@code limit} of them: the tree's search box narrows with
   * the glob through the index, then filters by substring.
   */
  List<String> metrics(String globPattern, Predicate<String> filter, int limit)
      throws BackendException;

  /**
   * Evaluates render targets over {@code [from, until]} (epoch seconds) as {@code /render} does,
   * consolidated to at most {@code maxDataPoints} points per series where the implementation does
   * that (graphite's maxDataPoints); the UI consolidates whatever it gets to its pixel width
   * anyway. Values are NaN where graphite has None; {@link TimeSeries#options()} carry the graph
   * options ({@code secondYAxis}, {@code stacked}, {@code color}, {@code dashed}, {@code
   * lineWidth}…).
   *
   * @throws BackendException a target that does not parse (with its position) or does not evaluate
   */
  List<TimeSeries> evaluate(List<String> targets, long from, long until, int maxDataPoints)
      throws BackendException;

  /** The render functions' metadata, for the expression editor's completion and docs. */
  List<FunctionSpec> functions();

  /** Events in {@code [from, until]} (epoch seconds) with any of {@code tags} (empty: all). */
  List<Event> events(long from, long until, List<String> tags) throws BackendException;

  /** Stores an event ({@code id} is ignored) and returns it as stored. */
  Event addEvent(Event event) throws BackendException;

  /** What the status bar shows; cheap, polled every few seconds. */
  BackendStatus status();

  /**
   * The settings in force (as saved), for the settings dialog. The default is Charcoal's defaults,
   * for backends that keep no settings.
   */
  default Settings settings() throws BackendException {
    return Settings.defaults();
  }

  /**
   * Saves settings the dialog has checked. Listener and StatsD changes apply when the listeners
   * next start; an implementation may apply more at once. The default refuses: a backend without
   * settings cannot keep them.
   *
   * @throws BackendException they cannot be saved (the message says why)
   */
  default void saveSettings(Settings settings) throws BackendException {
    throw new BackendException("settings cannot be saved without a running Charcoal");
  }

  /**
   * What is known of a metric's whisper file: its layout and size, the layout it will get if its
   * points are only in the cache so far, or why it cannot be read; empty when the metric has
   * neither a file nor points waiting. The default knows no files.
   */
  default Optional<MetricFileInfo> fileInfo(String metric) throws BackendException {
    return Optional.empty();
  }

  /**
   * What deleting {@code metrics} and everything at or below the tree nodes {@code subtrees}
   * (literal dotted paths) would remove. The default refuses: a backend without a store has nothing
   * to delete.
   */
  default DeletionPlan planDeletion(List<String> metrics, List<String> subtrees)
      throws BackendException {
    throw new BackendException("metrics cannot be deleted without a running Charcoal");
  }

  /**
   * Deletes the plan's metrics (their files, cached points and index entries), telling {@code
   * progress} how many are done as it goes (on the calling thread). Metrics that cannot be deleted
   * are listed in the result; the others go all the same.
   *
   * @throws BackendException nothing could be deleted (the store is closed)
   */
  default DeletionResult delete(DeletionPlan plan, IntConsumer progress) throws BackendException {
    throw new BackendException("metrics cannot be deleted without a running Charcoal");
  }
}
