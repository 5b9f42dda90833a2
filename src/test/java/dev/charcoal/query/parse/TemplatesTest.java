package dev.charcoal.query.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplatesTest {

  private static String expand(String target, Map<String, String> request) {
    return TargetPrinter.print(Templates.expand(TargetParser.parse(target), request));
  }

  @Test
  void replacesPositionalAndKeywordVariablesInPaths() {
    assertThat(expand("template(sumSeries(hosts.$1.$role.cpu), 'web*')", Map.of()))
        .isEqualTo("sumSeries(hosts.web*.$role.cpu)");
    assertThat(expand("template(sumSeries(hosts.$host.cpu), host='a')", Map.of()))
        .isEqualTo("sumSeries(hosts.a.cpu)");
  }

  @Test
  void requestVariablesWin() {
    assertThat(expand("template(hosts.$host.cpu, host='a')", Map.of("host", "b")))
        .isEqualTo("hosts.b.cpu");
  }

  @Test
  void aWholeVariablePathBecomesItsValue() {
    Call call =
        (Call) Templates.expand(TargetParser.parse("template(f($1, $s), 12, 'x')"), Map.of());
    assertThat(call.args().get(0)).isEqualTo(new NumberLiteral("12", true, new Span(11, 13)));
    assertThat(call.args().get(1)).isInstanceOf(PathExpression.class); // $s is not a variable
    Call fromRequest =
        (Call) Templates.expand(TargetParser.parse("template(f($1))"), Map.of("1", "12"));
    assertThat(((NumberLiteral) fromRequest.args().get(0)).doubleValue()).isEqualTo(12.0);
    assertThat(((NumberLiteral) fromRequest.args().get(0)).integer()).isFalse();
  }

  @Test
  void writesFloatsAsPythonDoes() {
    assertThat(expand("template(a.$x, x=1e3)", Map.of())).isEqualTo("a.1000.0");
  }

  @Test
  void replacesPlainTextSoDollarOneAlsoHitsDollarTen() {
    assertThat(expand("template(a.$10, 'x')", Map.of())).isEqualTo("a.x0");
  }

  @Test
  void bracedVariablesAreACharcoalExtension() {
    assertThat(expand("template(a.${x}1.b, x='v')", Map.of())).isEqualTo("a.v1.b");
    assertThat(expand("template(f(${n}), n=3)", Map.of())).isEqualTo("f(3)");
  }

  @Test
  void leavesPathsOutsideTemplatesAlone() {
    assertThat(expand("template(a.$x, x='b')|f($x)", Map.of("x", "c"))).isEqualTo("a.c|f($x)");
  }

  @Test
  void nestedTemplatesHaveTheirOwnVariables() {
    assertThat(expand("template(f(template(a.$x, x='in'), b.$x), x='out')", Map.of()))
        .isEqualTo("f(a.in,b.out)");
  }

  @Test
  void refusesACallNamedTemplate() {
    assertThatThrownBy(
            () -> Templates.expand(TargetParser.parse("template(a.b, x=true)"), Map.of()))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("invalid template() syntax");
  }

  @Test
  void refusesANumericLookingValueThatIsNoNumber() {
    assertThatThrownBy(
            () -> Templates.expand(TargetParser.parse("template(f($x), x='1.2.3')"), Map.of()))
        .isInstanceOf(TemplateException.class)
        .hasMessage("could not convert string to float: '1.2.3'");
  }
}
