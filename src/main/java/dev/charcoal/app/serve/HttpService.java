package dev.charcoal.app.serve;

import dev.charcoal.api.ApiBackend;
import dev.charcoal.api.ApiLimits;
import dev.charcoal.api.ApiRouter;
import dev.charcoal.api.ApiServer;
import dev.charcoal.app.DataDirs;
import dev.charcoal.events.EventStore;
import dev.charcoal.events.EventStoreException;
import dev.charcoal.ingest.Listener;
import dev.charcoal.ingest.ListenerException;
import dev.charcoal.query.eval.EvalLimits;
import dev.charcoal.query.eval.Evaluator;
import dev.charcoal.query.fetch.StoreSeriesFinder;
import dev.charcoal.query.function.StandardFunctions;
import dev.charcoal.store.SeriesSource;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.InstantSource;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The {@code http} listener of {@code charcoal serve}: graphite-web's API over the running store
 * and {@code DATA/events.db}.
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

  /** What the API reads: the store's series through the data dir's indexes. */
  static ApiBackend backend(
      Path dataDir,
      EventStore events,
      InstantSource clock,
      MetricCatalog catalog,
      SeriesSource source) {
    Evaluator evaluator =
        new Evaluator(
            new StoreSeriesFinder(catalog.metrics(), catalog.tags(), source),
            StandardFunctions.registry(),
            new EventStoreLookup(events),
            EvalLimits.DEFAULT);
    return new ApiBackend(
        evaluator,
        catalog.metrics(),
        new WhisperIntervals(dataDir.resolve(DataDirs.WHISPER), clock),
        StandardFunctions.registry(),
        events,
        new TagIndexQueries(catalog.tags()));
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
}
