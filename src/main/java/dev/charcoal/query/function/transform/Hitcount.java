package dev.charcoal.query.function.transform;

import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.FunctionGroup;
import dev.charcoal.query.eval.GraphiteFunction;
import dev.charcoal.query.eval.Param;
import dev.charcoal.query.eval.ParamType;
import dev.charcoal.query.eval.PythonFormat;
import dev.charcoal.query.eval.SeriesFunction;
import dev.charcoal.query.eval.TimeSeries;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * {@code hitcount(x, "1h")}: values read as hits per second, turned into hits per interval: each
 * value times the seconds of its step that fall in a bucket, summed per bucket; a step that spans
 * buckets is split between them. Buckets end at the series' end. With {@code alignToInterval} the
 * request's start is first moved back to the start of its day, hour or minute (for intervals of at
 * least a day, hour, minute) and the series fetched again from there, so buckets start there. Named
 * {@code hitcount(x, "1h")} ({@code , true} added when aligned), tagged {@code hitcount=1h}.
 */
@GraphiteFunction(
    name = "hitcount",
    group = FunctionGroup.TRANSFORM,
    description =
        "Turns per-second rates into hit counts per interval, splitting steps across buckets."
            + " Example: hitcount(servers.web1.requests.rate, \"1h\")",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(
          name = "intervalString",
          type = ParamType.INTERVAL,
          required = true,
          suggestions = {"\"10min\"", "\"1h\"", "\"1d\""}),
      @Param(name = "alignToInterval", type = ParamType.BOOLEAN, defaultValue = "false")
    })
public final class Hitcount implements SeriesFunction {
  private static final long MINUTE = 60;
  private static final long HOUR = 3_600;
  private static final long DAY = 86_400;

  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    Object intervalString = args.value("intervalString");
    long interval = Intervals.seconds(intervalString);
    boolean align = args.bool("alignToInterval", false);
    List<TimeSeries> seriesList = args.seriesList("seriesList");
    if (align) {
      seriesList =
          Refetch.seriesList(args, context, alignedStart(interval, context), context.endTime());
    }
    List<TimeSeries> out = new ArrayList<>();
    for (TimeSeries series : seriesList) {
      // graphite-web divides by zero here, or builds a series with a negative step.
      Intervals.requirePositive("hitcount", intervalString, interval);
      if (align) {
        long intervals = Math.floorDiv(series.end() - series.start(), interval);
        series =
            Results.retimed(
                series, series.start(), series.start() + intervals * interval + interval);
      }
      out.add(count(series, interval, intervalString, align));
    }
    return out;
  }

  private static long alignedStart(long interval, EvalContext context) {
    LocalDateTime s = Refetch.wallTime(context);
    if (interval >= DAY) {
      s = s.truncatedTo(ChronoUnit.DAYS);
    } else if (interval >= HOUR) {
      s = s.truncatedTo(ChronoUnit.HOURS);
    } else if (interval >= MINUTE) {
      s = s.truncatedTo(ChronoUnit.MINUTES);
    }
    return Refetch.epoch(s, context);
  }

  private static TimeSeries count(
      TimeSeries series, long interval, Object intervalString, boolean align) throws EvalException {
    long step = series.step();
    long bucketCount = (long) Math.ceil((double) (series.end() - series.start()) / interval);
    if (bucketCount > Summary.MAX_BUCKETS) {
      throw new EvalException(
          "hitcount: %d buckets; at most %d".formatted(bucketCount, Summary.MAX_BUCKETS));
    }
    int buckets = (int) Math.max(0, bucketCount);
    long newStart = series.end() - bucketCount * interval;
    double[] sums = new double[buckets];
    boolean[] used = new boolean[buckets];
    BitSet notInts = new BitSet();
    Results.Values in = Results.read(series);
    for (int i = 0; i < in.size(); i++) {
      double value = in.values()[i];
      if (Double.isNaN(value)) {
        continue;
      }
      boolean isInt = in.isInteger(i);
      long startTime = series.start() + i * step;
      long startBucket = Math.floorDiv(startTime - newStart, interval);
      long startMod = Math.floorMod(startTime - newStart, interval);
      long endTime = startTime + step;
      long endBucket = Math.floorDiv(endTime - newStart, interval);
      long endMod = Math.floorMod(endTime - newStart, interval);
      if (endBucket >= bucketCount) {
        endBucket = bucketCount - 1;
        endMod = interval;
      }
      if (startBucket == endBucket) {
        if (startBucket >= 0) {
          add(sums, used, notInts, startBucket, value * (endMod - startMod), isInt);
        }
        continue;
      }
      if (startBucket >= 0) {
        add(sums, used, notInts, startBucket, value * (interval - startMod), isInt);
      }
      double hitsPerBucket = value * interval;
      for (long j = startBucket + 1; j < endBucket; j++) {
        add(sums, used, notInts, j, hitsPerBucket, isInt);
      }
      if (endMod > 0) {
        add(sums, used, notInts, endBucket, value * endMod, isInt);
      }
    }
    double[] values = new double[buckets];
    BitSet ints = new BitSet();
    for (int b = 0; b < buckets; b++) {
      values[b] = used[b] ? sums[b] : Double.NaN;
      ints.set(b, used[b] && !notInts.get(b));
    }
    String name =
        "hitcount(%s, \"%s\"%s)"
            .formatted(series.name(), PythonFormat.str(intervalString), align ? ", true" : "");
    TimeSeries tagged = series.withTag("hitcount", PythonFormat.str(intervalString));
    return Results.copy(tagged, name, newStart, series.end(), interval, values, ints);
  }

  /**
   * Appends to a bucket's sum as graphite-web appends to its list (summed in order later). A bucket
   * index past the end is Python's IndexError; a negative one counts from the end, as a Python list
   * index does.
   */
  private static void add(
      double[] sums, boolean[] used, BitSet notInts, long bucket, double hits, boolean isInt)
      throws EvalException {
    long index = bucket < 0 ? bucket + sums.length : bucket;
    if (index < 0 || index >= sums.length) {
      throw new EvalException("hitcount: list index out of range");
    }
    int b = (int) index;
    sums[b] += hits;
    used[b] = true;
    if (!isInt) {
      notInts.set(b);
    }
  }
}
