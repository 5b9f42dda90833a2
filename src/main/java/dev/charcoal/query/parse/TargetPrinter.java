package dev.charcoal.query.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes an {@link Expression} back as a target: {@code f(a.b,'x',key=1)}. Parsing the output of a
 * parsed tree gives the same tree again (spans aside): pipes stay pipes, paths get the backslash
 * escapes they need. Trees built by hand that graphite-web's grammar cannot express (a call with
 * only keyword arguments, a path with spaces or non-ASCII characters, a string with both quotes and
 * a trailing backslash...) are refused with an {@link IllegalArgumentException}.
 */
public final class TargetPrinter implements ExpressionVisitor<String> {
  private static final TargetPrinter INSTANCE = new TargetPrinter();

  /** A path starting like {@code name=} would be read as a keyword argument. */
  private static final Pattern KEYWORD_LIKE =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*", Pattern.DOTALL);

  /** Path characters that are never path syntax, so always escaped. */
  private static final String ALWAYS_ESCAPED = "()'\"\\|";

  private TargetPrinter() {}

  /** The target text for {@code expression}. */
  public static String print(Expression expression) {
    return expression.accept(INSTANCE);
  }

  @Override
  public String visitPath(PathExpression path) {
    return path(path.path(), true);
  }

  /**
   * The path with the escapes it needs. {@code argument}: it may stand where a keyword argument
   * could, so a leading {@code name=} is escaped; a template body must not be (graphite-web's
   * template rule reads {@code template(k=v)} as a path, the call rule cannot).
   */
  private static String path(String path, boolean argument) {
    String minimal = escape(path, false, argument);
    if (path.equals(TargetParser.pathOf(minimal))) {
      return argument ? keepAPath(path, minimal) : minimal;
    }
    // Braces or commas that would be read as a {a,b} list (or fail to be one): escape them all.
    String full = escape(path, true, argument);
    if (path.equals(TargetParser.pathOf(full))) {
      return argument ? keepAPath(path, full) : full;
    }
    throw new IllegalArgumentException("path cannot be written as a target: " + path);
  }

  /**
   * Where an argument stands, numbers, booleans and None are tried before paths, so a path spelled
   * like one ({@code -1.1e3}, read from {@code -1\.1e3}) needs its dots escaped to stay a path.
   */
  private static String keepAPath(String path, String text) {
    if (!readsAsLiteral(text)) {
      return text;
    }
    String dotsEscaped = text.replaceAll("(?<!\\\\)\\.", "\\\\.");
    return path.equals(TargetParser.pathOf(dotsEscaped)) && !readsAsLiteral(dotsEscaped)
        ? dotsEscaped
        : text; // no dot to escape: only a top-level path can be spelled so, and it reads back
  }

  private static boolean readsAsLiteral(String text) {
    try {
      return TargetParser.parse("f(" + text + ")") instanceof Call call
          && call.args().size() == 1
          && !(call.args().get(0) instanceof PathExpression);
    } catch (TargetParseException e) {
      return false;
    }
  }

  private static String escape(String path, boolean braces, boolean argument) {
    StringBuilder out = new StringBuilder(path.length() + 8);
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      boolean escape =
          ALWAYS_ESCAPED.indexOf(c) >= 0
              || (braces && "{},".indexOf(c) >= 0)
              || (c == ',' && !insideBraces(path, i))
              || (c == '.' && !separatesNodes(path, i));
      if (escape) {
        out.append('\\');
      }
      out.append(c);
    }
    String text = out.toString();
    if (argument && KEYWORD_LIKE.matcher(text).matches()) {
      int equals = text.indexOf('=');
      text = text.substring(0, equals) + "\\" + text.substring(equals);
    }
    return text;
  }

  /** A '.' can stay a separator only between two non-empty nodes. */
  private static boolean separatesNodes(String path, int dot) {
    return dot > 0
        && dot + 1 < path.length()
        && path.charAt(dot - 1) != '.'
        && path.charAt(dot + 1) != '.';
  }

  private static boolean insideBraces(String path, int at) {
    int open = path.lastIndexOf('{', at);
    return open >= 0 && path.lastIndexOf('}', at) < open;
  }

  @Override
  public String visitCall(Call call) {
    List<Expression> args = call.args();
    if (call.piped()) {
      if (args.isEmpty()) {
        throw new IllegalArgumentException("piped call without arguments: " + call.name());
      }
      return args.get(0).accept(this) + "|" + call(call, args.subList(1, args.size()));
    }
    return call(call, args);
  }

  private String call(Call call, List<Expression> args) {
    if (args.isEmpty() && !call.keywords().isEmpty()) {
      throw new IllegalArgumentException(
          "graphite-web cannot read keyword arguments without a positional one: " + call.name());
    }
    StringBuilder out = new StringBuilder(call.name()).append('(');
    appendArguments(out, args, call.keywords());
    return out.append(')').toString();
  }

  private void appendArguments(
      StringBuilder out, List<Expression> args, List<KeywordArgument> keywords) {
    String separator = "";
    for (Expression arg : args) {
      out.append(separator).append(arg.accept(this));
      separator = ",";
    }
    for (KeywordArgument keyword : keywords) {
      out.append(separator).append(keyword.name()).append('=').append(keyword.value().accept(this));
      separator = ",";
    }
  }

  @Override
  public String visitTemplate(Template template) {
    StringBuilder out =
        new StringBuilder("template(")
            .append(
                template.body() instanceof PathExpression path
                    ? path(path.path(), false)
                    : template.body().accept(this));
    if (!template.args().isEmpty() || !template.keywords().isEmpty()) {
      out.append(',');
      appendArguments(out, template.args(), template.keywords());
    }
    return out.append(')').toString();
  }

  @Override
  public String visitString(StringLiteral string) {
    for (char quote : new char[] {'\'', '"'}) {
      String quoted = quote + string.value() + quote;
      if (Lexemes.quotedString(quoted, 0) == quoted.length()) {
        return quoted;
      }
    }
    throw new IllegalArgumentException("string cannot be quoted for a target: " + string.value());
  }

  @Override
  public String visitNumber(NumberLiteral number) {
    return number.text();
  }

  @Override
  public String visitBoolean(BooleanLiteral bool) {
    return bool.value() ? "true" : "false";
  }

  @Override
  public String visitNone(NoneLiteral none) {
    return "None";
  }
}
