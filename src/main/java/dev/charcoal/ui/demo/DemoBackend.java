package dev.charcoal.ui.demo;

import dev.charcoal.model.Event;
import dev.charcoal.model.Retention;
import dev.charcoal.model.glob.GlobPattern;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.EvalLimits;
import dev.charcoal.query.eval.Evaluator;
import dev.charcoal.query.eval.FunctionSpec;
import dev.charcoal.query.eval.RenderRequest;
import dev.charcoal.query.eval.TimeSeries;
import dev.charcoal.query.function.StandardFunctions;
import dev.charcoal.query.parse.TargetParseException;
import dev.charcoal.ui.backend.Backend;
import dev.charcoal.ui.backend.BackendException;
import dev.charcoal.ui.backend.BackendStatus;
import dev.charcoal.ui.backend.DeletionPlan;
import dev.charcoal.ui.backend.DeletionResult;
import dev.charcoal.ui.backend.MetricFileInfo;
import dev.charcoal.ui.backend.MetricNode;
import dev.charcoal.ui.backend.Settings;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.function.Predicate;

/**
 * Synthetic data for trying the window without a store ({@code -Dcharcoal.demo=true}): the metrics
 * of {@link DemoSignals}, kept as whisper would (10 s for a day, 1 min for a week, 10 min beyond),
 * evaluated by the real render evaluator and functions, and in-memory events.
 */
public final class DemoBackend implements Backend {
  /** What the demo window opens with. */
  public static final List<List<String>> STARTER_PANES =
      List.of(
          List.of("servers.web*.cpu.user"),
          List.of("apps.checkout.latency.*"),
          List.of("sumSeries(apps.*.requests.count)", "apps.*.requests.errors"),
          List.of("servers.web3.cpu.system", "servers.web3.cpu.iowait"));

  private static final long FINE_STEP = 10;
  private static final long MEDIUM_STEP = 60;
  private static final long COARSE_STEP = 600;
  private static final long FINE_AGE = 86_400;
  private static final long MEDIUM_AGE = 7 * 86_400;
  private static final long POINTS_PER_METRIC_SECOND = FINE_STEP;

  private final InstantSource clock;
  private final Instant started;

  /** The demo's archives, as its fetch keeps them (and a coarse one for five years). */
  private static final List<Retention> ARCHIVES =
      List.of(
          new Retention(FINE_STEP, FINE_AGE / FINE_STEP),
          new Retention(MEDIUM_STEP, MEDIUM_AGE / MEDIUM_STEP),
          new Retention(COARSE_STEP, 5 * 365 * 86_400 / COARSE_STEP));

  /** whisper's header (16 bytes) and archive table (12 bytes each), then 12 bytes a point. */
  private static final long FILE_SIZE =
      16 + 12 * ARCHIVES.size() + 12 * ARCHIVES.stream().mapToLong(Retention::points).sum();

  private final List<String> metrics = new CopyOnWriteArrayList<>(DemoSignals.metrics());
  private final Evaluator evaluator;
  private final List<Event> events = new CopyOnWriteArrayList<>();
  private final AtomicLong eventIds = new AtomicLong();
  private volatile Settings settings = Settings.defaults(); // the demo keeps them in memory

  public DemoBackend(InstantSource clock) {
    this.clock = clock;
    this.started = clock.instant();
    this.evaluator =
        new Evaluator(
            this::fetch,
            StandardFunctions.registry(),
            (tags, from, until) -> events(from, until, tags),
            EvalLimits.DEFAULT);
  }

  @Override
  public List<MetricNode> children(String path) {
    String prefix = path.isEmpty() ? "" : path + ".";
    Map<String, int[]> counts = new TreeMap<>(); // child path -> {leaf?, metrics below or at}
    for (String metric : metrics) {
      if (!metric.startsWith(prefix)) {
        continue;
      }
      int dot = metric.indexOf('.', prefix.length());
      String child = dot < 0 ? metric : metric.substring(0, dot);
      int[] c = counts.computeIfAbsent(child, k -> new int[3]);
      if (dot < 0) {
        c[0] = 1;
      } else {
        c[1] = 1;
      }
      c[2]++;
    }
    List<MetricNode> nodes = new ArrayList<>();
    counts.forEach((child, c) -> nodes.add(new MetricNode(child, c[0] == 1, c[1] == 1, c[2])));
    return nodes;
  }

  @Override
  public List<String> metrics(String globPattern, Predicate<String> filter, int limit)
      throws BackendException {
    GlobPattern glob = compile(globPattern);
    return metrics.stream().filter(glob::matches).filter(filter).limit(limit).toList();
  }

  @Override
  public List<TimeSeries> evaluate(List<String> targets, long from, long until, int maxDataPoints)
      throws BackendException {
    long now = clock.instant().getEpochSecond();
    try {
      return evaluator.evaluate(
          new RenderRequest(targets, from, until, now, ZoneId.systemDefault(), Map.of(), 0));
    } catch (EvalException e) {
      // the evaluator wraps parse errors; their position is what the editor underlines
      int position =
          e.getCause() instanceof TargetParseException parse
              ? parse.position()
              : BackendException.NO_POSITION;
      throw new BackendException(e.getMessage(), position, e);
    } catch (IllegalArgumentException e) {
      throw new BackendException(e.getMessage(), BackendException.NO_POSITION, e);
    }
  }

  @Override
  public List<FunctionSpec> functions() {
    return StandardFunctions.registry().specs();
  }

  @Override
  public List<Event> events(long from, long until, List<String> tags) {
    return events.stream()
        .filter(e -> e.when() >= from && e.when() <= until)
        .filter(e -> tags.isEmpty() || e.tags().stream().anyMatch(tags::contains))
        .toList();
  }

  @Override
  public Event addEvent(Event event) {
    Event stored =
        new Event(
            eventIds.incrementAndGet(), event.when(), event.what(), event.tags(), event.data());
    events.add(stored);
    return stored;
  }

  /** A made-up file laid out as the demo's fetch behaves, written at the last 10 s step. */
  @Override
  public Optional<MetricFileInfo> fileInfo(String metric) {
    if (!metrics.contains(metric)) {
      return Optional.empty();
    }
    long now = clock.instant().getEpochSecond();
    return Optional.of(
        new MetricFileInfo.Written(
            metric,
            "(demo, no file) whisper/" + metric.replace('.', '/') + ".wsp",
            now % FINE_STEP,
            FILE_SIZE,
            new MetricFileInfo.FileLayout(ARCHIVES, "average", 0.5f, 5 * 365 * 86_400L),
            now - now % FINE_STEP,
            now - now % FINE_STEP));
  }

  @Override
  public DeletionPlan planDeletion(List<String> leaves, List<String> subtrees) {
    TreeSet<String> planned = new TreeSet<>(leaves);
    for (String metric : metrics) {
      for (String subtree : subtrees) {
        if (metric.equals(subtree) || metric.startsWith(subtree + ".")) {
          planned.add(metric);
        }
      }
    }
    planned.retainAll(metrics);
    return new DeletionPlan(List.copyOf(planned), planned.size());
  }

  /** Forgets the metrics until the demo restarts. */
  @Override
  public DeletionResult delete(DeletionPlan plan, IntConsumer progress) {
    int deleted = 0;
    for (String metric : plan.metrics()) {
      if (metrics.remove(metric)) {
        deleted++;
      }
      progress.accept(deleted);
    }
    return new DeletionResult(deleted, deleted, List.of());
  }

  @Override
  public BackendStatus status() {
    long seconds = clock.instant().getEpochSecond() - started.getEpochSecond();
    long received = seconds * metrics.size() / POINTS_PER_METRIC_SECOND;
    return new BackendStatus(
        Map.of("demo", "synthetic data, no listeners"),
        received,
        received % 500,
        "ok (demo)",
        List.of());
  }

  @Override
  public Settings settings() {
    return settings;
  }

  @Override
  public void saveSettings(Settings newSettings) {
    settings = newSettings;
  }

  /** The fetch phase over the synthetic metrics, with whisper's archive choice and alignment. */
  private List<TimeSeries> fetch(
      String pathExpression, long from, long until, long now, double xFilesFactor)
      throws EvalException {
    if (pathExpression.startsWith("seriesByTag(")) {
      return List.of();
    }
    GlobPattern glob;
    try {
      glob = GlobPattern.compile(pathExpression);
    } catch (IllegalArgumentException e) {
      throw new EvalException(e.getMessage(), e);
    }
    long age = now - from;
    long step = age <= FINE_AGE ? FINE_STEP : age <= MEDIUM_AGE ? MEDIUM_STEP : COARSE_STEP;
    // whisper.fetch: both ends rounded down to the step, then one step on.
    long start = from - Math.floorMod(from, step) + step;
    long end = until - Math.floorMod(until, step) + step;
    int n = (int) Math.max(0, (end - start) / step);
    List<TimeSeries> result = new ArrayList<>();
    for (String metric : metrics) {
      if (!glob.matches(metric)) {
        continue;
      }
      double[] values = new double[n];
      for (int i = 0; i < n; i++) {
        long t = start + i * step;
        values[i] = t > now ? Double.NaN : DemoSignals.value(metric, t);
      }
      result.add(TimeSeries.of(metric, pathExpression, start, end, step, values, xFilesFactor));
    }
    return result;
  }

  private static GlobPattern compile(String pattern) throws BackendException {
    try {
      return GlobPattern.compile(pattern);
    } catch (IllegalArgumentException e) {
      throw new BackendException(e.getMessage());
    }
  }
}
