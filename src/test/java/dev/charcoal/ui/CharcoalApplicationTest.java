package dev.charcoal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class CharcoalApplicationTest {
  static final Path DATA_DIR = Path.of("/nonexistent/charcoal-test-data");
  Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    new CharcoalApplication(DATA_DIR).start(stage);
  }

  @Test
  void opensAWindowTitledCharcoal() {
    assertThat(stage.getTitle()).isEqualTo("Charcoal");
    assertThat(stage.isShowing()).isTrue();
  }

  @Test
  void saysWhichDataDirIsOpen(FxRobot robot) {
    Label label = robot.lookup("#dataDirLabel").queryAs(Label.class);

    assertThat(label.getText()).isEqualTo("Data directory: " + DATA_DIR);
  }
}
