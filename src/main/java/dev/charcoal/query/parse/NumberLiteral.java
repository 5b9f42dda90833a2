package dev.charcoal.query.parse;

import dev.charcoal.model.PythonFloats;
import java.math.BigInteger;
import java.util.Objects;

/**
 * A number argument as graphite-web reads it: an integer ({@code 5}, {@code -02}), a float ({@code
 * 1.5}, {@code 2e-3}, {@code 1E5}) or {@code inf}. The evaluator converts integers with Python's
 * {@code int()} (unbounded) and the rest with {@code float()}, so a function sees {@code 5} and
 * {@code 5.0} differently (e.g. in series names); {@link #integer()} keeps that apart.
 *
 * <p>{@code text} is the source text, with the exponent marker lower-cased as pyparsing does and
 * digits possibly from any script (Python's {@code \d}); {@code inf} is {@code "inf"}.
 */
public record NumberLiteral(String text, boolean integer, Span span) implements Expression {
  public NumberLiteral {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }

  /** An integer literal for {@code value}. */
  public static NumberLiteral of(BigInteger value, Span span) {
    return new NumberLiteral(value.toString(), true, span);
  }

  /** A float literal for {@code value}, written as Python's {@code repr} writes it. */
  public static NumberLiteral of(double value, Span span) {
    return new NumberLiteral(PythonFloats.repr(value), false, span);
  }

  /** Python's {@code int(text)}; only for {@link #integer()} literals. */
  public BigInteger integerValue() {
    if (!integer) {
      throw new IllegalStateException("not an integer literal: " + text);
    }
    return new BigInteger(asciiDigits(text));
  }

  /** Python's {@code float(text)} (for an integer, the nearest double, as Python converts). */
  public double doubleValue() {
    if (integer) {
      return integerValue().doubleValue();
    }
    String ascii = asciiDigits(text);
    return switch (ascii.toLowerCase(java.util.Locale.ROOT)) {
      case "inf" -> Double.POSITIVE_INFINITY;
      case "-inf" -> Double.NEGATIVE_INFINITY;
      case "nan" -> Double.NaN;
      default -> Double.parseDouble(ascii);
    };
  }

  /** Python's {@code \d} accepts digits of any script; Java's parsers want ASCII ones. */
  private static String asciiDigits(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              int digit = Character.digit(c, 10);
              if (digit >= 0 && (c < '0' || c > '9') && Character.isDigit(c)) {
                out.append((char) ('0' + digit));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitNumber(this);
  }
}
