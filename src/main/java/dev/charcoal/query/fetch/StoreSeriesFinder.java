package dev.charcoal.query.fetch;

import dev.charcoal.model.Series;
import dev.charcoal.model.glob.GlobPattern;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.SeriesFinder;
import dev.charcoal.query.eval.TimeSeries;
import dev.charcoal.store.MetricIndex;
import dev.charcoal.store.SeriesSource;
import dev.charcoal.store.TagIndex;
import dev.charcoal.store.index.EscapedFields;
import dev.charcoal.store.whisper.WhisperException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/**
 * The fetch phase over a data dir's store, as graphite-web's {@code STORE.fetch} and {@code
 * datalib.fetchData} do it with the standard (whisper) finder and the local tag DB.
 *
 * <ul>
 *   <li>A dotted glob is expanded by the {@link MetricIndex}; a tagged name ({@code a;b=c}) is
 *       looked up as itself; the raw text of a {@code seriesByTag('tag=value', ...)} call has its
 *       string arguments given to the {@link TagIndex} (other arguments are ignored, as there).
 *   <li>Each metric is read from the {@link SeriesSource} (whisper with the cache merged); one with
 *       no data in the range is left out. Series are named by their metric (as graphite-web names
 *       them under escaped wildcards, see {@link EscapedFields}), carry the expression as {@code
 *       pathExpression}, and come sorted by name; of two with the same name the one with fewer
 *       nulls is kept.
 *   <li>A corrupt whisper file fails the request with a message naming it, as it fails
 *       graphite-web's fetch (whisper raises CorruptWhisperFile); a file that cannot be read
 *       (permissions, I/O error) is logged and left out, as graphite-web's reader does with an
 *       IOError. Both are counted.
 * </ul>
 *
 * <p>Limits: an expression may name at most {@link #MAX_METRICS_PER_EXPRESSION} metrics, and a
 * {@link FetchBudget} bounds what a whole request holds.
 */
public final class StoreSeriesFinder implements SeriesFinder {
  /** graphite-web has no limit by default; past this many, a 400 says to narrow the glob. */
  public static final int MAX_METRICS_PER_EXPRESSION = 100_000;

  private static final System.Logger LOG = System.getLogger(StoreSeriesFinder.class.getName());
  private static final String SERIES_BY_TAG = "seriesByTag(";

  private final MetricIndex metrics;
  private final TagIndex tags;
  private final SeriesSource source;
  private final int maxMetrics;
  private final LongAdder corruptFiles = new LongAdder();
  private final LongAdder unreadableFiles = new LongAdder();

  /** Metrics read between two budget checks. */
  private static final int READ_BLOCK = 512;

  /** A block at least this large is read in parallel. */
  private static final int PARALLEL_READS = 32;

  public StoreSeriesFinder(MetricIndex metrics, TagIndex tags, SeriesSource source) {
    this(metrics, tags, source, MAX_METRICS_PER_EXPRESSION);
  }

  /** A finder with another per-expression limit (tests, or a smaller machine). */
  public StoreSeriesFinder(
      MetricIndex metrics, TagIndex tags, SeriesSource source, int maxMetricsPerExpression) {
    this.metrics = metrics;
    this.tags = tags;
    this.source = source;
    this.maxMetrics = maxMetricsPerExpression;
  }

  /**
   * Fetches with a budget of its own (the default limits for this one expression). A request that
   * fetches several expressions should share one budget: see {@link #within(FetchBudget)}.
   */
  @Override
  public List<TimeSeries> fetch(
      String pathExpression, long from, long until, long now, double xFilesFactor)
      throws EvalException {
    return fetch(pathExpression, from, until, now, xFilesFactor, FetchBudget.perRequest());
  }

  /** A finder sharing a fresh {@link FetchBudget#perRequest()} across one request's fetches. */
  @Override
  public SeriesFinder forRequest() {
    return within(FetchBudget.perRequest());
  }

  /** This finder with every fetch counted against {@code budget}: one per request. */
  public SeriesFinder within(FetchBudget budget) {
    return (pathExpression, from, until, now, xFilesFactor) ->
        fetch(pathExpression, from, until, now, xFilesFactor, budget);
  }

  /** Fetches, counting what is read against {@code budget}. */
  public List<TimeSeries> fetch(
      String pathExpression,
      long from,
      long until,
      long now,
      double xFilesFactor,
      FetchBudget budget)
      throws EvalException {
    boolean byTag = pathExpression.startsWith(SERIES_BY_TAG);
    List<String> names = byTag ? taggedSeries(pathExpression) : globMetrics(pathExpression);
    SameNameMerge merged = new SameNameMerge();
    for (int first = 0; first < names.size(); first += READ_BLOCK) {
      List<String> block = names.subList(first, Math.min(names.size(), first + READ_BLOCK));
      List<Optional<Series>> reads = readAll(block, from, until, now);
      for (int i = 0; i < block.size(); i++) {
        if (reads.get(i).isEmpty()) {
          continue;
        }
        String metric = block.get(i);
        Series s = reads.get(i).get();
        budget.charge(metric, s.values().length);
        String name = byTag ? metric : EscapedFields.rename(pathExpression, metric);
        merged.add(
            TimeSeries.of(
                name, pathExpression, s.start(), s.end(), s.step(), s.values(), xFilesFactor));
      }
    }
    return merged.sorted();
  }

  /**
   * Reads a block of metrics, on every core when it is large (the files are independent, and
   * opening them is most of a wide fetch); the budget is charged after each block, so memory stays
   * within the budget plus one block.
   */
  private List<Optional<Series>> readAll(List<String> block, long from, long until, long now)
      throws EvalException {
    if (block.size() < PARALLEL_READS) {
      List<Optional<Series>> reads = new ArrayList<>(block.size());
      for (String metric : block) {
        reads.add(read(metric, from, until, now));
      }
      return reads;
    }
    try {
      return block.parallelStream()
          .map(
              metric -> {
                try {
                  return read(metric, from, until, now);
                } catch (EvalException e) {
                  throw new UncheckedEval(e);
                }
              })
          .toList();
    } catch (UncheckedEval e) {
      throw e.eval;
    }
  }

  /** Carries a read's EvalException out of the parallel stream. */
  private static final class UncheckedEval extends RuntimeException {
    final EvalException eval;

    UncheckedEval(EvalException eval) {
      super(eval);
      this.eval = eval;
    }
  }

  private List<String> globMetrics(String pathExpression) throws EvalException {
    GlobPattern glob;
    try {
      glob = GlobPattern.compile(pathExpression);
    } catch (IllegalArgumentException e) {
      throw new EvalException("invalid path expression " + pathExpression + ": " + e.getMessage());
    }
    Optional<List<String>> found = metrics.metrics(glob, maxMetrics);
    if (found.isEmpty()) {
      throw new EvalException(tooMany(pathExpression));
    }
    return found.get();
  }

  private List<String> taggedSeries(String call) throws EvalException {
    List<String> expressions = SeriesByTagCall.expressions(call);
    List<String> found;
    try {
      found = tags.findSeries(expressions);
    } catch (IllegalArgumentException e) {
      throw new EvalException(e.getMessage() + " in " + call, e);
    }
    if (found.size() > maxMetrics) {
      throw new EvalException(tooMany(call));
    }
    return found;
  }

  private String tooMany(String expression) {
    return expression
        + " matches more than "
        + maxMetrics
        + " metrics; narrow it (or combine narrower ones)";
  }

  private Optional<Series> read(String metric, long from, long until, long now)
      throws EvalException {
    try {
      return source.fetch(metric, from, until, now);
    } catch (WhisperException e) {
      corruptFiles.increment();
      throw new EvalException("cannot read metric " + metric + ": " + e.getMessage(), e);
    } catch (IOException e) {
      unreadableFiles.increment();
      LOG.log(Level.WARNING, "left out metric " + metric + ", its file cannot be read: " + e);
      return Optional.empty();
    }
  }

  /** Fetches that failed on a corrupt or invalid whisper file (each failed its request). */
  public long corruptFiles() {
    return corruptFiles.sum();
  }

  /** Metrics left out because their file could not be read. */
  public long unreadableFiles() {
    return unreadableFiles.sum();
  }
}
