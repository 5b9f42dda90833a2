package dev.charcoal.query.parse;

import java.util.Objects;

/**
 * A metric path or glob, e.g. {@code servers.web{1,2}.cpu.*} or a tagged name {@code cpu;dc=us}.
 * {@code path} is what graphite-web hands to its finders: backslash escapes are resolved ({@code
 * a\(b} is {@code a(b}); braces, brackets and wildcards are kept for {@link
 * dev.charcoal.model.glob.GlobPattern}. Inside a template, {@code $name} is replaced by {@link
 * Templates#expand}.
 */
public record PathExpression(String path, Span span) implements Expression {
  public PathExpression {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(span, "span");
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitPath(this);
  }
}
