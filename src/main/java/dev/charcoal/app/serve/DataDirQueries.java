package dev.charcoal.app.serve;

import dev.charcoal.api.metrics.LeafIntervals;
import dev.charcoal.app.DataDirs;
import dev.charcoal.app.cli.QueryEngines;
import dev.charcoal.events.EventStore;
import dev.charcoal.query.eval.EvalLimits;
import dev.charcoal.query.eval.Evaluator;
import dev.charcoal.query.eval.EventLookup;
import dev.charcoal.query.eval.TargetEvaluator;
import dev.charcoal.query.fetch.StoreSeriesFinder;
import dev.charcoal.query.function.StandardFunctions;
import dev.charcoal.store.CacheOverWhisper;
import dev.charcoal.store.MetricCache;
import dev.charcoal.store.MetricIndex;
import dev.charcoal.store.rules.ConfigException;
import dev.charcoal.store.rules.RulesFiles;
import dev.charcoal.store.rules.StorageAggregation;
import dev.charcoal.store.rules.StorageRules;
import dev.charcoal.store.rules.StorageSchemas;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;

/**
 * {@code charcoal render} and {@code charcoal find} over a data dir's files, read-only: the same
 * evaluator and indexes as the server, with an empty cache (a running server's unwritten points are
 * its own) and the tagged names file never rewritten.
 */
public final class DataDirQueries implements QueryEngines {
  @Override
  public QueryEngine open(Path dataDir, InstantSource clock) throws IOException {
    Path whisper = dataDir.resolve(DataDirs.WHISPER);
    if (!Files.isDirectory(whisper)) {
      throw new IOException(whisper + ": no such directory (is " + dataDir + " a data dir?)");
    }
    MetricCatalog catalog =
        MetricCatalog.open(whisper, true, new PrintStream(PrintStream.nullOutputStream()));
    CacheOverWhisper source = new CacheOverWhisper(whisper, new MetricCache(1), rules(dataDir));
    Path eventsFile = dataDir.resolve(EventStore.FILE_NAME);
    EventStore events = Files.exists(eventsFile) ? EventStore.lazy(eventsFile) : null;
    Evaluator evaluator =
        new Evaluator(
            new StoreSeriesFinder(catalog.metrics(), catalog.tags(), source),
            StandardFunctions.registry(),
            events == null ? EventLookup.NONE : new EventStoreLookup(events),
            EvalLimits.DEFAULT);
    LeafIntervals intervals = new WhisperIntervals(whisper, clock);
    return new QueryEngine() {
      @Override
      public TargetEvaluator evaluator() {
        return evaluator;
      }

      @Override
      public MetricIndex index() {
        return catalog.metrics();
      }

      @Override
      public LeafIntervals intervals() {
        return intervals;
      }

      @Override
      public void close() throws IOException {
        if (events != null) {
          events.close();
        }
        catalog.close();
      }
    };
  }

  /**
   * The data dir's rules, or Charcoal's defaults when it has none (they only shape cached points).
   */
  private static StorageRules rules(Path dataDir) throws IOException {
    Path conf = dataDir.resolve(DataDirs.CONF);
    try {
      if (Files.exists(conf.resolve(RulesFiles.SCHEMAS))) {
        return RulesFiles.load(conf);
      }
      return new StorageRules(
          StorageSchemas.parse(RulesFiles.SCHEMAS, RulesFiles.defaultText(RulesFiles.SCHEMAS)),
          StorageAggregation.empty());
    } catch (ConfigException e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}
