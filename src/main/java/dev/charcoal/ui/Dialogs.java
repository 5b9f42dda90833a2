package dev.charcoal.ui;

import javafx.scene.Node;
import javafx.scene.control.Dialog;

/** What every dialog of the window needs: an owner, and the window's theme (its own scene). */
public final class Dialogs {
  private Dialogs() {}

  /** Makes {@code dialog} belong to {@code node}'s window and wear its stylesheets. */
  public static <D extends Dialog<?>> D ownedBy(D dialog, Node node) {
    if (node != null && node.getScene() != null) {
      dialog.initOwner(node.getScene().getWindow());
      dialog.getDialogPane().getStylesheets().setAll(node.getScene().getRoot().getStylesheets());
    }
    return dialog;
  }
}
