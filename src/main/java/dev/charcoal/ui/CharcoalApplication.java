package dev.charcoal.ui;

import java.nio.file.Path;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The desktop app: one window titled "Charcoal" showing the {@link MainView}. */
public final class CharcoalApplication extends Application {
  public static final String TITLE = "Charcoal";

  /** The named launch parameter carrying the data directory: {@code --data=DIR}. */
  static final String DATA_PARAMETER = "data";

  private Path dataDir;

  /** For {@link Application#launch}: the data directory comes from the {@code --data} parameter. */
  public CharcoalApplication() {}

  /** For embedding and tests: a data directory that the caller has already prepared. */
  public CharcoalApplication(Path dataDir) {
    this.dataDir = Objects.requireNonNull(dataDir);
  }

  @Override
  public void start(Stage stage) {
    if (dataDir == null) {
      dataDir = Path.of(getParameters().getNamed().get(DATA_PARAMETER));
    }
    Scene scene = new Scene(new MainView(dataDir), 960, 640);
    scene
        .getStylesheets()
        .add(Objects.requireNonNull(getClass().getResource("charcoal.css")).toExternalForm());
    stage.setTitle(TITLE);
    stage.setScene(scene);
    stage.setMinWidth(480);
    stage.setMinHeight(320);
    stage.show();
  }
}
