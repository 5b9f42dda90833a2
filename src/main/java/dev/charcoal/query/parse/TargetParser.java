package dev.charcoal.query.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * Parses a render target the way graphite-web 1.1.8's pyparsing grammar ({@code
 * render/grammar_unsafe.py}) does, into an {@link Expression} tree.
 *
 * <pre>
 * expression := (template | call | path) ( '|' call )*
 * call       := name '(' [ arg (',' arg)* (',' name '=' arg)* ] ')'
 * arg        := true | false | number | none | 'string' | "string" | inf | expression
 * template   := 'template' '(' (call | path) [',' literal (',' literal)* | ',' name '=' literal ...] ')'
 * path       := element ('.' element)*   element: metric characters, \-escapes and {a,b} lists
 * </pre>
 *
 * <p>It is a recursive-descent rendering of that PEG with the same ordered choices and lookaheads,
 * so every target graphite-web reads completely gives the same tree. Two deliberate differences:
 * graphite-web ignores whatever follows the longest parsable prefix ({@code sumSeries(a.b} silently
 * becomes the path {@code sumSeries}), where this parser throws a {@link TargetParseException}
 * naming the position; and nesting and length are limited ({@link #MAX_NESTING_DEPTH}, {@link
 * #MAX_TARGET_LENGTH}) where graphite-web hits Python's recursion limit or takes exponential time.
 * Results of the template and call rules are memoized per position, so the backtracking that makes
 * pyparsing exponential stays linear here.
 *
 * <p>Once a call's {@code name(} is read, any failure inside it is final: no other reading of the
 * grammar can continue after a path followed by {@code (}, so reporting the innermost problem right
 * away loses nothing and gives the best message. The one exception is a template's body, where only
 * the template rule fails and the text is then re-read as a call (see {@link #bodyCall}).
 */
public final class TargetParser {
  /** Longest target accepted, in chars (a dashboard's longest real targets are a few KB). */
  public static final int MAX_TARGET_LENGTH = 256 * 1024;

  /** Deepest nesting of calls and templates (graphite-web itself fails at about 35). */
  public static final int MAX_NESTING_DEPTH = 100;

  private static final String TEMPLATE = "template";

  /** Python's str.expandtabs default. */
  private static final int TAB_SIZE = 8;

  private final String text;

  /** Per position: the call parsed there, or the TargetParseException it ended with. */
  private final Map<Integer, Object> calls = new HashMap<>();

  private final Map<Integer, Parsed> templates = new HashMap<>();
  private int depth;

  /** A node and the position just after it. */
  private record Parsed(Expression node, int end) {}

  /** Stored in {@link #templates} for positions where the template rule fails. */
  private static final Parsed NO_TEMPLATE = new Parsed(null, -1);

  private TargetParser(String text) {
    this.text = text;
  }

  /**
   * Parses one target.
   *
   * @throws TargetParseException if graphite-web's grammar cannot read all of it, or it breaks a
   *     limit
   */
  public static Expression parse(String target) {
    Objects.requireNonNull(target, "target");
    if (target.length() > MAX_TARGET_LENGTH) {
      throw new TargetParseException(
          "target is "
              + target.length()
              + " characters long, more than the limit of "
              + MAX_TARGET_LENGTH,
          MAX_TARGET_LENGTH);
    }
    return new TargetParser(source(target)).target();
  }

  /**
   * The text that spans index: the target with tabs expanded to 8-column stops, since pyparsing
   * reads {@code target.expandtabs()} (so a tab inside a string argument or a seriesByTag raw text
   * is spaces, as in graphite-web). Without tabs it is the target itself.
   */
  public static String source(String target) {
    if (target.indexOf('\t') < 0) {
      return target;
    }
    StringBuilder out = new StringBuilder(target.length() + 16);
    int column = 0;
    for (int i = 0; i < target.length(); i++) {
      char c = target.charAt(i);
      if (c == '\t') {
        int spaces = TAB_SIZE - column % TAB_SIZE;
        out.append(" ".repeat(spaces));
        column += spaces;
      } else {
        out.append(c);
        column = (c == '\n' || c == '\r') ? 0 : column + 1;
      }
    }
    return out.toString();
  }

  /**
   * The path that {@code text} (without tabs) spells when it is exactly one path expression, else
   * null.
   */
  static String pathOf(String text) {
    Parsed parsed = new TargetParser(text).path(0);
    return parsed != null && parsed.end == text.length()
        ? ((PathExpression) parsed.node).path()
        : null;
  }

  private Expression target() {
    int start = skip(0);
    Parsed parsed = expression(start);
    if (parsed == null) {
      throw error(start, "a path, function call or template");
    }
    int end = skip(parsed.end);
    if (end < text.length()) {
      if (text.charAt(end) == '|') {
        throw error(skip(end + 1), "a function call after '|'");
      }
      throw error(end, "'|' or end of target");
    }
    return parsed.node;
  }

  private Parsed expression(int at) {
    at = skip(at);
    Parsed base = template(at);
    if (base == null) {
      base = call(at);
    }
    if (base == null) {
      base = path(at);
    }
    return base == null ? null : pipes(base);
  }

  /** {@code left|f(x)|g()}: each piped call gets what is left of it as first argument. */
  private Parsed pipes(Parsed left) {
    while (true) {
      int bar = skip(left.end);
      if (bar >= text.length() || text.charAt(bar) != '|') {
        return left;
      }
      Parsed parsed = call(skip(bar + 1));
      if (parsed == null) {
        return left;
      }
      Call call = (Call) parsed.node;
      List<Expression> args = new ArrayList<>(call.args().size() + 1);
      args.add(left.node);
      args.addAll(call.args());
      left =
          new Parsed(new Call(call.name(), args, call.keywords(), true, call.span()), parsed.end);
    }
  }

  private Parsed call(int at) {
    Object known = calls.get(at);
    if (known instanceof TargetParseException failure) {
      throw failure;
    }
    if (known != null) {
      return (Parsed) known;
    }
    try {
      Parsed parsed = callUncached(at);
      if (parsed != null) {
        calls.put(at, parsed);
      }
      return parsed;
    } catch (TargetParseException failure) {
      calls.put(at, failure);
      throw failure;
    }
  }

  private Parsed callUncached(int at) {
    int nameEnd = Lexemes.identifier(text, at);
    if (nameEnd < 0) {
      return null;
    }
    int open = skip(nameEnd);
    if (open >= text.length() || text.charAt(open) != '(') {
      return null;
    }
    enter(open);
    List<Expression> args = new ArrayList<>();
    List<KeywordArgument> keywords = new ArrayList<>();
    int end = arguments(open + 1, args, keywords);
    leave();
    return new Parsed(
        new Call(text.substring(at, nameEnd), args, keywords, false, new Span(at, end)), end);
  }

  /** Reads {@code args..., key=value...)} from {@code at}; returns the position after ')'. */
  private int arguments(int at, List<Expression> args, List<KeywordArgument> keywords) {
    int pos = skip(at);
    if (pos < text.length() && text.charAt(pos) == ')') {
      return pos + 1;
    }
    if (keyword(pos) != null) {
      throw error(pos, "a positional argument (graphite-web needs one before keyword arguments)");
    }
    Parsed first = arg(pos);
    if (first == null) {
      throw error(pos, "an argument or ')'");
    }
    args.add(first.node);
    pos = first.end;
    boolean inKeywords = false;
    while (true) {
      int comma = skip(pos);
      if (comma >= text.length() || text.charAt(comma) != ',') {
        break;
      }
      int item = skip(comma + 1);
      KeywordArgument keyword = keyword(item);
      if (keyword != null) {
        inKeywords = true;
        keywords.add(keyword);
        pos = keyword.span().end();
        continue;
      }
      if (inKeywords) {
        throw error(
            item,
            arg(item) != null
                ? "a keyword argument (positional arguments must come first)"
                : "a keyword argument");
      }
      Parsed next = arg(item);
      if (next == null) {
        throw error(item, "an argument");
      }
      args.add(next.node);
      pos = next.end;
    }
    int close = skip(pos);
    if (close >= text.length() || text.charAt(close) != ')') {
      throw error(close, "',' or ')'");
    }
    return close + 1;
  }

  /** {@code name=arg}, or null. */
  private KeywordArgument keyword(int at) {
    return keyword(at, this::arg);
  }

  /** {@code name=value} where the value is read by {@code value}, or null. */
  private KeywordArgument keyword(int at, IntFunction<Parsed> value) {
    int nameEnd = Lexemes.identifier(text, at);
    if (nameEnd < 0) {
      return null;
    }
    int equals = skip(nameEnd);
    if (equals >= text.length() || text.charAt(equals) != '=') {
      return null;
    }
    Parsed parsed = value.apply(equals + 1);
    if (parsed == null) {
      return null;
    }
    return new KeywordArgument(
        text.substring(at, nameEnd), parsed.node, new Span(at, parsed.node.span().end()));
  }

  private Parsed arg(int at) {
    at = skip(at);
    for (String word : new String[] {"true", "false"}) {
      int end = Lexemes.keyword(text, at, word);
      if (end >= 0) {
        return new Parsed(new BooleanLiteral(word.equals("true"), new Span(at, end)), end);
      }
    }
    Parsed number = number(at);
    if (number != null) {
      return number;
    }
    int end = Lexemes.keyword(text, at, "none");
    if (end >= 0) {
      return new Parsed(new NoneLiteral(new Span(at, end)), end);
    }
    Parsed string = string(at);
    if (string != null) {
      return string;
    }
    end = Lexemes.keyword(text, at, "inf");
    if (end >= 0) {
      return new Parsed(new NumberLiteral("inf", false, new Span(at, end)), end);
    }
    return expression(at);
  }

  /** Scientific, then float, then integer; each only when ',', ')' or the end follows. */
  private Parsed number(int at) {
    int mantissa = Lexemes.decimal(text, at);
    if (mantissa < 0) {
      mantissa = Lexemes.integer(text, at);
    }
    if (mantissa >= 0
        && mantissa < text.length()
        && (text.charAt(mantissa) == 'e' || text.charAt(mantissa) == 'E')) {
      int end = Lexemes.integer(text, mantissa + 1);
      if (end >= 0 && Lexemes.endsNumber(text, end)) {
        String literal = text.substring(at, mantissa) + "e" + text.substring(mantissa + 1, end);
        return new Parsed(new NumberLiteral(literal, false, new Span(at, end)), end);
      }
    }
    int end = Lexemes.decimal(text, at);
    if (end >= 0 && Lexemes.endsNumber(text, end)) {
      return new Parsed(new NumberLiteral(text.substring(at, end), false, new Span(at, end)), end);
    }
    end = Lexemes.integer(text, at);
    if (end >= 0 && Lexemes.endsNumber(text, end)) {
      return new Parsed(new NumberLiteral(text.substring(at, end), true, new Span(at, end)), end);
    }
    return null;
  }

  private Parsed string(int at) {
    int end = Lexemes.quotedString(text, at);
    if (end < 0) {
      return null;
    }
    return new Parsed(new StringLiteral(text.substring(at + 1, end - 1), new Span(at, end)), end);
  }

  /** A number or string: the only arguments a template takes. */
  private Parsed literal(int at) {
    at = skip(at);
    Parsed number = number(at);
    return number != null ? number : string(at);
  }

  /** {@code name=number} or {@code name='string'} (a template's arguments), or null. */
  private KeywordArgument literalKeyword(int at) {
    return keyword(at, this::literal);
  }

  private Parsed template(int at) {
    Parsed known = templates.get(at);
    if (known == null) {
      known = templateUncached(at);
      templates.put(at, known == null ? NO_TEMPLATE : known);
    }
    return known == NO_TEMPLATE ? null : known;
  }

  /**
   * {@code template(body[, literals | , keyword literals])}; null when that does not fit, and the
   * caller then reads the text as an ordinary call named template.
   */
  private Parsed templateUncached(int at) {
    if (!text.startsWith(TEMPLATE, at)) {
      return null;
    }
    int open = skip(at + TEMPLATE.length());
    if (open >= text.length() || text.charAt(open) != '(') {
      return null;
    }
    enter(open);
    try {
      int bodyAt = skip(open + 1);
      Parsed body = bodyCall(bodyAt);
      if (body == null) {
        body = path(bodyAt);
      }
      if (body == null) {
        return null;
      }
      List<Expression> args = new ArrayList<>();
      List<KeywordArgument> keywords = new ArrayList<>();
      int pos = templateArguments(body.end, args, keywords);
      int close = skip(pos);
      if (close >= text.length() || text.charAt(close) != ')') {
        return null;
      }
      return new Parsed(
          new Template(body.node, args, keywords, new Span(at, close + 1)), close + 1);
    } finally {
      leave();
    }
  }

  /**
   * The template body's call. Its failure is not final: {@code template(template(k=1))} fails as a
   * call in the body but reads fine once the outer text is taken as a call whose argument is a
   * template, so the body falls back to a path and the template rule fails quietly.
   */
  private Parsed bodyCall(int at) {
    try {
      return call(at);
    } catch (TargetParseException e) {
      return null;
    }
  }

  /** Either all positional literals or all keyword literals; returns where they end. */
  private int templateArguments(int at, List<Expression> args, List<KeywordArgument> keywords) {
    int comma = skip(at);
    if (comma >= text.length() || text.charAt(comma) != ',') {
      return at;
    }
    int item = skip(comma + 1);
    if (literalKeyword(item) == null) {
      Parsed first = literal(item);
      if (first != null) {
        args.add(first.node);
        int pos = first.end;
        while (true) {
          int next = skip(pos);
          if (next >= text.length() || text.charAt(next) != ',') {
            return pos;
          }
          int nextItem = skip(next + 1);
          Parsed literal = literalKeyword(nextItem) == null ? literal(nextItem) : null;
          if (literal == null) {
            return pos;
          }
          args.add(literal.node);
          pos = literal.end;
        }
      }
    }
    KeywordArgument first = literalKeyword(item);
    if (first == null) {
      return at;
    }
    keywords.add(first);
    int pos = first.span().end();
    while (true) {
      int next = skip(pos);
      if (next >= text.length() || text.charAt(next) != ',') {
        return pos;
      }
      KeywordArgument keyword = literalKeyword(skip(next + 1));
      if (keyword == null) {
        return pos;
      }
      keywords.add(keyword);
      pos = keyword.span().end();
    }
  }

  /** {@code element ('.' element)*}, with no whitespace anywhere inside. */
  private Parsed path(int at) {
    StringBuilder path = new StringBuilder();
    int pos = element(at, path);
    if (pos < 0) {
      return null;
    }
    while (pos < text.length() && text.charAt(pos) == '.') {
      int mark = path.length();
      path.append('.');
      int end = element(pos + 1, path);
      if (end < 0) {
        path.setLength(mark);
        break;
      }
      pos = end;
    }
    return new Parsed(new PathExpression(path.toString(), new Span(at, pos)), pos);
  }

  /** One or more runs of metric characters and {@code {a,b}} lists; -1 if none. */
  private int element(int at, StringBuilder path) {
    int pos = at;
    while (true) {
      int end = partial(pos, path);
      if (end < 0) {
        end = valueList(pos, path);
      }
      if (end < 0) {
        return pos > at ? pos : -1;
      }
      pos = end;
    }
  }

  /** Metric characters and backslash-escaped symbols; -1 if none. */
  private int partial(int at, StringBuilder path) {
    int pos = at;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (Lexemes.isMetricChar(c)) {
        path.append(c);
        pos++;
      } else if (c == '\\'
          && pos + 1 < text.length()
          && Lexemes.ESCAPABLE.indexOf(text.charAt(pos + 1)) >= 0) {
        path.append(text.charAt(pos + 1));
        pos += 2;
      } else {
        break;
      }
    }
    return pos > at ? pos : -1;
  }

  /** {@code {a,b,c}}, kept verbatim for the glob matcher; -1 (and nothing appended) if absent. */
  private int valueList(int at, StringBuilder path) {
    if (at >= text.length() || text.charAt(at) != '{') {
      return -1;
    }
    int mark = path.length();
    path.append('{');
    int pos = partial(at + 1, path);
    while (pos >= 0 && pos < text.length() && text.charAt(pos) == ',') {
      int comma = path.length();
      path.append(',');
      int end = partial(pos + 1, path);
      if (end < 0) {
        path.setLength(comma);
        break;
      }
      pos = end;
    }
    if (pos < 0 || pos >= text.length() || text.charAt(pos) != '}') {
      path.setLength(mark);
      return -1;
    }
    path.append('}');
    return pos + 1;
  }

  private int skip(int at) {
    return Lexemes.skipWhitespace(text, at);
  }

  private void enter(int at) {
    if (++depth > MAX_NESTING_DEPTH) {
      throw new TargetParseException(
          "calls nested deeper than " + MAX_NESTING_DEPTH + " levels at position " + at, at);
    }
  }

  private void leave() {
    depth--;
  }

  private TargetParseException error(int at, String expected) {
    return new TargetParseException(
        "expected " + expected + " at position " + at + ", found " + Lexemes.describe(text, at),
        at);
  }
}
