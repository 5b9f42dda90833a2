package dev.charcoal.app.desktop;

import dev.charcoal.api.ApiBackend;
import dev.charcoal.app.serve.Services;
import dev.charcoal.events.SetMode;
import dev.charcoal.model.Event;
import dev.charcoal.model.MetricName;
import dev.charcoal.model.glob.GlobPattern;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.FunctionSpec;
import dev.charcoal.query.eval.RenderRequest;
import dev.charcoal.query.eval.TimeSeries;
import dev.charcoal.query.parse.TargetParseException;
import dev.charcoal.store.DeleteReport;
import dev.charcoal.store.MetricFile;
import dev.charcoal.store.MetricIndex;
import dev.charcoal.store.wal.WalStatus;
import dev.charcoal.ui.backend.Backend;
import dev.charcoal.ui.backend.BackendException;
import dev.charcoal.ui.backend.BackendStatus;
import dev.charcoal.ui.backend.DeletionPlan;
import dev.charcoal.ui.backend.DeletionResult;
import dev.charcoal.ui.backend.MetricFileInfo;
import dev.charcoal.ui.backend.MetricNode;
import dev.charcoal.ui.backend.Settings;
import dev.charcoal.ui.settings.SettingsFiles;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The desktop app's {@link Backend} over the running {@link Services}: the same index, evaluator,
 * function registry and event store as {@code charcoal serve}'s HTTP API.
 */
final class ServicesBackend implements Backend {
  /** Metrics deleted per call to the store: progress shows between two. */
  static final int DELETE_CHUNK = 500;

  private final Services services;
  private final ApiBackend api;
  private final InstantSource clock;
  private final Supplier<List<String>> problems;
  private final SettingsFiles settingsFiles;

  ServicesBackend(
      Services services, InstantSource clock, List<String> startupErrors, Path dataDir) {
    this(services, clock, fixed(startupErrors), dataDir);
  }

  /**
   * @param problems the problems to show, read at every status: start-up's, then those found in the
   *     background (the index scan's)
   */
  ServicesBackend(
      Services services, InstantSource clock, Supplier<List<String>> problems, Path dataDir) {
    this.services = services;
    this.settingsFiles = new SettingsFiles(dataDir);
    this.api = services.api();
    this.clock = clock;
    this.problems = problems;
  }

  private static Supplier<List<String>> fixed(List<String> problems) {
    List<String> copy = List.copyOf(problems);
    return () -> copy;
  }

  @Override
  public List<MetricNode> children(String path) throws BackendException {
    GlobPattern pattern;
    try {
      pattern = GlobPattern.compile(path.isEmpty() ? "*" : escape(path) + ".*");
    } catch (IllegalArgumentException e) {
      throw new BackendException("cannot list " + path + ": " + e.getMessage());
    }
    Map<String, boolean[]> kinds = new LinkedHashMap<>();
    for (MetricIndex.Node node : api.index().find(pattern)) {
      boolean[] kind = kinds.computeIfAbsent(node.path(), p -> new boolean[2]);
      kind[node.leaf() ? 0 : 1] = true;
    }
    List<MetricNode> nodes = new ArrayList<>(kinds.size());
    kinds.forEach(
        (nodePath, kind) -> nodes.add(new MetricNode(nodePath, kind[0], kind[1], count(nodePath))));
    return nodes;
  }

  /** The index keeps a count per node: a few lookups, however many metrics lie below. */
  private int count(String nodePath) {
    int count = api.index().count(nodePath);
    return count == MetricIndex.UNKNOWN_COUNT ? MetricNode.UNKNOWN_COUNT : count;
  }

  /** A tree path is literal: its wildcard characters must not match other names. */
  private static String escape(String path) {
    return path.replaceAll("([*?\\[])", "[$1]");
  }

  @Override
  public List<String> metrics(String globPattern, Predicate<String> filter, int limit)
      throws BackendException {
    try {
      return api.index().metrics(GlobPattern.compile(globPattern)).stream()
          .filter(filter)
          .limit(limit)
          .toList();
    } catch (IllegalArgumentException e) {
      throw new BackendException(globPattern + ": " + e.getMessage());
    }
  }

  @Override
  public List<TimeSeries> evaluate(List<String> targets, long from, long until, int maxDataPoints)
      throws BackendException {
    RenderRequest request =
        new RenderRequest(
            targets,
            from,
            until,
            clock.instant().getEpochSecond(),
            ZoneId.systemDefault(),
            Map.of(),
            0);
    try {
      return api.evaluator().evaluate(request);
    } catch (EvalException e) {
      int position =
          e.getCause() instanceof TargetParseException parse
              ? parse.position()
              : BackendException.NO_POSITION;
      throw new BackendException(e.getMessage(), position, e);
    } catch (RuntimeException e) {
      throw new BackendException("cannot evaluate: " + e.getMessage(), -1, e);
    }
  }

  @Override
  public List<FunctionSpec> functions() {
    return api.functions().specs();
  }

  @Override
  public List<Event> events(long from, long until, List<String> tags) throws BackendException {
    try {
      return api.events()
          .find(
              Instant.ofEpochSecond(from),
              Instant.ofEpochSecond(until),
              tags.isEmpty() ? null : tags,
              SetMode.UNION);
    } catch (RuntimeException e) {
      throw new BackendException("events: " + e.getMessage(), -1, e);
    }
  }

  @Override
  public Event addEvent(Event event) throws BackendException {
    try {
      long id =
          api.events()
              .add(
                  event.what(),
                  String.join(" ", event.tags()),
                  Instant.ofEpochSecond(event.when()),
                  event.data());
      return api.events().get(id).orElse(event);
    } catch (RuntimeException e) {
      throw new BackendException("cannot add the event: " + e.getMessage(), -1, e);
    }
  }

  @Override
  public Settings settings() throws BackendException {
    try {
      return settingsFiles.load();
    } catch (IOException | RuntimeException e) {
      throw new BackendException("cannot read the settings: " + e.getMessage(), -1, e);
    }
  }

  @Override
  public void saveSettings(Settings settings) throws BackendException {
    try {
      settingsFiles.save(settings);
    } catch (IOException | RuntimeException e) {
      throw new BackendException("cannot save the settings: " + e.getMessage(), -1, e);
    }
  }

  @Override
  public Optional<MetricFileInfo> fileInfo(String metric) {
    return services.store().describe(metric).map(ServicesBackend::info);
  }

  private static MetricFileInfo info(MetricFile file) {
    String path = file.path().toString();
    if (file instanceof MetricFile.Written w) {
      return new MetricFileInfo.Written(
          w.metric(),
          path,
          w.cachedPoints(),
          w.size(),
          layout(w.layout()),
          w.lastPoint(),
          w.modified().getEpochSecond());
    }
    if (file instanceof MetricFile.NotCreated n) {
      return new MetricFileInfo.NotYetWritten(
          n.metric(), path, n.cachedPoints(), layout(n.planned()));
    }
    MetricFile.Unreadable u = (MetricFile.Unreadable) file;
    return new MetricFileInfo.Unreadable(u.metric(), path, u.cachedPoints(), u.problem());
  }

  private static MetricFileInfo.FileLayout layout(MetricFile.Layout layout) {
    return new MetricFileInfo.FileLayout(
        layout.archives(),
        layout.method().configName(),
        layout.xFilesFactor(),
        layout.maxRetention());
  }

  @Override
  public DeletionPlan planDeletion(List<String> metrics, List<String> subtrees) {
    TreeSet<String> all = new TreeSet<>(MetricName.CODE_POINT_ORDER);
    all.addAll(metrics);
    for (String subtree : subtrees) {
      all.addAll(api.index().metricsAtOrBelow(subtree));
    }
    int files = 0;
    for (String metric : all) {
      if (services.store().hasFile(metric)) {
        files++;
      }
    }
    return new DeletionPlan(List.copyOf(all), files);
  }

  /**
   * Deletes in chunks, so progress shows and ingest waits on the persister for one chunk at a time,
   * then checkpoints, so the write-ahead log cannot bring the metrics back after a crash.
   */
  @Override
  public DeletionResult delete(DeletionPlan plan, IntConsumer progress) throws BackendException {
    List<String> metrics = plan.metrics();
    int deleted = 0;
    int files = 0;
    List<String> errors = new ArrayList<>();
    try {
      for (int from = 0; from < metrics.size(); from += DELETE_CHUNK) {
        int until = Math.min(metrics.size(), from + DELETE_CHUNK);
        DeleteReport report = services.store().delete(metrics.subList(from, until));
        deleted += report.metrics();
        files += report.files();
        errors.addAll(report.errors());
        progress.accept(until);
      }
      if (!services.store().checkpoint()) {
        errors.add(
            "the write-ahead log still holds points of the deleted metrics, because a write is"
                + " failing ("
                + services.store().status().persister().lastError()
                + "); were Charcoal to crash before it is written, they would come back");
      }
    } catch (IOException e) {
      throw new BackendException("cannot delete: " + e.getMessage(), -1, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BackendException("the delete was interrupted after " + deleted + " metrics");
    }
    return new DeletionResult(deleted, files, errors);
  }

  @Override
  public BackendStatus status() {
    Map<String, String> listeners = new LinkedHashMap<>();
    for (Map.Entry<String, InetSocketAddress> bound : services.addresses().entrySet()) {
      listeners.put(
          bound.getKey(), bound.getValue().getHostString() + ":" + bound.getValue().getPort());
    }
    var store = services.store().status();
    return new BackendStatus(
        listeners,
        store.receivedPoints(),
        store.cachedPoints(),
        walState(services.walStatus()),
        problems.get(),
        services.indexing().orElse(BackendStatus.INDEXED));
  }

  private static String walState(WalStatus wal) {
    if (wal.writeErrors() > 0 && wal.lastError() != null) {
      return "failing: " + wal.lastError();
    }
    return "ok, " + wal.segments() + " segment" + (wal.segments() == 1 ? "" : "s");
  }
}
