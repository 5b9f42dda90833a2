package dev.charcoal.query.parse;

/**
 * A node of a parsed render target: what graphite-web's grammar calls an expression or an argument.
 * The hierarchy is closed, so an evaluator can handle every case: either with {@link #accept}
 * (checked by the compiler on Java 17) or with {@code instanceof} patterns.
 *
 * <ul>
 *   <li>{@link PathExpression}: {@code servers.*.cpu}, a metric name or glob;
 *   <li>{@link Call}: {@code sumSeries(a.b, c.d)}; pipes {@code a.b|f(1)} arrive as {@code f(a.b,
 *       1)} with {@link Call#piped()} set;
 *   <li>{@link Template}: {@code template(a.$1, 'x')} before {@link Templates#expand} replaced it;
 *   <li>{@link StringLiteral}, {@link NumberLiteral} (integer or float, {@code inf}), {@link
 *       BooleanLiteral}, {@link NoneLiteral}.
 * </ul>
 */
public sealed interface Expression
    permits PathExpression,
        Call,
        Template,
        StringLiteral,
        NumberLiteral,
        BooleanLiteral,
        NoneLiteral {

  /** Where this node is in the target text; a piped call's span covers only {@code name(...)}. */
  Span span();

  /** Calls the visitor method for this node's type. */
  <R> R accept(ExpressionVisitor<R> visitor);
}
