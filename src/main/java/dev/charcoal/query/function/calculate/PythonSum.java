package dev.charcoal.query.function.calculate;

import java.math.BigInteger;

/**
 * A running sum as Python keeps it: it starts as the int {@code 0} and stays an exact (unbounded)
 * int while only ints are added or taken away; the first float turns it into a float for good.
 * graphite-web's {@code stdev} and {@code linearRegression} square and multiply such sums, where
 * int timestamps ({@code identity}) would lose digits in doubles. All-float input costs one branch
 * per value.
 */
final class PythonSum {
  private boolean exact = true;
  private BigInteger exactValue = BigInteger.ZERO;
  private double floatValue;

  /** Adds a value (a Python int when {@code isInt}; ints are whole doubles here). */
  void add(double value, boolean isInt) {
    if (exact && isInt) {
      exactValue = exactValue.add(BigInteger.valueOf((long) value));
    } else {
      toFloat();
      floatValue += value;
    }
  }

  /** Adds a Python int too large to be held exactly by a double. */
  void addInt(long value) {
    if (exact) {
      exactValue = exactValue.add(BigInteger.valueOf(value));
    } else {
      floatValue += value;
    }
  }

  /** Takes a value away. */
  void subtract(double value, boolean isInt) {
    if (exact && isInt) {
      exactValue = exactValue.subtract(BigInteger.valueOf((long) value));
    } else {
      toFloat();
      floatValue -= value;
    }
  }

  /** Adds {@code value ** 2}. */
  void addSquare(double value, boolean isInt) {
    if (exact && isInt) {
      exactValue = exactValue.add(BigInteger.valueOf((long) value).pow(2));
    } else {
      toFloat();
      floatValue += value * value;
    }
  }

  /** Takes {@code value ** 2} away. */
  void subtractSquare(double value, boolean isInt) {
    if (exact && isInt) {
      exactValue = exactValue.subtract(BigInteger.valueOf((long) value).pow(2));
    } else {
      toFloat();
      floatValue -= value * value;
    }
  }

  /** Whether the sum is still a Python int. */
  boolean exact() {
    return exact;
  }

  /** The exact value; only while {@link #exact()}. */
  BigInteger exactValue() {
    return exactValue;
  }

  /** The value as a float ({@code float(int)} rounds half-even, as Java's conversion does). */
  double value() {
    return exact ? exactValue.doubleValue() : floatValue;
  }

  private void toFloat() {
    if (exact) {
      floatValue = exactValue.doubleValue();
      exact = false;
    }
  }
}
