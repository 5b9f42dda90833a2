package dev.charcoal.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaretContextTest {
  /** The word at the '|' in {@code marked}, which is removed. */
  static CaretContext.Word wordAt(String marked) {
    int caret = marked.indexOf('^');
    return CaretContext.word(marked.replace("^", ""), caret);
  }

  static CaretContext.CallAt callAt(String marked) {
    int caret = marked.indexOf('^');
    return CaretContext.call(marked.replace("^", ""), caret);
  }

  @Test
  void aTopLevelWordMayBeAFunctionOrARootNode() {
    CaretContext.Word word = wordAt("sumSeries(serv^");
    assertThat(word).isEqualTo(new CaretContext.Word(10, 14, "", "serv", true));
    assertThat(word.mayBeFunction()).isTrue();
  }

  @Test
  void afterADotTheLastSegmentIsCompletedUnderItsParent() {
    assertThat(wordAt("alias(servers.web1.cp^u.user, 'x')"))
        .isEqualTo(new CaretContext.Word(19, 22, "servers.web1", "cp", false));
    assertThat(wordAt("servers.^")).isEqualTo(new CaretContext.Word(8, 8, "servers", "", false));
  }

  @Test
  void noCompletionInStringsNumbersOrBelowAGlob() {
    assertThat(wordAt("alias(a.b, 'serv^")).isNull();
    assertThat(wordAt("alias(a.b, 'se^rv')")).isNull();
    assertThat(wordAt("scale(a.b, 10^")).isNull();
    assertThat(wordAt("servers.*.cp^")).isNull();
    assertThat(wordAt("servers.web{1,2}.cp^")).isNull();
  }

  @Test
  void aWordWithOtherCharactersIsNoFunction() {
    assertThat(wordAt("web-1^").mayBeFunction()).isFalse();
    assertThat(wordAt("a.su^").mayBeFunction()).isFalse();
  }

  @Test
  void keywordNamesEndAtTheirEqualsSign() {
    assertThat(wordAt("f(a.b, n=ser^")).isEqualTo(new CaretContext.Word(9, 12, "", "ser", true));
  }

  @Test
  void findsTheInnermostCallAndTheArgument() {
    assertThat(callAt("movingAverage(sumSeries(a.b, c^), 5)"))
        .isEqualTo(new CaretContext.CallAt("sumSeries", 14, 1, null));
    assertThat(callAt("movingAverage(sumSeries(a.b, c), ^5)"))
        .isEqualTo(new CaretContext.CallAt("movingAverage", 0, 1, null));
    assertThat(callAt("movingAverage(a.b, 5)^")).isNull();
    assertThat(callAt("a.b^")).isNull();
  }

  @Test
  void commasInStringsAndValueListsDoNotCount() {
    assertThat(callAt("alias(a.{x,y}, 'p,q', ^").argument()).isEqualTo(2);
  }

  @Test
  void aPipedCallsInputIsItsFirstArgument() {
    assertThat(callAt("a.b|scale(^")).isEqualTo(new CaretContext.CallAt("scale", 4, 1, null));
  }

  @Test
  void aKeywordArgumentNamesItsParameter() {
    assertThat(callAt("movingAverage(a.b, 5, xFilesFactor=^").keyword()).isEqualTo("xFilesFactor");
  }
}
