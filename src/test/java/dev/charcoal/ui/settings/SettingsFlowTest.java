package dev.charcoal.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.ui.TestClock;
import dev.charcoal.ui.UiServices;
import dev.charcoal.ui.backend.FakeBackend;
import dev.charcoal.ui.backend.Settings;
import dev.charcoal.ui.main.MainWindow;
import dev.charcoal.ui.theme.Theme;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SettingsFlowTest {
  final FakeBackend backend = new FakeBackend();
  MainWindow window;

  @Start
  void start(Stage stage) {
    UiServices services =
        new UiServices(backend, new TestClock(Instant.EPOCH), ZoneOffset.UTC, Runnable::run);
    window = new MainWindow(services, Path.of("/nonexistent"));
    stage.setScene(new Scene(window, 1100, 700));
    stage.show();
  }

  void openSettings(FxRobot robot) {
    robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
  }

  void replace(FxRobot robot, String id, String text) {
    robot.interact(() -> robot.lookup(id).queryAs(TextInputControl.class).setText(text));
  }

  String error(FxRobot robot, SettingsCheck.Field field) {
    return robot.lookup("#error-" + field.name()).queryAs(Label.class).getText();
  }

  Node save(FxRobot robot) {
    return robot.lookup("#settingsSave").query();
  }

  @Test
  void editedSettingsAreSavedThroughTheBackendAndARestartIsAnnounced(FxRobot robot) {
    openSettings(robot);
    assertThat(robot.lookup("#carbonPort").queryAs(TextInputControl.class).getText())
        .isEqualTo("2003");

    replace(robot, "#carbonPort", "12003");
    replace(robot, "#settingsBind", "0.0.0.0");
    replace(robot, "#statsdFlush", "5s");
    // 5 s flushes into the default 10 s stats schema: a warning, not a refusal
    assertThat(robot.lookup("#statsdFlushWarning").queryAs(Label.class).getText())
        .contains("StatsD flushes every 5s")
        .contains("only the last is kept");
    replace(robot, "#statsdPercentiles", "90, 99.9");
    assertThat(robot.lookup(".hint").queryAll())
        .anyMatch(n -> n instanceof Label l && l.getText().startsWith("Other computers"));
    robot.clickOn("#settingsSave");

    assertThat(backend.savedSettings()).hasSize(1);
    Settings saved = backend.savedSettings().get(0);
    assertThat(saved.listeners())
        .isEqualTo(new Settings.Listeners("0.0.0.0", 12003, 2004, 8125, 8080));
    assertThat(saved.statsdFlush()).isEqualTo(Duration.ofSeconds(5));
    assertThat(saved.percentiles()).containsExactly(90.0, 99.9);
    assertThat(saved.schemas()).isEqualTo(Settings.defaults().schemas());
    assertThat(robot.lookup("#notice").queryAs(Label.class).getText())
        .isEqualTo("Settings saved. Restart Charcoal to apply the listeners and StatsD.");
  }

  @Test
  void wrongFieldsSayWhyAndSaveWaits(FxRobot robot) {
    openSettings(robot);

    replace(robot, "#carbonPort", "abc");
    assertThat(save(robot).isDisabled()).isTrue();
    assertThat(error(robot, SettingsCheck.Field.CARBON_PORT))
        .isEqualTo("The carbon port must be a number from 0 to 65535.");
    replace(robot, "#carbonPort", "8125");
    assertThat(error(robot, SettingsCheck.Field.STATSD_PORT))
        .isEqualTo("Port 8125 is used by two listeners.");
    replace(robot, "#carbonPort", "2003");
    replace(robot, "#statsdFlush", "10 seconds");
    assertThat(error(robot, SettingsCheck.Field.STATSD_FLUSH))
        .startsWith("The flush interval: expected");
    replace(robot, "#statsdFlush", "10s");
    assertThat(save(robot).isDisabled()).isFalse();
    assertThat(robot.lookup("#statsdFlushWarning").queryAs(Label.class).getText()).isEmpty();

    robot.clickOn("Storage rules");
    replace(robot, "#schemasText", "[all]\npattern = .*\nretentions = 10s\n");
    assertThat(save(robot).isDisabled()).isTrue();
    assertThat(error(robot, SettingsCheck.Field.SCHEMAS)).startsWith("storage-schemas.conf line 3");
    robot.clickOn("#reset-schemasText");
    assertThat(save(robot).isDisabled()).isFalse();
    assertThat(error(robot, SettingsCheck.Field.SCHEMAS)).isEmpty();

    robot.clickOn("Cancel");
    assertThat(backend.savedSettings()).isEmpty();
  }

  @Test
  void theThemeAppliesAtOnce(FxRobot robot) {
    openSettings(robot);
    robot.clickOn("Appearance").clickOn("#themeDark");

    assertThat(window.theme().get()).isEqualTo(Theme.DARK);
    assertThat(window.getStylesheets()).contains(Theme.DARK.stylesheetUrl());
    robot.clickOn("Cancel");
    assertThat(backend.savedSettings()).isEmpty();
  }

  @Test
  void unchangedSettingsAreNotSavedAgain(FxRobot robot) {
    openSettings(robot);
    robot.clickOn("#settingsSave");

    assertThat(backend.savedSettings()).isEmpty();
  }

  @Test
  void restartNotesNameWhatChanged() {
    Settings d = Settings.defaults();
    Settings rules =
        new Settings(
            d.listeners(), d.statsdFlush(), d.percentiles(), d.schemas() + "\n", d.aggregation());
    Settings all =
        new Settings(
            new Settings.Listeners("::1", 1, 2, 3, 4),
            Duration.ofSeconds(1),
            List.of(),
            d.schemas() + "\n",
            d.aggregation());

    assertThat(SettingsController.restartNote(d, d)).isEmpty();
    assertThat(SettingsController.restartNote(d, rules))
        .isEqualTo("Restart Charcoal to apply the storage rules.");
    assertThat(SettingsController.restartNote(d, all))
        .isEqualTo("Restart Charcoal to apply the listeners, StatsD and the storage rules.");
  }
}
