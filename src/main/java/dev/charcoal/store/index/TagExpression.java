package dev.charcoal.store.index;

import dev.charcoal.model.regex.PythonPattern;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One {@code seriesByTag} expression, read and matched as graphite-web's {@code LocalDatabaseTagDB}
 * does ({@code tags/base.py parse_tagspec}, {@code tags/localdatabase.py}).
 *
 * <p>An expression that does not match the empty value is a SQL join there: the series must carry
 * the tag, and a regex is searched ({@code re.search}) in the value. One that does match the empty
 * value is a filter on the results instead: a missing tag counts as the value {@code ''}, and a
 * regex must match at the start ({@code re.match}). The two differ for a pattern that starts with
 * {@code ^} and has an alternative: {@code ^a|b} finds {@code xb} as a join, not as a filter.
 *
 * @param tag the tag name
 * @param operator {@code =}, {@code !=}, {@code =~} or {@code !=~}
 * @param spec the value or regex as written
 * @param regex the anchored regex ({@code ^(spec)} unless spec starts with {@code ^}), or null
 * @param matchesEmpty whether the expression accepts the empty value (a missing tag)
 */
record TagExpression(
    String tag, Operator operator, String spec, Pattern regex, boolean matchesEmpty) {
  private static final Pattern SYNTAX = Pattern.compile("([^;!=]+)(!?=~?)([^;]*)");

  /** The four operators. */
  enum Operator {
    EQUAL,
    NOT_EQUAL,
    MATCH,
    NOT_MATCH
  }

  /**
   * Reads {@code tag=spec}, {@code tag!=spec}, {@code tag=~regex} or {@code tag!=~regex}.
   *
   * @throws IllegalArgumentException graphite-web's {@code Invalid tagspec EXPR}, or an invalid
   *     regex
   */
  static TagExpression parse(String text) {
    Matcher m = SYNTAX.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("Invalid tagspec " + text);
    }
    String tag = m.group(1);
    String spec = m.group(3);
    return switch (m.group(2)) {
      case "=" -> new TagExpression(tag, Operator.EQUAL, spec, null, spec.isEmpty());
      case "!=" -> new TagExpression(tag, Operator.NOT_EQUAL, spec, null, !spec.isEmpty());
      case "=~" -> {
        Pattern regex = anchored(spec, text);
        yield new TagExpression(tag, Operator.MATCH, spec, regex, matchesEmptyString(regex));
      }
      case "!=~" -> {
        Pattern regex = anchored(spec, text);
        yield new TagExpression(tag, Operator.NOT_MATCH, spec, regex, !matchesEmptyString(regex));
      }
      default -> throw new IllegalArgumentException("Invalid operator " + m.group(2));
    };
  }

  /**
   * A Python regex anchored as graphite-web anchors tag expressions and {@code /tags} filters.
   *
   * @param context what to name in the error message
   * @throws IllegalArgumentException the regex does not compile (Python's or Java's rules)
   */
  static Pattern anchored(String regex, String context) {
    String spec = regex.startsWith("^") ? regex : "^(" + regex + ")";
    try {
      return PythonPattern.compile(spec);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "invalid regular expression in '" + context + "': " + e.getDescription(), e);
    }
  }

  private static boolean matchesEmptyString(Pattern regex) {
    return regex.matcher("").lookingAt();
  }

  /**
   * Whether a series whose value for {@link #tag} is {@code value} (null: it lacks the tag) passes.
   */
  boolean accepts(String value, RegexBudget budget) {
    if (!matchesEmpty) {
      return value != null && joins(value, budget);
    }
    return filters(value == null ? "" : value, budget);
  }

  /** The SQL condition on a value the series has. */
  private boolean joins(String value, RegexBudget budget) {
    return switch (operator) {
      case EQUAL -> value.equals(spec);
      case NOT_EQUAL -> !value.equals(spec);
      case MATCH -> budget.search(regex, value);
      case NOT_MATCH -> !budget.search(regex, value);
    };
  }

  /** The Python filter, applied after the query. */
  private boolean filters(String value, RegexBudget budget) {
    return switch (operator) {
      case EQUAL -> value.equals(spec);
      case NOT_EQUAL -> !value.equals(spec);
      case MATCH -> budget.match(regex, value);
      case NOT_MATCH -> !budget.match(regex, value);
    };
  }
}
