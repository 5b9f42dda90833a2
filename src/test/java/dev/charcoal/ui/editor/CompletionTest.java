package dev.charcoal.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.query.eval.FunctionGroup;
import dev.charcoal.query.eval.FunctionSpec;
import dev.charcoal.query.function.StandardFunctions;
import dev.charcoal.ui.backend.MetricNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompletionTest {
  static final FunctionCatalog FUNCTIONS =
      new FunctionCatalog(StandardFunctions.registry().specs());
  static final List<MetricNode> ROOTS =
      List.of(
          new MetricNode("servers", false, true, 10),
          new MetricNode("stats", false, true, 3),
          new MetricNode("sumd", true, false, 1));

  static FunctionSpec spec(String name) {
    return new FunctionSpec(name, name, FunctionGroup.COMBINE, false, "", List.of());
  }

  @Test
  void namesStartingWithTheWordComeFirstThenNamesContainingItNodesBeforeFunctions() {
    FunctionCatalog functions =
        new FunctionCatalog(
            List.of(spec("cumulativeSum"), spec("sumSeries"), spec("sum"), spec("scale")));
    List<String> labels =
        Completion.of(
                new CaretContext.Word(0, 3, "", "sum", true),
                functions,
                List.of(
                    new MetricNode("servers", false, true, 10),
                    new MetricNode("sumd", true, false, 1),
                    new MetricNode("xsum", true, false, 1)))
            .stream()
            .map(Completion::label)
            .toList();

    assertThat(labels).containsExactly("sumd", "sum", "sumSeries", "xsum", "cumulativeSum");
  }

  @Test
  void aFunctionInsertsItsParenthesisABranchItsDot() {
    List<Completion> all =
        Completion.of(new CaretContext.Word(0, 1, "", "s", true), FUNCTIONS, ROOTS);
    assertThat(all)
        .filteredOn(c -> c.label().equals("sumSeries"))
        .singleElement()
        .satisfies(c -> assertThat(c.insert()).isEqualTo("sumSeries("));
    assertThat(all)
        .filteredOn(c -> c.label().equals("servers"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.insert()).isEqualTo("servers.");
              assertThat(c.kind()).isEqualTo(Completion.Kind.BRANCH);
            });
  }

  @Test
  void belowTheTopOnlyNodesAreOffered() {
    List<Completion> children =
        Completion.of(
            new CaretContext.Word(8, 9, "servers", "s", false),
            FUNCTIONS,
            List.of(
                new MetricNode("servers.sum", true, false, 1),
                new MetricNode("servers.web", false, true, 4)));
    assertThat(children).extracting(Completion::label).containsExactly("sum");
  }

  @Test
  void theListIsCapped() {
    assertThat(Completion.of(new CaretContext.Word(0, 0, "", "", true), FUNCTIONS, ROOTS))
        .hasSize(Math.min(Completion.MAX, FUNCTIONS.size() + ROOTS.size()));
  }
}
