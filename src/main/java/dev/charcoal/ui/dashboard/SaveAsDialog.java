package dev.charcoal.ui.dashboard;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * Asks for a dashboard's name, checked as the user types: a name that cannot be a file name is
 * refused, one that is taken is accepted with a warning that it will be replaced.
 */
final class SaveAsDialog extends Dialog<String> {
  SaveAsDialog(String current, List<String> existing) {
    setTitle("Save dashboard as");
    setHeaderText(null);
    TextField name = new TextField(current);
    name.setId("dashboardName");
    name.setPromptText("e.g. ops overview");
    Label message = new Label();
    message.setId("dashboardNameMessage");
    message.setWrapText(true);
    getDialogPane().setContent(new VBox(6, new Label("Name"), name, message));
    getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    Node ok = getDialogPane().lookupButton(ButtonType.OK);
    ok.setId("saveAsOk");
    Runnable check =
        () -> {
          String problem = null;
          try {
            String n = DashboardFiles.checkName(name.getText());
            message.setText(
                existing.stream().anyMatch(n::equalsIgnoreCase)
                    ? "\"" + n + "\" exists and will be replaced."
                    : "");
          } catch (IllegalArgumentException e) {
            problem = e.getMessage();
            message.setText(problem);
          }
          ok.setDisable(problem != null);
        };
    name.textProperty().addListener((obs, was, now) -> check.run());
    check.run();
    setResultConverter(
        button -> button == ButtonType.OK ? DashboardFiles.checkName(name.getText()) : null);
    // after the dialog's own focus on its default button
    setOnShown(
        e ->
            Platform.runLater(
                () -> {
                  name.requestFocus();
                  name.selectAll();
                }));
  }
}
