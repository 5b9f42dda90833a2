package dev.charcoal.ui.backend;

import dev.charcoal.model.Event;
import dev.charcoal.query.eval.FunctionSpec;
import dev.charcoal.query.eval.TimeSeries;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.function.Predicate;

/**
 * A backend with nothing behind it: an empty tree, and a status that says why. The window opens on
 * it when no real services were handed to the launcher.
 */
public final class DisconnectedBackend implements Backend {
  private final String reason;

  public DisconnectedBackend(String reason) {
    this.reason = reason;
  }

  @Override
  public List<MetricNode> children(String path) {
    return List.of();
  }

  @Override
  public List<String> metrics(String globPattern, Predicate<String> filter, int limit) {
    return List.of();
  }

  @Override
  public List<TimeSeries> evaluate(List<String> targets, long from, long until, int maxDataPoints)
      throws BackendException {
    throw new BackendException(reason);
  }

  @Override
  public List<FunctionSpec> functions() {
    return List.of();
  }

  @Override
  public List<Event> events(long from, long until, List<String> tags) {
    return List.of();
  }

  @Override
  public Event addEvent(Event event) throws BackendException {
    throw new BackendException(reason);
  }

  @Override
  public Optional<MetricFileInfo> fileInfo(String metric) throws BackendException {
    throw new BackendException(reason);
  }

  @Override
  public DeletionPlan planDeletion(List<String> metrics, List<String> subtrees)
      throws BackendException {
    throw new BackendException(reason);
  }

  @Override
  public DeletionResult delete(DeletionPlan plan, IntConsumer progress) throws BackendException {
    throw new BackendException(reason);
  }

  @Override
  public BackendStatus status() {
    return new BackendStatus(Map.of(), 0, 0, "none", List.of(reason));
  }
}
