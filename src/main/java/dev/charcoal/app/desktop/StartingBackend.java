package dev.charcoal.app.desktop;

import dev.charcoal.model.Event;
import dev.charcoal.query.eval.FunctionSpec;
import dev.charcoal.query.eval.TimeSeries;
import dev.charcoal.ui.backend.Backend;
import dev.charcoal.ui.backend.BackendException;
import dev.charcoal.ui.backend.BackendStatus;
import dev.charcoal.ui.backend.DeletionPlan;
import dev.charcoal.ui.backend.DeletionResult;
import dev.charcoal.ui.backend.DisconnectedBackend;
import dev.charcoal.ui.backend.MetricFileInfo;
import dev.charcoal.ui.backend.MetricNode;
import dev.charcoal.ui.backend.Settings;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.IntConsumer;
import java.util.function.Predicate;

/**
 * The window's backend while the services start behind it, so that the window need not wait for
 * them: every call waits for the real backend, then goes to it. The UI calls a backend only on its
 * background executor, so the waiting never holds up the FX thread; the status bar says "starting…"
 * until its first status comes. A start that fails completes with a {@link DisconnectedBackend}
 * saying why.
 *
 * <p>Every method of {@link Backend} is forwarded, defaults included (a test checks it): a default
 * left to itself would answer for the services.
 */
final class StartingBackend implements Backend {
  private final CompletableFuture<? extends Backend> started;

  /** {@code started} completes with the real backend, or one that says why there is none. */
  StartingBackend(CompletableFuture<? extends Backend> started) {
    this.started = started;
  }

  private Backend backend() throws BackendException {
    try {
      return started.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BackendException("interrupted while Charcoal starts");
    } catch (ExecutionException e) {
      throw new BackendException("Charcoal did not start: " + e.getCause().getMessage());
    }
  }

  /** For the methods that cannot say why they failed: an empty answer when the wait fails. */
  private Backend backendOrDisconnected() {
    try {
      return backend();
    } catch (BackendException e) {
      return new DisconnectedBackend(e.getMessage());
    }
  }

  @Override
  public List<MetricNode> children(String path) throws BackendException {
    return backend().children(path);
  }

  @Override
  public List<String> metrics(String globPattern, Predicate<String> filter, int limit)
      throws BackendException {
    return backend().metrics(globPattern, filter, limit);
  }

  @Override
  public List<TimeSeries> evaluate(List<String> targets, long from, long until, int maxDataPoints)
      throws BackendException {
    return backend().evaluate(targets, from, until, maxDataPoints);
  }

  @Override
  public List<FunctionSpec> functions() {
    return backendOrDisconnected().functions();
  }

  @Override
  public List<Event> events(long from, long until, List<String> tags) throws BackendException {
    return backend().events(from, until, tags);
  }

  @Override
  public Event addEvent(Event event) throws BackendException {
    return backend().addEvent(event);
  }

  @Override
  public BackendStatus status() {
    return backendOrDisconnected().status();
  }

  @Override
  public Settings settings() throws BackendException {
    return backend().settings();
  }

  @Override
  public void saveSettings(Settings settings) throws BackendException {
    backend().saveSettings(settings);
  }

  @Override
  public Optional<MetricFileInfo> fileInfo(String metric) throws BackendException {
    return backend().fileInfo(metric);
  }

  @Override
  public DeletionPlan planDeletion(List<String> metrics, List<String> subtrees)
      throws BackendException {
    return backend().planDeletion(metrics, subtrees);
  }

  @Override
  public DeletionResult delete(DeletionPlan plan, IntConsumer progress) throws BackendException {
    return backend().delete(plan, progress);
  }
}
