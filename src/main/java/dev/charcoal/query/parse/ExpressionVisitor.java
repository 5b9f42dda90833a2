package dev.charcoal.query.parse;

/** One method per {@link Expression} type, so that a walk over a tree handles every node type. */
public interface ExpressionVisitor<R> {
  R visitPath(PathExpression path);

  R visitCall(Call call);

  R visitTemplate(Template template);

  R visitString(StringLiteral string);

  R visitNumber(NumberLiteral number);

  R visitBoolean(BooleanLiteral bool);

  R visitNone(NoneLiteral none);
}
