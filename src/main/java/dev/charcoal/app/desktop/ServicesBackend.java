package dev.charcoal.app.desktop;

import dev.charcoal.api.ApiBackend;
import dev.charcoal.app.serve.Services;
import dev.charcoal.events.SetMode;
import dev.charcoal.model.Event;
import dev.charcoal.model.glob.GlobPattern;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.FunctionSpec;
import dev.charcoal.query.eval.RenderRequest;
import dev.charcoal.query.eval.TimeSeries;
import dev.charcoal.query.parse.TargetParseException;
import dev.charcoal.store.MetricIndex;
import dev.charcoal.store.wal.WalStatus;
import dev.charcoal.ui.backend.Backend;
import dev.charcoal.ui.backend.BackendException;
import dev.charcoal.ui.backend.BackendStatus;
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
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The desktop app's {@link Backend} over the running {@link Services}: the same index, evaluator,
 * function registry and event store as {@code charcoal serve}'s HTTP API.
 */
final class ServicesBackend implements Backend {
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
        (nodePath, kind) ->
            nodes.add(new MetricNode(nodePath, kind[0], kind[1], MetricNode.UNKNOWN_COUNT)));
    return nodes;
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
