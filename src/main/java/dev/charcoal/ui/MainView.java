package dev.charcoal.ui;

import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The main window's content. For now a placeholder that says which data directory is open; the
 * metric browser, charts and dashboards take its place in later versions.
 */
public final class MainView extends BorderPane {
  public MainView(Path dataDir) {
    getStyleClass().add("main-view");

    Label title = new Label("Charcoal");
    title.getStyleClass().add("title");

    Label dataDirLabel = new Label("Data directory: " + dataDir);
    dataDirLabel.setId("dataDirLabel");
    dataDirLabel.getStyleClass().add("data-dir");
    dataDirLabel.setWrapText(true);

    Label comingLabel =
        new Label(
            "The metric browser arrives in a later version. Until then, the whisper files can be"
                + " inspected with 'charcoal whisper info|fetch|dump FILE'.");
    comingLabel.setId("comingLabel");
    comingLabel.getStyleClass().add("note");
    comingLabel.setWrapText(true);

    VBox content = new VBox(12, title, dataDirLabel, comingLabel);
    content.setAlignment(Pos.CENTER_LEFT);
    content.getStyleClass().add("content");
    content.setMaxWidth(640);
    setCenter(content);
  }
}
