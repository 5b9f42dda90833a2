package dev.charcoal.query.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetParserTest {

  @Test
  void parsesAPathWithGlobsAndGraphiteCharacters() {
    Expression e = TargetParser.parse("servers.web-{1,2}.cpu[0-3]:load~x@y#z%=^$");
    assertThat(e)
        .isEqualTo(
            new PathExpression("servers.web-{1,2}.cpu[0-3]:load~x@y#z%=^$", new Span(0, 41)));
  }

  @Test
  void resolvesBackslashEscapesInPaths() {
    PathExpression path = (PathExpression) TargetParser.parse("a\\(b\\).c\\,d\\=e");
    assertThat(path.path()).isEqualTo("a(b).c,d=e");
  }

  @Test
  void parsesCallsWithPositionalThenKeywordArguments() {
    Call call = (Call) TargetParser.parse("summarize(a.b, '1h', func=\"sum\", alignToFrom=true)");
    assertThat(call.name()).isEqualTo("summarize");
    assertThat(call.args()).hasSize(2);
    assertThat(call.args().get(1)).isEqualTo(new StringLiteral("1h", new Span(15, 19)));
    assertThat(call.keywordMap().keySet()).containsExactly("func", "alignToFrom");
    assertThat(call.keywordMap().get("alignToFrom"))
        .isEqualTo(new BooleanLiteral(true, new Span(45, 49)));
    assertThat(call.span()).isEqualTo(new Span(0, 50));
  }

  @Test
  void keepsIntegersAndFloatsApart() {
    Call call = (Call) TargetParser.parse("f(x, 5, 5.0, 1E3, -2, 12345678901234567890, inf)");
    List<Expression> args = call.args();
    NumberLiteral five = (NumberLiteral) args.get(1);
    assertThat(five.integer()).isTrue();
    assertThat(five.integerValue()).hasToString("5");
    assertThat(((NumberLiteral) args.get(2)).integer()).isFalse();
    assertThat(((NumberLiteral) args.get(3)).text()).isEqualTo("1e3");
    assertThat(((NumberLiteral) args.get(3)).doubleValue()).isEqualTo(1000.0);
    assertThat(((NumberLiteral) args.get(4)).integerValue()).hasToString("-2");
    assertThat(((NumberLiteral) args.get(5)).integerValue()).hasToString("12345678901234567890");
    assertThat(((NumberLiteral) args.get(6)).doubleValue()).isEqualTo(Double.POSITIVE_INFINITY);
  }

  @Test
  void readsANumberFollowedByLettersAsAPath() {
    Call call = (Call) TargetParser.parse("timeShift(a.b, 1h, 1.5.x)");
    assertThat(call.args().get(1)).isEqualTo(new PathExpression("1h", new Span(15, 17)));
    assertThat(call.args().get(2)).isInstanceOf(PathExpression.class);
  }

  @Test
  void readsBooleansAndNoneInAnyCase() {
    Call call = (Call) TargetParser.parse("f(x, TRUE, False, NONE)");
    assertThat(call.args().get(1)).isEqualTo(new BooleanLiteral(true, new Span(5, 9)));
    assertThat(call.args().get(2)).isEqualTo(new BooleanLiteral(false, new Span(11, 16)));
    assertThat(call.args().get(3)).isEqualTo(new NoneLiteral(new Span(18, 22)));
  }

  @Test
  void pipesPassTheLeftSideAsFirstArgument() {
    Call piped = (Call) TargetParser.parse("a.b | f(1)|g()");
    Call nested = (Call) TargetParser.parse("g(f(a.b,1))");
    assertThat(piped.piped()).isTrue();
    assertThat(Trees.withoutSpans(Trees.unpiped(piped))).isEqualTo(Trees.withoutSpans(nested));
    assertThat(piped.span()).isEqualTo(new Span(11, 14));
  }

  @Test
  void parsesTemplatesWithLiteralArguments() {
    Template t = (Template) TargetParser.parse("template(sumSeries(hosts.$1.cpu), 'web*')");
    assertThat(t.body()).isInstanceOf(Call.class);
    assertThat(t.args()).containsExactly(new StringLiteral("web*", new Span(34, 40)));
  }

  @Test
  void readsATemplateWithNonLiteralArgumentsAsACall() {
    Expression e = TargetParser.parse("template(a.b, x=true)");
    assertThat(e).isInstanceOf(Call.class);
    assertThat(((Call) e).name()).isEqualTo("template");
  }

  @Test
  void seriesByTagIsAnOrdinaryCall() {
    String target = "seriesByTag( 'name=cpu', 'dc=~us-.*' )";
    Call call = (Call) TargetParser.parse(target);
    assertThat(call.name()).isEqualTo("seriesByTag");
    assertThat(call.span().of(target)).isEqualTo(target);
  }

  @Test
  void reportsAMissingParenthesisWithItsPosition() {
    assertThatThrownBy(() -> TargetParser.parse("sumSeries(a.b"))
        .isInstanceOf(TargetParseException.class)
        .hasMessage("expected ',' or ')' at position 13, found end of target")
        .extracting(e -> ((TargetParseException) e).position())
        .isEqualTo(13);
  }

  @Test
  void reportsTextAfterACompleteTarget() {
    assertThatThrownBy(() -> TargetParser.parse("sumSeries(a.b))"))
        .hasMessage("expected '|' or end of target at position 14, found ')'");
    assertThatThrownBy(() -> TargetParser.parse("a.b|"))
        .hasMessage("expected a function call after '|' at position 4, found end of target");
  }

  @Test
  void refusesAPositionalArgumentAfterKeywords() {
    assertThatThrownBy(() -> TargetParser.parse("f(a, k=1, b)"))
        .hasMessage(
            "expected a keyword argument (positional arguments must come first) at position 10,"
                + " found 'b'");
  }

  @Test
  void refusesKeywordArgumentsWithoutAPositionalOneAsGraphiteWebDoes() {
    assertThatThrownBy(() -> TargetParser.parse("f(k=1)"))
        .isInstanceOf(TargetParseException.class)
        .hasMessageContaining("at position 2");
  }

  @Test
  void refusesEmptyArguments() {
    assertThatThrownBy(() -> TargetParser.parse("f(a,,b)"))
        .hasMessage("expected an argument at position 4, found ','");
    assertThatThrownBy(() -> TargetParser.parse(""))
        .hasMessage(
            "expected a path, function call or template at position 0, found end of target");
  }

  @Test
  void namesControlCharactersReadably() {
    assertThatThrownBy(() -> TargetParser.parse("a\u0001")).hasMessageContaining("found '\\u0001'");
  }

  @Test
  void expandsTabsAsPyparsingDoes() {
    String target = "alias(a,\t'x\ty')";
    StringLiteral alias = (StringLiteral) ((Call) TargetParser.parse(target)).args().get(1);
    // The tab after "alias(a," reaches column 16, the one after "'x" column 24.
    assertThat(alias.value()).isEqualTo("x" + " ".repeat(6) + "y");
    assertThat(TargetParser.source(target)).isEqualTo("alias(a," + " ".repeat(8) + "'x      y')");
  }

  @Test
  void refusesDeepNestingWithAClearMessage() {
    int depth = TargetParser.MAX_NESTING_DEPTH + 1;
    String target = "f(".repeat(depth) + "a" + ")".repeat(depth);
    assertThatThrownBy(() -> TargetParser.parse(target))
        .isInstanceOf(TargetParseException.class)
        .hasMessageStartingWith("calls nested deeper than " + TargetParser.MAX_NESTING_DEPTH);
    String allowed = "f(".repeat(depth - 1) + "a" + ")".repeat(depth - 1);
    assertThat(TargetParser.parse(allowed)).isInstanceOf(Call.class);
  }

  @Test
  void refusesTargetsOverTheLengthLimit() {
    String target = "a".repeat(TargetParser.MAX_TARGET_LENGTH + 1);
    assertThatThrownBy(() -> TargetParser.parse(target))
        .isInstanceOf(TargetParseException.class)
        .hasMessageContaining("limit of " + TargetParser.MAX_TARGET_LENGTH);
  }

  @Test
  void parsesALongFlatTargetAtTheLimit() {
    StringBuilder target = new StringBuilder("sumSeries(");
    while (target.length() < TargetParser.MAX_TARGET_LENGTH - 20) {
      target.append("servers.web.cpu,");
    }
    target.append("x)");
    assertThat(((Call) TargetParser.parse(target.toString())).args()).hasSizeGreaterThan(10_000);
  }

  /** pyparsing re-reads keyword arguments and failed templates: 2^n work without memoizing. */
  @Test
  void parsesNestedKeywordArgumentsAndTemplatesOnce() {
    int n = 60;
    String keywords = "f(1, k=".repeat(n) + "a" + ")".repeat(n);
    assertThat(TargetParser.parse(keywords)).isInstanceOf(Call.class);
    String templates = "template(".repeat(n) + "f(x=1" + ")".repeat(n);
    assertThatThrownBy(() -> TargetParser.parse(templates))
        .isInstanceOf(TargetParseException.class);
  }

  @Test
  void printsAnArgumentPathSpelledLikeANumberWithItsDotEscaped() {
    Expression tree = TargetParser.parse("f(a, 1\\.5, k=-1\\.1e3)");
    String printed = TargetPrinter.print(tree);

    assertThat(printed).contains("-1\\.1e3").contains("1\\.5");
    assertThat(Trees.withoutSpans(TargetParser.parse(printed))).isEqualTo(Trees.withoutSpans(tree));
  }
}
