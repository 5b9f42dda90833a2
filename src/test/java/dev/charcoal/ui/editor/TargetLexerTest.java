package dev.charcoal.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.query.parse.BooleanLiteral;
import dev.charcoal.query.parse.Call;
import dev.charcoal.query.parse.Expression;
import dev.charcoal.query.parse.KeywordArgument;
import dev.charcoal.query.parse.NoneLiteral;
import dev.charcoal.query.parse.NumberLiteral;
import dev.charcoal.query.parse.PathExpression;
import dev.charcoal.query.parse.StringLiteral;
import dev.charcoal.query.parse.TargetParseException;
import dev.charcoal.query.parse.TargetParser;
import dev.charcoal.query.parse.Template;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TargetLexerTest {
  /** "kind:text" for each token that is not a space. */
  static List<String> kinds(String text) {
    List<String> out = new ArrayList<>();
    for (Token t : TargetLexer.tokens(text)) {
      if (t.kind() != Token.Kind.SPACE) {
        out.add(t.kind() + ":" + text.substring(t.start(), t.end()));
      }
    }
    return out;
  }

  @Test
  void coloursACallWithEveryKindOfArgument() {
    assertThat(kinds("movingAverage(servers.web{1,2}.cpu, '5min', 1.5, xFilesFactor=true)"))
        .containsExactly(
            "FUNCTION:movingAverage",
            "PUNCTUATION:(",
            "PATH:servers.web{1,2}.cpu",
            "PUNCTUATION:,",
            "STRING:'5min'",
            "PUNCTUATION:,",
            "NUMBER:1.5",
            "PUNCTUATION:,",
            "PARAMETER:xFilesFactor",
            "PUNCTUATION:=",
            "LITERAL:true",
            "PUNCTUATION:)");
  }

  @Test
  void readsWhatIsStillBeingTyped() {
    assertThat(kinds("sumSeries(serv"))
        .containsExactly("FUNCTION:sumSeries", "PUNCTUATION:(", "PATH:serv");
    assertThat(kinds("alias(a, 'unclosed")).endsWith("STRING:'unclosed");
    assertThat(kinds("a.{x,y")).containsExactly("PATH:a.{x,y");
  }

  @Test
  void aNumberOnlyCountsBeforeACommaAParenthesisOrTheEnd() {
    assertThat(kinds("f(a, 10)")).contains("NUMBER:10");
    assertThat(kinds("f(a, 10min)")).contains("PATH:10min");
    assertThat(kinds("1.5.6")).containsExactly("PATH:1.5.6");
  }

  @Test
  void wordsAreLiteralsOnlyAsArguments() {
    assertThat(kinds("true")).containsExactly("PATH:true");
    assertThat(kinds("f(a, None, inf, truex)"))
        .contains("LITERAL:None", "LITERAL:inf", "PATH:truex");
  }

  @Test
  void pipesAndTaggedNames() {
    assertThat(kinds("cpu;dc=us|scale(2)"))
        .containsExactly(
            "PATH:cpu;dc=us",
            "PUNCTUATION:|",
            "FUNCTION:scale",
            "PUNCTUATION:(",
            "NUMBER:2",
            "PUNCTUATION:)");
  }

  @Test
  void marksCharactersNoTargetHolds() {
    assertThat(kinds("a.b}é")).containsExactly("PATH:a.b", "UNKNOWN:}", "UNKNOWN:é");
  }

  @Property(tries = 1000)
  void tokensCoverAnyTextInOrder(@ForAll("anything") String text) {
    int at = 0;
    for (Token token : TargetLexer.tokens(text)) {
      assertThat(token.start()).isEqualTo(at);
      assertThat(token.end()).isGreaterThan(token.start());
      at = token.end();
    }
    assertThat(at).isEqualTo(text.length());
  }

  /** For any target the parser reads, the colours follow the parser's reading of it. */
  @Property(tries = 2000)
  void coloursCompleteTargetsAsTheParserReadsThem(@ForAll("targets") String target) {
    Expression tree;
    try {
      tree = TargetParser.parse(target);
    } catch (TargetParseException e) {
      Assume.that(false);
      return;
    }
    List<String> expected = new ArrayList<>();
    expect(tree, target, expected);
    List<String> actual = new ArrayList<>();
    for (Token t : TargetLexer.tokens(target)) {
      actual.add(t.kind() + "@" + t.start() + ":" + target.substring(t.start(), t.end()));
    }
    assertThat(actual).as(target).containsAll(expected);
  }

  private static void expect(Expression node, String text, List<String> out) {
    if (node instanceof Call call) {
      int start = call.span().start();
      out.add("FUNCTION@" + start + ":" + call.name());
      call.args().forEach(a -> expect(a, text, out));
      for (KeywordArgument k : call.keywords()) {
        out.add("PARAMETER@" + k.span().start() + ":" + k.name());
        expect(k.value(), text, out);
      }
    } else if (node instanceof Template template) {
      out.add("FUNCTION@" + template.span().start() + ":template");
      expect(template.body(), text, out);
    } else if (node instanceof PathExpression) {
      out.add(span("PATH", node, text));
    } else if (node instanceof StringLiteral) {
      out.add(span("STRING", node, text));
    } else if (node instanceof NumberLiteral n) {
      out.add(span(n.text().equals("inf") ? "LITERAL" : "NUMBER", node, text));
    } else if (node instanceof BooleanLiteral || node instanceof NoneLiteral) {
      out.add(span("LITERAL", node, text));
    }
  }

  private static String span(String kind, Expression node, String text) {
    return kind + "@" + node.span().start() + ":" + node.span().of(text);
  }

  @Provide
  Arbitrary<String> anything() {
    return Arbitraries.strings().withChars("abc.(){},'\"\\|= \t-1e5*é").ofMaxLength(40);
  }

  @Provide
  Arbitrary<String> targets() {
    return expression(3);
  }

  private Arbitrary<String> expression(int depth) {
    Arbitrary<String> path =
        Arbitraries.of(
            "a.b",
            "servers.web*.cpu",
            "a.{x,y}.c",
            "cpu;dc=us",
            "web-1.load_avg",
            "a\\(b.c",
            "1min.x",
            "true.x");
    if (depth == 0) {
      return path;
    }
    Arbitrary<String> literal =
        Arbitraries.of("1", "-20", "0.5", "1E5", "true", "False", "None", "inf", "'x'", "\"y z\"");
    Arbitrary<String> argument = Arbitraries.oneOf(literal, expression(depth - 1));
    Arbitrary<String> call =
        net.jqwik.api.Combinators.combine(
                Arbitraries.of("sumSeries", "alias", "f", "g_2", "template"),
                expression(depth - 1),
                argument.list().ofMaxSize(3),
                Arbitraries.of("", "xFilesFactor=0.5", "k = 'v'", "n=a.b"),
                Arbitraries.of("", " ", "  "))
            .as(
                (name, first, rest, keyword, gap) -> {
                  StringBuilder text = new StringBuilder(name).append('(').append(first);
                  rest.forEach(r -> text.append(',').append(gap).append(r));
                  if (!keyword.isEmpty()) {
                    text.append(',').append(gap).append(keyword);
                  }
                  return text.append(gap).append(')').toString();
                });
    Arbitrary<String> base = Arbitraries.oneOf(path, call);
    return net.jqwik.api.Combinators.combine(base, Arbitraries.of("", "|scale(2)", " | f(a.b, 1)"))
        .as((b, pipe) -> b + pipe);
  }
}
