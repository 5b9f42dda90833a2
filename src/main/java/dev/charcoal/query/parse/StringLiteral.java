package dev.charcoal.query.parse;

import java.util.Objects;

/**
 * A quoted string argument. {@code value} is the text between the quotes, unchanged: like
 * graphite-web we strip the quotes only and do not interpret backslash escapes ({@code 'a\'b'} has
 * the value {@code a\'b}).
 */
public record StringLiteral(String value, Span span) implements Expression {
  public StringLiteral {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitString(this);
  }
}
