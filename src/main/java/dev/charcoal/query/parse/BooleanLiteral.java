package dev.charcoal.query.parse;

import java.util.Objects;

/** {@code true} or {@code false}, in any letter case. */
public record BooleanLiteral(boolean value, Span span) implements Expression {
  public BooleanLiteral {
    Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitBoolean(this);
  }
}
