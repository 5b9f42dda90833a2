package dev.charcoal.app.serve;

import dev.charcoal.api.ApiBackend;
import dev.charcoal.api.ApiLimits;
import dev.charcoal.api.ApiRouter;
import dev.charcoal.api.ApiServer;
import dev.charcoal.api.tags.TagQueries;
import dev.charcoal.app.DataDirs;
import dev.charcoal.events.EventStore;
import dev.charcoal.events.EventStoreException;
import dev.charcoal.ingest.Listener;
import dev.charcoal.ingest.ListenerException;
import dev.charcoal.model.glob.GlobPattern;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.EvalLimits;
import dev.charcoal.query.eval.Evaluator;
import dev.charcoal.query.eval.SeriesFinder;
import dev.charcoal.query.function.StandardFunctions;
import dev.charcoal.store.MetricIndex;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.InstantSource;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The {@code http} listener of {@code charcoal serve}: graphite-web's API over the running store
 * and {@code DATA/events.db}.
 *
 * <p>Integration point: {@link #backend} is where the store's series finder, metric index and tag
 * index plug in; until they exist, a target that names metrics fails with a clear 400 (functions
 * without metrics, such as {@code events("*")}, work), finds are empty, and the tag endpoints say
 * there is no tag index.
 */
final class HttpService {
  /** graphite-web's {@code TIME_ZONE} default, for requests without {@code tz}. */
  static final ZoneId DEFAULT_ZONE = ZoneOffset.UTC;

  private HttpService() {}

  /**
   * Opens the events database, reporting (not failing on) a damaged one: the events endpoints then
   * answer 500 with the reason until the file is repaired.
   */
  static EventStore events(Path dataDir, PrintStream err) {
    Path file = dataDir.resolve(EventStore.FILE_NAME);
    try {
      return EventStore.open(file);
    } catch (EventStoreException e) {
      err.println("events: " + e.getMessage());
      return EventStore.lazy(file);
    }
  }

  /** What the API reads, over this data dir. */
  static ApiBackend backend(Path dataDir, EventStore events, InstantSource clock) {
    Evaluator evaluator =
        new Evaluator(
            NO_FETCH,
            StandardFunctions.registry(),
            new EventStoreLookup(events),
            EvalLimits.DEFAULT);
    return new ApiBackend(
        evaluator,
        NO_METRICS,
        new WhisperIntervals(dataDir.resolve(DataDirs.WHISPER), clock),
        StandardFunctions.registry(),
        events,
        NO_TAGS);
  }

  /** The API as a {@link Listener} named {@code http}. */
  static Listener listener(ApiBackend backend, String host, int port, InstantSource clock) {
    ApiServer server =
        new ApiServer(
            new ApiRouter(backend, clock, DEFAULT_ZONE), host, port, ApiLimits.defaults());
    return new Listener() {
      @Override
      public String name() {
        return "http";
      }

      @Override
      public InetSocketAddress start() throws ListenerException {
        try {
          return server.start();
        } catch (IOException e) {
          throw new ListenerException("http", host, port, e.getCause() != null ? e.getCause() : e);
        }
      }

      @Override
      public void stopAccepting() {
        server.stopAccepting();
      }

      @Override
      public void close() {
        server.close();
      }
    };
  }

  /** Until the store's finder is wired: a path in a target is an error that says so. */
  private static final SeriesFinder NO_FETCH =
      (pathExpression, from, until, now, xFilesFactor) -> {
        throw new EvalException(
            "cannot fetch " + pathExpression + ": no metric store is wired in yet");
      };

  /** Until the store's index is wired: no metrics. */
  private static final MetricIndex NO_METRICS =
      new MetricIndex() {
        @Override
        public List<Node> find(GlobPattern pattern) {
          return List.of();
        }

        @Override
        public List<String> metrics(GlobPattern pattern) {
          return List.of();
        }

        @Override
        public List<String> allMetrics() {
          return List.of();
        }

        @Override
        public void add(String metric) {}

        @Override
        public void remove(String metric) {}
      };

  /** Until the store's tag index is wired: every tag endpoint says so. */
  private static final TagQueries NO_TAGS =
      new TagQueries() {
        private IllegalStateException none() {
          return new IllegalStateException("the tag index is not part of this build yet");
        }

        @Override
        public String tagSeries(String path) {
          throw none();
        }

        @Override
        public void delSeries(String path) {
          throw none();
        }

        @Override
        public List<String> findSeries(List<String> expressions) {
          throw none();
        }

        @Override
        public List<String> listTags(String filter, Long limit) {
          throw none();
        }

        @Override
        public List<TagValue> tagValues(String tag, String filter, Long limit) {
          throw none();
        }

        @Override
        public List<String> autoCompleteTags(
            List<String> expressions, String tagPrefix, long limit) {
          throw none();
        }

        @Override
        public List<String> autoCompleteValues(
            List<String> expressions, String tag, String valuePrefix, long limit) {
          throw none();
        }
      };
}
