package dev.charcoal.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.query.eval.FunctionGroup;
import dev.charcoal.query.eval.FunctionSpec;
import dev.charcoal.query.eval.ParamSpec;
import dev.charcoal.query.eval.ParamType;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SignatureTest {
  static ParamSpec param(
      String name, ParamType type, boolean required, boolean multiple, String def) {
    return new ParamSpec(
        name, type, required, multiple, Optional.ofNullable(def), List.of(), List.of(), name);
  }

  static final FunctionSpec MOVING_AVERAGE =
      new FunctionSpec(
          "movingAverage",
          "movingAverage",
          FunctionGroup.CALCULATE,
          false,
          "Graphs the average of the preceding points.\n\nLonger text that is not shown.",
          List.of(
              param("seriesList", ParamType.SERIES_LIST, true, false, null),
              param("windowSize", ParamType.INT_OR_INTERVAL, true, false, null),
              param("xFilesFactor", ParamType.FLOAT, false, false, "null")));

  static final FunctionSpec SUM =
      new FunctionSpec(
          "sumSeries",
          "sumSeries",
          FunctionGroup.COMBINE,
          true,
          "Adds.",
          List.of(param("seriesLists", ParamType.SERIES_LIST, true, true, null)));

  static String text(List<Signature.Piece> pieces) {
    return pieces.stream().map(Signature.Piece::text).collect(Collectors.joining());
  }

  @Test
  void writesTheSignatureAsGraphiteUsersReadIt() {
    assertThat(text(Signature.pieces(MOVING_AVERAGE, -1)))
        .isEqualTo("movingAverage(seriesList, windowSize, xFilesFactor=None)");
    assertThat(text(Signature.pieces(SUM, -1))).isEqualTo("sumSeries(*seriesLists)");
  }

  @Test
  void marksTheParameterBeingTyped() {
    List<Signature.Piece> pieces = Signature.pieces(MOVING_AVERAGE, 1);
    assertThat(pieces.stream().filter(Signature.Piece::active).map(Signature.Piece::text))
        .containsExactly("windowSize");
  }

  @Test
  void findsTheParameterByPositionByKeywordAndPastAManyParameter() {
    assertThat(Signature.activeParam(MOVING_AVERAGE, 1, null)).isEqualTo(1);
    assertThat(Signature.activeParam(MOVING_AVERAGE, 1, "xFilesFactor")).isEqualTo(2);
    assertThat(Signature.activeParam(MOVING_AVERAGE, 3, null)).isEqualTo(-1);
    assertThat(Signature.activeParam(SUM, 4, null)).isZero();
  }

  @Test
  void describesTheParameterAndKeepsTheFirstParagraph() {
    assertThat(Signature.paramLine(MOVING_AVERAGE.params().get(1)))
        .isEqualTo("windowSize: intOrInterval, required");
    assertThat(Signature.summary(MOVING_AVERAGE))
        .isEqualTo("Graphs the average of the preceding points.");
  }
}
