package dev.charcoal.query.parse;

import java.util.Objects;

/** {@code name=value} in a call or template; the span covers the name through the value. */
public record KeywordArgument(String name, Expression value, Span span) {
  public KeywordArgument {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(span, "span");
  }
}
