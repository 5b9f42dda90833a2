package dev.charcoal.query.function.transform;

import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.TimeSeries;
import dev.charcoal.query.parse.TargetPrinter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * How timeShift, timeStack, smartSummarize and hitcount fetch their input again over another range:
 * graphite-web copies the request context, changes its start and end, and evaluates the call's
 * first argument as written ({@code requestContext['args'][0]}) again, so {@code
 * timeShift(sumSeries(a.*), "1d")} sums yesterday's series.
 */
final class Refetch {
  /** Python's datetime holds years 1 to 9999: 0001-01-01T00:00:00Z ... */
  private static final long MIN_DATETIME = -62_135_596_800L;

  /** ... to 9999-12-31T23:59:59Z. Shifting past them is an OverflowError in graphite-web. */
  private static final long MAX_DATETIME = 253_402_300_799L;

  private Refetch() {}

  /** The {@code seriesList} argument evaluated again over {@code [start, end]}. */
  static List<TimeSeries> seriesList(Arguments args, EvalContext context, long start, long end)
      throws EvalException {
    String target;
    try {
      target = TargetPrinter.print(args.expression("seriesList"));
    } catch (IllegalArgumentException e) {
      throw new EvalException(
          args.function() + ": cannot re-evaluate its series: " + e.getMessage());
    }
    return context.evaluate(target, inRange(start), inRange(end));
  }

  /** {@code time + seconds}, refused outside Python's datetime range. */
  static long shift(long time, long seconds) throws EvalException {
    try {
      return inRange(Math.addExact(time, seconds));
    } catch (ArithmeticException overflow) {
      throw new EvalException("date value out of range");
    }
  }

  private static long inRange(long time) throws EvalException {
    if (time < MIN_DATETIME || time > MAX_DATETIME) {
      throw new EvalException("date value out of range: " + time);
    }
    return time;
  }

  /**
   * The request start's wall time in the request zone, at the UTC offset the start has: graphite-
   * web builds aligned starts as {@code datetime(y, m, d, ..., tzinfo=start.tzinfo)}, which keeps
   * that offset even when the aligned time falls on the other side of a DST change.
   */
  static LocalDateTime wallTime(EvalContext context) {
    return LocalDateTime.ofEpochSecond(context.startTime(), 0, startOffset(context));
  }

  /** A wall time from {@link #wallTime} back to epoch seconds, at the start's offset. */
  static long epoch(LocalDateTime wallTime, EvalContext context) {
    return wallTime.toEpochSecond(startOffset(context));
  }

  private static ZoneOffset startOffset(EvalContext context) {
    return context.zone().getRules().getOffset(Instant.ofEpochSecond(context.startTime()));
  }
}
