package dev.charcoal.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.model.Event;
import dev.charcoal.ui.TestClock;
import dev.charcoal.ui.UiServices;
import dev.charcoal.ui.backend.FakeBackend;
import dev.charcoal.ui.chart.ChartPane;
import dev.charcoal.ui.chart.Overlay;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window's keyboard ways to the editor, the overlays and events. */
@ExtendWith(ApplicationExtension.class)
class PaneShortcutsTest {
  static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

  final FakeBackend backend =
      new FakeBackend("load")
          .withSeries(
              "load",
              e -> List.of(FakeBackend.series("load", e, 60, new double[] {1, 2}, Map.of())));
  MainWindow window;
  ChartPane pane;

  @Start
  void start(Stage stage) {
    UiServices services =
        new UiServices(backend, new TestClock(NOW), ZoneOffset.UTC, Runnable::run);
    window = new MainWindow(services, Path.of("/data"));
    window.workspace().addPane(List.of("load"));
    pane = window.workspace().activePane();
    stage.setScene(new Scene(window, 1100, 700));
    stage.show();
  }

  @Test
  void ctrlEOpensTheActivePanesEditorWithTheCaretInItsFirstRow(FxRobot robot) {
    Node editor = robot.lookup(".pane-editor").query();
    assertThat(editor.isVisible()).isFalse();

    robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);

    assertThat(editor.isVisible()).isTrue();
    Node focused = window.getScene().getFocusOwner();
    assertThat(focused).isInstanceOf(TextField.class);
    assertThat(((TextField) focused).getText()).isEqualTo("load");
  }

  @Test
  void ctrlShiftDTogglesTheDayOverlayOfTheActivePane(FxRobot robot) {
    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D)
        .release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
    assertThat(pane.model().overlays()).containsExactly(new Overlay("load", Overlay.DAY));

    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D)
        .release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
    assertThat(pane.model().overlays()).isEmpty();
  }

  @Test
  void theEventButtonAddsAnEventNow(FxRobot robot) {
    robot.clickOn("#addEvent");
    robot.interact(() -> robot.lookup("#eventWhat").queryAs(TextField.class).setText("deploy"));
    robot.clickOn("#eventOk");

    assertThat(backend.storedEvents())
        .containsExactly(new Event(1, NOW.getEpochSecond(), "deploy", List.of(), ""));
  }
}
