package dev.charcoal.query.parse;

import java.util.List;
import java.util.Objects;

/**
 * {@code template(body, 'a', 2)} or {@code template(body, name='a')}: a path or call whose {@code
 * $1}, {@code $name} (and {@code ${name}}) are filled from the literal arguments and the request's
 * {@code template[name]=value} parameters by {@link Templates#expand}. As in graphite-web, the
 * arguments are either all positional or all keyword, and only numbers and strings; anything else
 * parses as a plain {@link Call} named {@code template}, which expansion rejects.
 */
public record Template(
    Expression body, List<Expression> args, List<KeywordArgument> keywords, Span span)
    implements Expression {
  public Template {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(span, "span");
    args = List.copyOf(args);
    keywords = List.copyOf(keywords);
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitTemplate(this);
  }
}
