package dev.charcoal.query.parse;

import java.util.ArrayList;
import java.util.List;

/** Test helpers: compare trees regardless of where they were in the text. */
final class Trees {
  private Trees() {}

  static Expression withoutSpans(Expression e) {
    return e.accept(
        new ExpressionVisitor<Expression>() {
          @Override
          public Expression visitPath(PathExpression path) {
            return new PathExpression(path.path(), Span.NONE);
          }

          @Override
          public Expression visitCall(Call call) {
            return new Call(
                call.name(),
                map(call.args(), this),
                keywords(call.keywords(), this),
                call.piped(),
                Span.NONE);
          }

          @Override
          public Expression visitTemplate(Template t) {
            return new Template(
                t.body().accept(this),
                map(t.args(), this),
                keywords(t.keywords(), this),
                Span.NONE);
          }

          @Override
          public Expression visitString(StringLiteral string) {
            return new StringLiteral(string.value(), Span.NONE);
          }

          @Override
          public Expression visitNumber(NumberLiteral number) {
            return new NumberLiteral(number.text(), number.integer(), Span.NONE);
          }

          @Override
          public Expression visitBoolean(BooleanLiteral bool) {
            return new BooleanLiteral(bool.value(), Span.NONE);
          }

          @Override
          public Expression visitNone(NoneLiteral none) {
            return new NoneLiteral(Span.NONE);
          }
        });
  }

  /** The same tree with every call marked as written nested. */
  static Expression unpiped(Expression e) {
    if (e instanceof Call call) {
      return new Call(
          call.name(), map(call.args(), Trees::unpiped), call.keywords(), false, call.span());
    }
    return e;
  }

  private static List<Expression> map(
      List<Expression> items, java.util.function.Function<Expression, Expression> f) {
    List<Expression> out = new ArrayList<>();
    items.forEach(i -> out.add(f.apply(i)));
    return out;
  }

  private static List<Expression> map(List<Expression> items, ExpressionVisitor<Expression> v) {
    return map(items, i -> i.accept(v));
  }

  private static List<KeywordArgument> keywords(
      List<KeywordArgument> keywords, ExpressionVisitor<Expression> v) {
    List<KeywordArgument> out = new ArrayList<>();
    for (KeywordArgument k : keywords) {
      out.add(new KeywordArgument(k.name(), k.value().accept(v), Span.NONE));
    }
    return out;
  }
}
