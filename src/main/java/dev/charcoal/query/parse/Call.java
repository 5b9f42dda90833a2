package dev.charcoal.query.parse;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A function call {@code name(args..., key=value...)}: positional arguments first, then keyword
 * arguments, as graphite-web's grammar requires.
 *
 * <p>A pipe {@code a.b|f(1)} is the call {@code f(a.b, 1)} with {@code piped} set: the left side is
 * the first argument, exactly as graphite-web's evaluator inserts it; {@code piped} only lets
 * {@link TargetPrinter} write it back the same way. {@code span} covers {@code name(...)}, which is
 * graphite-web's {@code raw} text of the call (used for {@code seriesByTag}).
 *
 * <p>{@code keywords} keeps every keyword argument in source order, duplicates included; {@link
 * #keywordMap()} gives what the evaluator sees.
 */
public record Call(
    String name, List<Expression> args, List<KeywordArgument> keywords, boolean piped, Span span)
    implements Expression {
  public Call {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(span, "span");
    args = List.copyOf(args);
    keywords = List.copyOf(keywords);
  }

  /**
   * Keyword arguments as graphite-web's evaluator builds its {@code kwargs} dict: a repeated name
   * keeps its first position and takes its last value.
   */
  public Map<String, Expression> keywordMap() {
    Map<String, Expression> map = new LinkedHashMap<>();
    for (KeywordArgument keyword : keywords) {
      map.put(keyword.name(), keyword.value());
    }
    return Collections.unmodifiableMap(map);
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitCall(this);
  }
}
