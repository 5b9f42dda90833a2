package dev.charcoal.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the {@code timestamp value} lines {@code charcoal whisper update} takes on stdin: fields
 * separated by whitespace, blank lines and lines starting with {@code #} skipped. A timestamp is
 * epoch seconds (a fraction is truncated, as whisper's {@code int()} does); a value is a decimal
 * number or {@code nan}/{@code inf}, as Python's {@code float()} accepts them.
 */
final class PointLines {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,18}");
  private static final int QUOTE_LIMIT = 60;

  /** The points read, in input order. */
  record Points(long[] timestamps, double[] values) {
    int size() {
      return timestamps.length;
    }
  }

  private PointLines() {}

  /** Reads every line; throws naming the first malformed line, having read but kept nothing. */
  static Points read(BufferedReader reader) throws IOException, CliException {
    long[] timestamps = new long[64];
    double[] values = new double[64];
    int count = 0;
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      String[] fields = WHITESPACE.split(text);
      if (fields.length != 2) {
        throw malformed(lineNumber, "expected \"TIMESTAMP VALUE\", got \"" + quote(text) + "\"");
      }
      if (count == timestamps.length) {
        timestamps = Arrays.copyOf(timestamps, count * 2);
        values = Arrays.copyOf(values, count * 2);
      }
      timestamps[count] = timestamp(fields[0], lineNumber);
      values[count] = value(fields[1], lineNumber);
      count++;
    }
    return new Points(Arrays.copyOf(timestamps, count), Arrays.copyOf(values, count));
  }

  private static long timestamp(String field, int lineNumber) throws CliException {
    if (INTEGER.matcher(field).matches()) {
      return Long.parseLong(field);
    }
    if (Converters.DECIMAL.matcher(field).matches()) {
      BigDecimal exact = new BigDecimal(field);
      if (exact.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
        return exact.longValue(); // truncates toward zero, as int() does
      }
    }
    throw malformed(lineNumber, "timestamp \"" + quote(field) + "\" is not epoch seconds");
  }

  private static double value(String field, int lineNumber) throws CliException {
    if (Converters.DECIMAL.matcher(field).matches()) {
      return Double.parseDouble(field);
    }
    String word = field.toLowerCase(Locale.ROOT);
    boolean negative = word.startsWith("-");
    if (negative || word.startsWith("+")) {
      word = word.substring(1);
    }
    switch (word) {
      case "nan":
        return Double.NaN;
      case "inf":
      case "infinity":
        return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      default:
        throw malformed(lineNumber, "value \"" + quote(field) + "\" is not a number");
    }
  }

  private static CliException malformed(int lineNumber, String problem) {
    return new CliException("stdin line " + lineNumber + ": " + problem + "; nothing was written");
  }

  private static String quote(String text) {
    return text.length() <= QUOTE_LIMIT ? text : text.substring(0, QUOTE_LIMIT) + "...";
  }
}
