package dev.charcoal.query.function.transform;

import dev.charcoal.query.eval.EvalException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The bits of Python's number semantics that show in the Transform functions' output. */
final class PythonNumbers {
  /**
   * Python's round() returns x unchanged past this many digits (CPython's NDIGITS_MAX): every
   * double is exact there.
   */
  private static final int ROUND_MAX_DIGITS = 323;

  /** ...and a signed zero before this many (NDIGITS_MIN): every double rounds to 0 there. */
  private static final int ROUND_MIN_DIGITS = -308;

  /** 10^0 ... 10^22, every power of ten a double holds exactly. */
  private static final double[] EXACT_POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22
  };

  /** Below 2^52 every half-integer is a double, which the fast path of round() relies on. */
  private static final double FAST_ROUND_LIMIT = 0x1p52;

  private PythonNumbers() {}

  /** Whether an argument is a Python int (arithmetic with it keeps ints ints). */
  static boolean isInt(Object value) {
    return value instanceof Long;
  }

  /**
   * Python's {@code "%d" % value}: an int as is, a float truncated toward zero, exactly.
   *
   * @throws EvalException for inf and nan, which Python cannot convert
   */
  static String percentD(Object value) throws EvalException {
    if (value instanceof Long l) {
      return l.toString();
    }
    if (value instanceof Number n && Double.isFinite(n.doubleValue())) {
      return new BigDecimal(n.doubleValue()).toBigInteger().toString();
    }
    throw new EvalException("%d format: a number is required, not " + value);
  }

  /**
   * Python's {@code round(x, ndigits)} for a float: the exact binary value rounded half-even to
   * {@code ndigits} decimals, read back as the nearest double, sign kept on zero.
   *
   * @throws EvalException when the result is too large for a double, as Python raises
   */
  static double round(double x, long ndigits) throws EvalException {
    if (!Double.isFinite(x) || x == 0 || ndigits > ROUND_MAX_DIGITS) {
      return x;
    }
    if (ndigits >= 0 && ndigits < EXACT_POWERS_OF_TEN.length) {
      // Fast path (perSecond rounds every point): y = x·10^n rounded, plus its exact error e.
      // Only when y is a half-integer can e move the rounding, and then only its sign matters.
      double scale = EXACT_POWERS_OF_TEN[(int) ndigits];
      double y = x * scale;
      if (Math.abs(y) < FAST_ROUND_LIMIT) {
        double error = Math.fma(x, scale, -y);
        double rounded = Math.rint(y);
        if (Math.abs(y - rounded) == 0.5 && error != 0) {
          rounded = y + Math.copySign(0.5, error);
        }
        double result = rounded / scale; // both exact: one correctly rounded division
        return result == 0 ? Math.copySign(0.0, x) : result;
      }
    }
    return roundByDecimal(x, ndigits);
  }

  /** {@link #round} through BigDecimal, for any precision. */
  static double roundByDecimal(double x, long ndigits) throws EvalException {
    if (!Double.isFinite(x) || x == 0 || ndigits > ROUND_MAX_DIGITS) {
      return x;
    }
    if (ndigits < ROUND_MIN_DIGITS) {
      return 0.0 * x;
    }
    BigDecimal rounded = new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_EVEN);
    double result = Double.parseDouble(rounded.toString());
    if (Double.isInfinite(result)) {
      throw new EvalException("rounded value too large to represent");
    }
    return result == 0 ? Math.copySign(0.0, x) : result;
  }
}
