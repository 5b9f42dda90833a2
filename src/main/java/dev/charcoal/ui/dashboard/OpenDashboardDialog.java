package dev.charcoal.ui.dashboard;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;

/** Picks a saved dashboard by name: a list (type to move, Enter or a double click opens). */
final class OpenDashboardDialog extends Dialog<String> {
  private static final ButtonType OPEN = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);

  OpenDashboardDialog(List<String> names, String folder) {
    setTitle("Open dashboard");
    setHeaderText(names.isEmpty() ? "No dashboards saved yet in " + folder : null);
    ListView<String> list = new ListView<>();
    list.setId("dashboardList");
    list.getItems().setAll(names);
    list.setPrefHeight(240);
    if (!names.isEmpty()) {
      list.getSelectionModel().selectFirst();
    }
    Label where = new Label("From " + folder);
    where.getStyleClass().add("hint");
    getDialogPane().setContent(new VBox(6, list, where));
    getDialogPane().getButtonTypes().addAll(OPEN, ButtonType.CANCEL);
    Node open = getDialogPane().lookupButton(OPEN);
    open.setId("openDashboardOk");
    open.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
    list.setOnMouseClicked(
        e -> {
          if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
            ((Button) open).fire();
          }
        });
    list.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER && !open.isDisabled()) {
            ((Button) open).fire();
          }
        });
    setResultConverter(
        button -> button == OPEN ? list.getSelectionModel().getSelectedItem() : null);
    // after the dialog's own focus on its default button
    setOnShown(e -> Platform.runLater(list::requestFocus));
  }
}
