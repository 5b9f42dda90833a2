package dev.charcoal.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PaneModelTest {
  @Test
  void overlaysEveryTargetOnceAndTakesThemAwayAgain() {
    PaneModel model = new PaneModel(List.of("a", "b"));

    model.addOverlays("1d");
    model.addOverlays("-1d"); // the same shift

    assertThat(model.overlays()).containsExactly(new Overlay("a", "1d"), new Overlay("b", "1d"));
    assertThat(model.hasOverlays("1d")).isTrue();
    assertThat(model.hasOverlays("1w")).isFalse();
    model.removeOverlays("1d");
    assertThat(model.overlays()).isEmpty();
  }

  @Test
  void overlaysOneTargetAloneAndThePaneIsCompleteWhenEveryTargetHasIt() {
    PaneModel model = new PaneModel(List.of("a", "b"));

    model.addOverlay("b", "1d");
    model.addOverlay("b", "-1d"); // the same shift
    model.addOverlay("c", "1d"); // not a target of this pane

    assertThat(model.overlays()).containsExactly(new Overlay("b", "1d"));
    assertThat(model.overlaysOf("b")).containsExactly(new Overlay("b", "1d"));
    assertThat(model.overlaysOf("a")).isEmpty();
    assertThat(model.hasOverlay("b", "1d")).isTrue();
    assertThat(model.hasOverlays("1d")).isFalse();

    model.addOverlays("1d"); // completes the pane: a gets one, b keeps its own

    assertThat(model.overlays()).containsExactly(new Overlay("b", "1d"), new Overlay("a", "1d"));
    assertThat(model.hasOverlays("1d")).isTrue();
    model.removeOverlay("a", "1d");
    assertThat(model.overlays()).containsExactly(new Overlay("b", "1d"));
  }

  @Test
  void anOverlayGoesWithItsTargetAndFollowsItsEdits() {
    PaneModel model = new PaneModel(List.of("a", "b"));
    model.addOverlays("1w");

    model.replaceTarget(0, " scale(a, 2) ");
    model.targets().remove("b");

    assertThat(model.targets()).containsExactly("scale(a, 2)");
    assertThat(model.overlays()).containsExactly(new Overlay("scale(a, 2)", "1w"));
    assertThat(model.hasOverlays("1w")).isTrue();
  }

  @Test
  void anEditMayNotEmptyOrDuplicateATarget() {
    PaneModel model = new PaneModel(List.of("a", "b"));

    assertThatThrownBy(() -> model.replaceTarget(0, "b")).hasMessageContaining("already");
    assertThatThrownBy(() -> model.replaceTarget(0, " ")).hasMessageContaining("empty");
    assertThat(model.targets()).containsExactly("a", "b");
  }

  @Test
  void anOverlayIsQueriedAsTimeShiftAndLabelledWithItsShift() {
    Overlay overlay = new Overlay("a.b|scale(2)", "1d");

    assertThat(overlay.target()).isEqualTo("timeShift(a.b|scale(2), \"1d\")");
    assertThat(overlay.label()).isEqualTo("1d ago");
    assertThat(new Overlay("a", "+3h").label()).isEqualTo("3h ahead");
    assertThatThrownBy(() -> new Overlay("a", "1d\")"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
