package dev.charcoal.query.function.transform;

import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.time.AtTimeException;
import dev.charcoal.query.time.TimeOffset;

/**
 * Interval arguments as graphite-web's functions read them: {@code parseTimeOffset(value)} turned
 * into seconds by {@code delta.seconds + delta.days * 86400}, the sign kept ({@code "-5min"} is
 * -300). Python's parseTimeOffset returns a zero interval for any false value ({@code ""}, {@code
 * 0}, None), so those give 0 here too.
 */
final class Intervals {
  private Intervals() {}

  /** The interval in seconds. */
  static long seconds(Object value) throws EvalException {
    if (value == null
        || Boolean.FALSE.equals(value)
        || "".equals(value)
        || (value instanceof Number n && n.doubleValue() == 0)) {
      return 0;
    }
    if (!(value instanceof String text)) {
      throw new EvalException("an interval must be a string like \"5min\", got " + value);
    }
    try {
      return TimeOffset.parse(text).getSeconds();
    } catch (AtTimeException e) {
      throw new EvalException(e.getMessage(), e);
    }
  }

  /** The interval, refused when not positive: graphite-web loops forever or divides by zero. */
  static void requirePositive(String function, Object value, long seconds) throws EvalException {
    if (seconds <= 0) {
      throw new EvalException(
          function + ": the interval must be positive, got " + value + " (" + seconds + " s)");
    }
  }

  /**
   * The interval argument with {@code -} put before it when it starts with a digit: graphite-web's
   * timeShift and timeStack shift back in time unless told {@code +}.
   */
  static String backwardByDefault(Arguments args, String param) throws EvalException {
    Object value = args.value(param);
    if (!(value instanceof String text) || text.isEmpty()) {
      throw new EvalException(
          args.function() + ": " + param + " must be an interval like \"1d\", got " + value);
    }
    return Character.isDigit(text.charAt(0)) ? "-" + text : text;
  }
}
