package dev.charcoal.ui.backend;

import dev.charcoal.model.Event;
import dev.charcoal.model.glob.GlobPattern;
import dev.charcoal.query.eval.FunctionSpec;
import dev.charcoal.query.eval.TimeSeries;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Predicate;

/**
 * A backend for tests: a fixed set of metric names, series made by a function of the target and the
 * window (or an error for targets registered as failing), and a record of every call and the thread
 * it came on.
 */
public final class FakeBackend implements Backend {
  /** One {@link #evaluate} call as received. */
  public record Evaluation(List<String> targets, long from, long until, int maxDataPoints) {}

  private final Set<String> metrics = new ConcurrentSkipListSet<>();
  private final Map<String, Function<Evaluation, List<TimeSeries>>> series =
      new ConcurrentHashMap<>();
  private final Map<String, BackendException> failures = new ConcurrentHashMap<>();
  private final List<Evaluation> evaluations = new CopyOnWriteArrayList<>();
  private final List<String> childrenCalls = new CopyOnWriteArrayList<>();
  private final List<String> threads = new CopyOnWriteArrayList<>();
  private final List<Event> events = new CopyOnWriteArrayList<>();
  private final List<List<String>> eventQueries = new CopyOnWriteArrayList<>();
  private volatile List<FunctionSpec> functions = List.of();
  private volatile Settings settings = Settings.defaults();
  private final List<Settings> savedSettings = new CopyOnWriteArrayList<>();
  private volatile BackendStatus status = new BackendStatus(Map.of(), 0, 0, "ok", List.of());
  private final Map<String, MetricFileInfo> fileInfos = new ConcurrentHashMap<>();
  private final Map<String, String> undeletable = new ConcurrentHashMap<>();
  private final List<DeletionPlan> deletions = new CopyOnWriteArrayList<>();

  public FakeBackend(String... metricNames) {
    Collections.addAll(metrics, metricNames);
  }

  /** A metric arriving while the app runs. */
  public void addMetric(String name) {
    metrics.add(name);
  }

  /** Makes {@link #fileInfo} answer {@code info} for its metric. */
  public FakeBackend withFileInfo(MetricFileInfo info) {
    fileInfos.put(info.metric(), info);
    return this;
  }

  /** Makes deleting {@code metric} fail with {@code message}; it stays. */
  public FakeBackend undeletable(String metric, String message) {
    undeletable.put(metric, message);
    return this;
  }

  /** Every plan {@link #delete} carried out, in order. */
  public List<DeletionPlan> deletions() {
    return deletions;
  }

  /** The metrics there are now. */
  public List<String> metricNames() {
    return List.copyOf(metrics);
  }

  /** Makes {@code target} evaluate to what {@code make} returns. */
  public FakeBackend withSeries(String target, Function<Evaluation, List<TimeSeries>> make) {
    series.put(target, make);
    return this;
  }

  /** Makes {@code target} fail with {@code message}. */
  public FakeBackend failing(String target, String message) {
    failures.put(target, new BackendException(message));
    return this;
  }

  /** Makes {@link #functions()} answer {@code specs}. */
  public FakeBackend withFunctions(List<FunctionSpec> specs) {
    this.functions = List.copyOf(specs);
    return this;
  }

  /** The tags of every {@link #events} call, in order. */
  public List<List<String>> eventQueries() {
    return eventQueries;
  }

  /** The events stored so far. */
  public List<Event> storedEvents() {
    return events;
  }

  public void setStatus(BackendStatus status) {
    this.status = status;
  }

  /** Every {@link #saveSettings} call, in order. */
  public List<Settings> savedSettings() {
    return savedSettings;
  }

  public List<Evaluation> evaluations() {
    return evaluations;
  }

  public List<String> childrenCalls() {
    return childrenCalls;
  }

  /** The names of the threads the backend was called on. */
  public List<String> threads() {
    return threads;
  }

  /**
   * A series of {@code values} starting at the evaluation's from, one value every {@code step}
   * seconds, with {@code options}.
   */
  public static TimeSeries series(
      String name, Evaluation e, long step, double[] values, Map<String, Object> options) {
    TimeSeries s =
        TimeSeries.of(name, name, e.from(), e.from() + step * values.length, step, values, 0);
    for (Map.Entry<String, Object> option : options.entrySet()) {
      s = s.withOption(option.getKey(), option.getValue());
    }
    return s;
  }

  @Override
  public Optional<MetricFileInfo> fileInfo(String metric) {
    called();
    return Optional.ofNullable(fileInfos.get(metric));
  }

  @Override
  public DeletionPlan planDeletion(List<String> leaves, List<String> subtrees) {
    called();
    TreeSet<String> planned = new TreeSet<>(leaves);
    for (String subtree : subtrees) {
      for (String metric : metrics) {
        if (metric.equals(subtree) || metric.startsWith(subtree + ".")) {
          planned.add(metric);
        }
      }
    }
    int files = (int) planned.stream().filter(fileInfos::containsKey).count();
    return new DeletionPlan(List.copyOf(planned), files);
  }

  @Override
  public DeletionResult delete(DeletionPlan plan, IntConsumer progress) {
    called();
    deletions.add(plan);
    List<String> errors = new ArrayList<>();
    int deleted = 0;
    int files = 0;
    for (String metric : plan.metrics()) {
      String problem = undeletable.get(metric);
      if (problem != null) {
        errors.add(metric + ": " + problem);
      } else if (metrics.remove(metric)) {
        deleted++;
        files += fileInfos.remove(metric) == null ? 0 : 1;
      }
      progress.accept(deleted + errors.size());
    }
    return new DeletionResult(deleted, files, errors);
  }

  @Override
  public List<MetricNode> children(String path) {
    called();
    childrenCalls.add(path);
    String prefix = path.isEmpty() ? "" : path + ".";
    Map<String, int[]> nodes = new TreeMap<>();
    for (String metric : metrics) {
      if (metric.startsWith(prefix)) {
        int dot = metric.indexOf('.', prefix.length());
        String child = dot < 0 ? metric : metric.substring(0, dot);
        int[] n = nodes.computeIfAbsent(child, k -> new int[3]);
        n[dot < 0 ? 0 : 1] = 1;
        n[2]++;
      }
    }
    List<MetricNode> result = new ArrayList<>();
    nodes.forEach((child, n) -> result.add(new MetricNode(child, n[0] == 1, n[1] == 1, n[2])));
    return result;
  }

  @Override
  public List<String> metrics(String globPattern, Predicate<String> filter, int limit) {
    called();
    GlobPattern glob = GlobPattern.compile(globPattern);
    return metrics.stream().filter(glob::matches).filter(filter).limit(limit).toList();
  }

  @Override
  public List<TimeSeries> evaluate(List<String> targets, long from, long until, int maxDataPoints)
      throws BackendException {
    called();
    Evaluation evaluation = new Evaluation(List.copyOf(targets), from, until, maxDataPoints);
    evaluations.add(evaluation);
    List<TimeSeries> result = new ArrayList<>();
    for (String target : targets) {
      BackendException failure = failures.get(target);
      if (failure != null) {
        throw failure;
      }
      Function<Evaluation, List<TimeSeries>> make = series.get(target);
      if (make != null) {
        result.addAll(make.apply(evaluation));
      }
    }
    return result;
  }

  @Override
  public List<FunctionSpec> functions() {
    called();
    return functions;
  }

  @Override
  public List<Event> events(long from, long until, List<String> tags) {
    called();
    eventQueries.add(List.copyOf(tags));
    return events.stream()
        .filter(e -> e.when() >= from && e.when() <= until)
        .filter(e -> tags.isEmpty() || e.tags().stream().anyMatch(tags::contains))
        .toList();
  }

  @Override
  public Event addEvent(Event event) {
    called();
    Event stored =
        new Event(events.size() + 1, event.when(), event.what(), event.tags(), event.data());
    events.add(stored);
    return stored;
  }

  @Override
  public BackendStatus status() {
    called();
    return status;
  }

  @Override
  public Settings settings() {
    called();
    return settings;
  }

  @Override
  public void saveSettings(Settings newSettings) {
    called();
    savedSettings.add(newSettings);
    settings = newSettings;
  }

  private void called() {
    threads.add(Thread.currentThread().getName());
  }
}
