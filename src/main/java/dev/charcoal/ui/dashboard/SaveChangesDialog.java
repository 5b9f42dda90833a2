package dev.charcoal.ui.dashboard;

import dev.charcoal.ui.Dialogs;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * "Save changes to NAME?" before unsaved changes would be lost (the window closes, another
 * dashboard opens, a new one starts): Save (the default button: Enter), Don't Save, or Cancel
 * (Escape), which keeps everything as it is.
 */
final class SaveChangesDialog extends Alert {
  /** What the user chose. */
  enum Choice {
    SAVE,
    DISCARD,
    CANCEL
  }

  private static final ButtonType SAVE = new ButtonType("_Save", ButtonBar.ButtonData.YES);

  // OTHER, not NO: NO counts as a cancel button, and Escape must mean Cancel alone
  private static final ButtonType DONT_SAVE =
      new ButtonType("_Don't Save", ButtonBar.ButtonData.OTHER);

  /**
   * @param name the dashboard's name, {@code ""} for one never saved
   */
  SaveChangesDialog(String name) {
    super(
        AlertType.WARNING,
        "Your changes are lost if you don't save them.",
        SAVE,
        DONT_SAVE,
        ButtonType.CANCEL);
    setTitle("Unsaved changes");
    setHeaderText(name.isEmpty() ? "Save this dashboard?" : "Save changes to \"" + name + "\"?");
    button(SAVE, "saveChanges").setDefaultButton(true);
    button(DONT_SAVE, "discardChanges");
    button(ButtonType.CANCEL, "keepChanges").setCancelButton(true);
  }

  /** Asks, in front of {@code owner}'s window, and waits for the answer. */
  static Choice ask(String name, Node owner) {
    ButtonType answer =
        Dialogs.ownedBy(new SaveChangesDialog(name), owner).showAndWait().orElse(ButtonType.CANCEL);
    return answer == SAVE ? Choice.SAVE : answer == DONT_SAVE ? Choice.DISCARD : Choice.CANCEL;
  }

  private Button button(ButtonType type, String id) {
    Button button = (Button) getDialogPane().lookupButton(type);
    button.setId(id);
    return button;
  }
}
