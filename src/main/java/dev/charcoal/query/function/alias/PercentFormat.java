package dev.charcoal.query.function.alias;

import dev.charcoal.query.eval.EvalException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Python's {@code format % value} with one number, as graphite-web's aliasQuery names a series
 * ({@code "Channel %d MHz" % 2412.0}) and legendValue prints {@code "%.2f"}: conversions {@code d i
 * u o x X e E f F g G s r a c %}, flags {@code - + space # 0}, width and precision. Floats are
 * rounded half-even on their exact binary value, as Python does ({@code "%.0f" % 82.5} is {@code
 * 82}). Whatever Python refuses (a mapping key, {@code *}, a second value, no conversion at all,
 * {@code %x} of a float) is an {@link EvalException}.
 */
final class PercentFormat {
  private PercentFormat() {}

  /** {@code format % value}. */
  static String format(String format, PythonNumber value) throws EvalException {
    StringBuilder out = new StringBuilder();
    boolean used = false;
    int i = 0;
    while (i < format.length()) {
      char c = format.charAt(i++);
      if (c != '%') {
        out.append(c);
        continue;
      }
      if (i >= format.length()) {
        throw new EvalException("incomplete format");
      }
      if (format.charAt(i) == '(') {
        throw new EvalException("format requires a mapping");
      }
      String flags = "";
      while (i < format.length() && "-+ #0".indexOf(format.charAt(i)) >= 0) {
        flags += format.charAt(i++);
      }
      int width = 0;
      while (i < format.length() && Character.isDigit(format.charAt(i))) {
        width = width * 10 + format.charAt(i++) - '0';
      }
      int precision = -1;
      if (i < format.length() && format.charAt(i) == '.') {
        i++;
        precision = 0;
        while (i < format.length() && Character.isDigit(format.charAt(i))) {
          precision = precision * 10 + format.charAt(i++) - '0';
        }
      }
      if (i < format.length() && format.charAt(i) == '*') {
        throw new EvalException("not enough arguments for format string");
      }
      while (i < format.length() && "hlL".indexOf(format.charAt(i)) >= 0) {
        i++;
      }
      if (i >= format.length()) {
        throw new EvalException("incomplete format");
      }
      char conversion = format.charAt(i++);
      if (conversion == '%') {
        out.append('%');
        continue;
      }
      if (used) {
        throw new EvalException("not enough arguments for format string");
      }
      used = true;
      out.append(convert(conversion, flags, width, precision, value));
    }
    if (!used) {
      throw new EvalException("not all arguments converted during string formatting");
    }
    return out.toString();
  }

  /** Python's {@code "%.{digits}f" % value}. */
  static String fixed(double value, int digits) {
    return number(value, 'f', "", 0, digits);
  }

  private static String convert(
      char conversion, String flags, int width, int precision, PythonNumber value)
      throws EvalException {
    double v = value.value();
    switch (conversion) {
      case 's', 'r', 'a' -> {
        String text = value.str();
        if (precision >= 0 && precision < text.length()) {
          text = text.substring(0, precision);
        }
        return pad(text, flags.contains("-"), width);
      }
      case 'd', 'i', 'u' -> {
        if (value.none() || Double.isInfinite(v)) {
          throw new EvalException(
              "%" + conversion + " format: a real number is required, not " + value.str());
        }
        return integer(new BigDecimal(v).toBigInteger().toString(), flags, width, precision, "");
      }
      case 'o', 'x', 'X', 'c' -> {
        if (!value.integer()) {
          throw new EvalException(
              "%" + conversion + " format: an integer is required, not " + value.str());
        }
        long n = (long) v;
        if (conversion == 'c') {
          return pad(new String(Character.toChars((int) n)), flags.contains("-"), width);
        }
        String digits =
            conversion == 'o' ? Long.toOctalString(Math.abs(n)) : Long.toHexString(Math.abs(n));
        String prefix = flags.contains("#") ? (conversion == 'o' ? "0o" : "0x") : "";
        if (conversion == 'X') {
          digits = digits.toUpperCase(Locale.ROOT);
          prefix = prefix.toUpperCase(Locale.ROOT);
        }
        return integer((n < 0 ? "-" : "") + digits, flags, width, precision, prefix);
      }
      case 'e', 'E', 'f', 'F', 'g', 'G' -> {
        if (value.none()) {
          throw new EvalException("must be real number, not NoneType");
        }
        return number(v, conversion, flags, width, precision);
      }
      default -> throw new EvalException("unsupported format character '" + conversion + "'");
    }
  }

  /** An integer's digits (with its sign) padded as {@code %d} does. */
  private static String integer(
      String digits, String flags, int width, int precision, String prefix) {
    boolean negative = digits.startsWith("-");
    String body = negative ? digits.substring(1) : digits;
    if (precision > body.length()) {
      body = "0".repeat(precision - body.length()) + body;
    }
    return signed(negative, prefix + body, flags, width);
  }

  private static String number(double v, char conversion, String flags, int width, int precision) {
    boolean upper = Character.isUpperCase(conversion);
    boolean negative = v < 0 || (v == 0 && 1 / v < 0);
    double abs = Math.abs(v);
    String body;
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      body = Double.isNaN(v) ? "nan" : "inf";
      negative = v < 0;
      body = upper ? body.toUpperCase(Locale.ROOT) : body;
      return signed(negative, body, flags.replace("0", ""), width);
    }
    int digits = precision < 0 ? 6 : precision;
    boolean alternate = flags.contains("#");
    body =
        switch (Character.toLowerCase(conversion)) {
          case 'f' -> fixedDigits(abs, digits, alternate);
          case 'e' -> exponent(abs, digits, alternate);
          default -> general(abs, digits == 0 ? 1 : digits, alternate);
        };
    if (upper) {
      body = body.toUpperCase(Locale.ROOT);
    }
    return signed(negative, body, flags, width);
  }

  private static String fixedDigits(double abs, int digits, boolean alternate) {
    String text = new BigDecimal(abs).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
    return alternate && digits == 0 ? text + "." : text;
  }

  private static String exponent(double abs, int digits, boolean alternate) {
    if (abs == 0) {
      String mantissa = digits == 0 ? "0" + (alternate ? "." : "") : "0." + "0".repeat(digits);
      return mantissa + "e+00";
    }
    BigDecimal rounded =
        new BigDecimal(abs).round(new MathContext(digits + 1, RoundingMode.HALF_EVEN));
    int exp = rounded.precision() - rounded.scale() - 1;
    String unscaled = rounded.unscaledValue().toString();
    unscaled = (unscaled + "0".repeat(digits + 1)).substring(0, digits + 1);
    String mantissa =
        unscaled.charAt(0) + (digits > 0 || alternate ? "." : "") + unscaled.substring(1);
    return mantissa + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
  }

  /** {@code %g}: {@code %e} or {@code %f} by the exponent, trailing zeros dropped unless '#'. */
  private static String general(double abs, int digits, boolean alternate) {
    int exp;
    if (abs == 0) {
      exp = 0;
    } else {
      BigDecimal rounded =
          new BigDecimal(abs).round(new MathContext(digits, RoundingMode.HALF_EVEN));
      exp = rounded.precision() - rounded.scale() - 1;
    }
    String text =
        exp < -4 || exp >= digits
            ? exponent(abs, digits - 1, alternate)
            : fixedDigits(abs, digits - 1 - exp, alternate);
    if (alternate) {
      return text.contains(".") ? text : text + ".";
    }
    int e = text.indexOf('e');
    String mantissa = e < 0 ? text : text.substring(0, e);
    String suffix = e < 0 ? "" : text.substring(e);
    if (mantissa.contains(".")) {
      mantissa = mantissa.replaceAll("0+$", "");
      if (mantissa.endsWith(".")) {
        mantissa = mantissa.substring(0, mantissa.length() - 1);
      }
    }
    return mantissa + suffix;
  }

  private static String signed(boolean negative, String body, String flags, int width) {
    String sign = negative ? "-" : flags.contains("+") ? "+" : flags.contains(" ") ? " " : "";
    boolean left = flags.contains("-");
    if (!left && flags.contains("0") && sign.length() + body.length() < width) {
      int zeros = width - sign.length() - body.length();
      int prefix = body.startsWith("0x") || body.startsWith("0X") || body.startsWith("0o") ? 2 : 0;
      return sign + body.substring(0, prefix) + "0".repeat(zeros) + body.substring(prefix);
    }
    return pad(sign + body, left, width);
  }

  private static String pad(String text, boolean left, int width) {
    int length = text.codePointCount(0, text.length());
    if (length >= width) {
      return text;
    }
    String spaces = " ".repeat(width - length);
    return left ? text + spaces : spaces + text;
  }
}
