package dev.charcoal.query.parse;

import dev.charcoal.model.PythonFloats;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Expands {@code template(...)} the way graphite-web's evaluator does ({@code evaluateTokens}),
 * giving a tree without {@link Template} nodes.
 *
 * <p>The variables of one template are its keyword arguments, then its positional arguments as
 * {@code 1}, {@code 2}..., then the request's {@code template[name]=value} parameters, each
 * overriding the earlier ones. They reach every path inside the template body, through nested calls
 * and pipes, but not into a nested template (which has its own) nor outside. For each variable in
 * that order, a path that is exactly {@code $name} becomes the value itself (a number; a string
 * that looks numeric becomes a float, as graphite-web does; another string a string literal);
 * otherwise every {@code $name} in the path is replaced by the value's text (Python's {@code str}).
 * Replacement is plain text replacement, so {@code $1} also rewrites the start of {@code $10}, as
 * in graphite-web. Charcoal also replaces {@code ${name}}, which graphite-web leaves alone; write
 * {@code ${1}0} to put a digit after a variable.
 *
 * <p>{@code seriesByTag} calls are left as they are: graphite-web hands their raw text to the tag
 * database without substituting anything.
 */
public final class Templates {
  /** graphite-web's test for a template value that it converts with float(). */
  private static final Pattern NUMERIC =
      Pattern.compile("-?[\\d.]+\\n?", Pattern.UNICODE_CHARACTER_CLASS);

  private static final String INVALID_TEMPLATE =
      "invalid template() syntax, only string/numeric arguments are allowed";

  private Templates() {}

  /**
   * Expands every template in {@code expression}.
   *
   * @param requestVariables the request's {@code template[name]=value} parameters
   * @throws TemplateException for a call named template that is not a valid template (graphite's
   *     grammar read it as a call because of non-literal arguments), or a numeric-looking value
   *     that is not a number
   */
  public static Expression expand(Expression expression, Map<String, String> requestVariables) {
    Objects.requireNonNull(requestVariables, "requestVariables");
    return expression.accept(new Expander(requestVariables, null));
  }

  private record Expander(Map<String, String> request, Map<String, Object> variables)
      implements ExpressionVisitor<Expression> {

    @Override
    public Expression visitTemplate(Template template) {
      Map<String, Object> own = new LinkedHashMap<>();
      for (KeywordArgument keyword : template.keywords()) {
        own.put(keyword.name(), scalar(keyword.value()));
      }
      for (int i = 0; i < template.args().size(); i++) {
        own.put(Integer.toString(i + 1), scalar(template.args().get(i)));
      }
      own.putAll(request);
      return template.body().accept(new Expander(request, own.isEmpty() ? null : own));
    }

    @Override
    public Expression visitPath(PathExpression path) {
      if (variables == null) {
        return path;
      }
      String text = path.path();
      for (Map.Entry<String, Object> variable : variables.entrySet()) {
        String plain = "$" + variable.getKey();
        String braced = "${" + variable.getKey() + "}";
        if (text.equals(plain) || text.equals(braced)) {
          return literal(variable.getValue(), path.span());
        }
        String value = str(variable.getValue());
        text = text.replace(braced, value).replace(plain, value);
      }
      return new PathExpression(text, path.span());
    }

    @Override
    public Expression visitCall(Call call) {
      if (call.name().equals("template")) {
        throw new TemplateException(INVALID_TEMPLATE);
      }
      if (call.name().equals("seriesByTag")) {
        return call;
      }
      List<Expression> args = new ArrayList<>(call.args().size());
      for (Expression arg : call.args()) {
        args.add(arg.accept(this));
      }
      List<KeywordArgument> keywords = new ArrayList<>(call.keywords().size());
      for (KeywordArgument keyword : call.keywords()) {
        keywords.add(
            new KeywordArgument(keyword.name(), keyword.value().accept(this), keyword.span()));
      }
      return new Call(call.name(), args, keywords, call.piped(), call.span());
    }

    @Override
    public Expression visitString(StringLiteral string) {
      return string;
    }

    @Override
    public Expression visitNumber(NumberLiteral number) {
      return number;
    }

    @Override
    public Expression visitBoolean(BooleanLiteral bool) {
      return bool;
    }

    @Override
    public Expression visitNone(NoneLiteral none) {
      return none;
    }
  }

  /**
   * A template argument as graphite's evaluateScalarTokens gives it: BigInteger, Double, String.
   */
  private static Object scalar(Expression literal) {
    if (literal instanceof NumberLiteral number) {
      return number.integer() ? number.integerValue() : (Object) number.doubleValue();
    }
    if (literal instanceof StringLiteral string) {
      return string.value();
    }
    throw new TemplateException(INVALID_TEMPLATE);
  }

  private static Expression literal(Object value, Span span) {
    if (value instanceof BigInteger integer) {
      return NumberLiteral.of(integer, span);
    }
    if (value instanceof Double number) {
      return NumberLiteral.of(number, span);
    }
    String string = (String) value;
    if (NUMERIC.matcher(string).matches()) {
      return NumberLiteral.of(pythonFloat(string), span);
    }
    return new StringLiteral(string, span);
  }

  private static double pythonFloat(String text) {
    try {
      return new NumberLiteral(text.strip(), false, Span.NONE).doubleValue();
    } catch (NumberFormatException e) {
      throw new TemplateException("could not convert string to float: '" + text + "'");
    }
  }

  /** Python's str() of a template value. */
  private static String str(Object value) {
    if (value instanceof Double number) {
      return PythonFloats.repr(number);
    }
    return value.toString();
  }
}
