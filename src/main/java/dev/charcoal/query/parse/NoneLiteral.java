package dev.charcoal.query.parse;

import java.util.Objects;

/** {@code None} (any letter case): Python's None, e.g. an argument left at its default. */
public record NoneLiteral(Span span) implements Expression {
  public NoneLiteral {
    Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitNone(this);
  }
}
