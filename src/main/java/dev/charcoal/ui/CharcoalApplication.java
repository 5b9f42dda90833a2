package dev.charcoal.ui;

import dev.charcoal.ui.dashboard.DashboardController;
import dev.charcoal.ui.main.MainWindow;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The desktop app: one window titled "Charcoal" showing the {@link MainWindow} over the services it
 * is given. {@link CharcoalLauncher} starts it; tests start it on their own stage.
 */
public final class CharcoalApplication extends Application {
  public static final String TITLE = "Charcoal";

  static final double WIDTH = 1280;
  static final double HEIGHT = 800;

  private final Path dataDir;
  private final UiServices services;
  private final List<List<String>> initialPanes;
  private MainWindow window;
  private Runnable onFirstFrame = () -> {};

  /**
   * @param initialPanes the targets of the panes the window opens with (one list per pane)
   */
  public CharcoalApplication(Path dataDir, UiServices services, List<List<String>> initialPanes) {
    this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
    this.services = Objects.requireNonNull(services, "services");
    this.initialPanes = List.copyOf(initialPanes);
  }

  @Override
  public void start(Stage stage) {
    window = new MainWindow(services, dataDir);
    for (List<String> targets : initialPanes) {
      window.workspace().addPane(targets);
    }
    if (initialPanes.isEmpty()) {
      window.workspace().addPane(List.of());
    }
    DashboardController dashboards = window.dashboards();
    stage
        .titleProperty()
        .bind(
            Bindings.createStringBinding(
                () -> title(dashboards.name().get(), dashboards.modified().get()),
                dashboards.name(),
                dashboards.modified()));
    // the close button asks about unsaved changes first, and may be cancelled
    stage.setOnCloseRequest(
        e -> {
          e.consume();
          window.requestClose(stage::hide);
        });
    stage.setScene(new Scene(window, WIDTH, HEIGHT));
    stage.setMinWidth(640);
    stage.setMinHeight(400);
    stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> window.stop());
    stage.show();
    FirstFrame.whenDrawn(stage.getScene(), onFirstFrame);
    window.start();
  }

  /**
   * The window's title: "Charcoal", then the dashboard's name, then "*" while it has unsaved
   * changes ("Charcoal — ops *").
   */
  static String title(String dashboard, boolean modified) {
    String name = dashboard.isEmpty() && modified ? "new dashboard" : dashboard;
    return (name.isEmpty() ? TITLE : TITLE + " — " + name) + (modified ? " *" : "");
  }

  /** Runs {@code action} on the FX thread once the window's first frame has been drawn. */
  public void setOnFirstFrame(Runnable action) {
    onFirstFrame = Objects.requireNonNull(action, "action");
  }

  /** The window's content, once {@link #start} ran. */
  public MainWindow window() {
    return window;
  }
}
