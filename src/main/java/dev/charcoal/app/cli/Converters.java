package dev.charcoal.app.cli;

import dev.charcoal.model.AggregationMethod;
import dev.charcoal.model.Retention;
import dev.charcoal.store.whisper.RetentionParser;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Argument converters; a value that does not parse is a usage error (exit 2). */
final class Converters {
  /** A plain decimal number: no hex, no {@code f}/{@code d} suffix, no NaN. */
  static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  private Converters() {}

  /** {@code 10s:6h}, {@code 1m:7d}, {@code 60:1440}: whisper's retention syntax. */
  static final class RetentionConverter implements ITypeConverter<Retention> {
    @Override
    public Retention convert(String value) {
      try {
        return RetentionParser.parse(value);
      } catch (IllegalArgumentException e) {
        String message = e.getMessage();
        throw new TypeConversionException(
            message.contains(value) ? message : "'" + value + "': " + message);
      }
    }
  }

  /** {@code average}, {@code sum}, {@code last}, {@code max}, {@code min}, {@code avg_zero}… */
  static final class AggregationConverter implements ITypeConverter<AggregationMethod> {
    @Override
    public AggregationMethod convert(String value) {
      return AggregationMethod.fromConfigName(value)
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "unknown aggregation method '"
                          + value
                          + "' (expected one of "
                          + names()
                          + ")"));
    }

    static String names() {
      return Arrays.stream(AggregationMethod.values())
          .map(AggregationMethod::configName)
          .collect(Collectors.joining(", "));
    }
  }

  /** An xFilesFactor: a decimal number from 0 to 1. */
  static final class XffConverter implements ITypeConverter<Float> {
    @Override
    public Float convert(String value) {
      if (!DECIMAL.matcher(value).matches()) {
        throw new TypeConversionException("'" + value + "' is not a number");
      }
      float xff = Float.parseFloat(value);
      if (!(xff >= 0 && xff <= 1)) {
        throw new TypeConversionException("xFilesFactor must be between 0 and 1, not " + value);
      }
      return xff;
    }
  }

  /** One of the words a command accepts, else bad usage naming them. */
  abstract static class ChoiceConverter implements ITypeConverter<String> {
    private final List<String> choices;

    ChoiceConverter(String... choices) {
      this.choices = List.of(choices);
    }

    @Override
    public String convert(String value) {
      if (!choices.contains(value)) {
        throw new TypeConversionException(
            "'" + value + "' is not one of " + String.join(", ", choices));
      }
      return value;
    }
  }

  /** {@code charcoal render}'s formats: the text ones of /render. */
  static final class RenderFormatConverter extends ChoiceConverter {
    RenderFormatConverter() {
      super("json", "csv", "raw");
    }
  }

  /** {@code charcoal find}'s formats. */
  static final class FindFormatConverter extends ChoiceConverter {
    FindFormatConverter() {
      super("treejson", "completer", "json");
    }
  }

  /** {@code 10s}, {@code 500ms}, {@code 1m}, {@code 2h}: a positive duration. */
  static class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern SYNTAX = Pattern.compile("(\\d+)(ms|s|m|min|h)");

    @Override
    public Duration convert(String value) {
      Matcher m = SYNTAX.matcher(value.trim());
      if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
        throw new TypeConversionException(
            "'" + value + "' is not a positive duration like 10s, 500ms, 1m or 2h");
      }
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofMinutes(n);
      };
    }
  }
}
