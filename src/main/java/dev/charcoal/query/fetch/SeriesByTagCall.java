package dev.charcoal.query.fetch;

import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.parse.Call;
import dev.charcoal.query.parse.Expression;
import dev.charcoal.query.parse.StringLiteral;
import dev.charcoal.query.parse.TargetParser;
import java.util.ArrayList;
import java.util.List;

/**
 * The tag expressions of a {@code seriesByTag(...)} call's raw text, as graphite-web's {@code
 * STORE._tag_patterns} reads them: the call is parsed again and the text of each string argument
 * taken without its quotes; numbers, paths and other arguments are skipped.
 */
final class SeriesByTagCall {
  private SeriesByTagCall() {}

  static List<String> expressions(String raw) throws EvalException {
    Expression parsed;
    try {
      parsed = TargetParser.parse(raw);
    } catch (IllegalArgumentException e) {
      throw new EvalException("invalid seriesByTag call " + raw + ": " + e.getMessage(), e);
    }
    if (!(parsed instanceof Call call) || !call.name().equals("seriesByTag")) {
      throw new EvalException("not a seriesByTag call: " + raw);
    }
    List<String> expressions = new ArrayList<>();
    for (Expression arg : call.args()) {
      if (arg instanceof StringLiteral s) {
        expressions.add(s.value());
      }
    }
    return expressions;
  }
}
