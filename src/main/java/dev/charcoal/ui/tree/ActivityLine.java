package dev.charcoal.ui.tree;

import javafx.animation.PauseTransition;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;

/**
 * A line below the tree for what the tree is doing: a delete's progress, then how it ended, shown
 * for a while. Hidden (and taking no room) otherwise.
 */
final class ActivityLine extends HBox {
  /** How long the outcome of an action stays. */
  static final Duration OUTCOME_TIME = Duration.seconds(8);

  private final ProgressBar bar = new ProgressBar(0);
  private final Label text = new Label();
  private final PauseTransition hideLater = new PauseTransition(OUTCOME_TIME);

  ActivityLine() {
    setId("treeActivity");
    getStyleClass().add("tree-activity");
    setSpacing(6);
    text.setId("treeActivityText");
    text.setMinWidth(0);
    text.setWrapText(true);
    HBox.setHgrow(text, Priority.ALWAYS);
    bar.setPrefWidth(80);
    bar.setMinWidth(60);
    getChildren().addAll(bar, text);
    hideLater.setOnFinished(e -> show(false));
    show(false);
  }

  /** Shows work under way: {@code done} between 0 and 1, or negative when not known. */
  void progress(String message, double done) {
    hideLater.stop();
    text.setText(message);
    text.getStyleClass().remove("error-text");
    bar.setProgress(done);
    bar.setVisible(true);
    bar.setManaged(true);
    show(true);
  }

  /** Shows how something ended, for a while. */
  void outcome(String message, boolean error) {
    text.setText(message);
    text.getStyleClass().remove("error-text");
    if (error) {
      text.getStyleClass().add("error-text");
    }
    bar.setVisible(false);
    bar.setManaged(false);
    show(true);
    hideLater.playFromStart();
  }

  String message() {
    return isVisible() ? text.getText() : "";
  }

  private void show(boolean shown) {
    setVisible(shown);
    setManaged(shown);
  }
}
