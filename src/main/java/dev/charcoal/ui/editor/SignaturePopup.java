package dev.charcoal.ui.editor;

import dev.charcoal.query.eval.FunctionSpec;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Popup;
import javafx.stage.Screen;

/**
 * The signature and documentation of the function whose arguments the caret is in, shown above the
 * field: {@code movingAverage(seriesList, windowSize, xFilesFactor=None)} with the parameter being
 * typed in bold, a line on that parameter, and the start of the function's description.
 */
final class SignaturePopup {
  /** The widest the description runs before it wraps, in pixels. */
  static final double DOC_WIDTH = 460;

  /** Between the field and the popup, in pixels. */
  static final double GAP = 2;

  private final Popup popup = new Popup();
  private final TextFlow line = new TextFlow();
  private final Label param = new Label();
  private final Label doc = new Label();
  private final VBox content = new VBox(line, param, doc);
  private FunctionSpec shownSpec;
  private int shownParam = -2;
  private boolean below;
  private double height;

  SignaturePopup() {
    line.getStyleClass().add("signature-line");
    param.getStyleClass().add("signature-param");
    doc.getStyleClass().add("signature-doc");
    doc.setWrapText(true);
    content.getStyleClass().addAll("root", "signature-popup");
    popup.getContent().add(content);
    popup.setAutoHide(false);
    popup.setHideOnEscape(false);
  }

  /**
   * Shows {@code spec} with parameter {@code active} (-1: none) at screen x {@code x}, above the
   * field whose top and bottom edges are at screen y {@code fieldTop} and {@code fieldBottom}, or
   * below it when the screen has no room above (a window at the top of the screen): never over the
   * text being typed.
   */
  void show(
      Node owner, double x, double fieldTop, double fieldBottom, FunctionSpec spec, int active) {
    if (spec != shownSpec || active != shownParam) {
      fill(spec, active);
    }
    content.getStylesheets().setAll(owner.getScene().getRoot().getStylesheets());
    content.getStylesheets().add(ExpressionField.stylesheet());
    if (!popup.isShowing()) {
      popup.show(owner, x, fieldBottom);
    }
    // the window takes its new size at the next pulse: place it by what the content asks for now
    content.applyCss();
    height = content.prefHeight(-1);
    double screenTop =
        Screen.getScreensForRectangle(x, fieldTop, 1, 1).stream()
            .findFirst()
            .orElse(Screen.getPrimary())
            .getVisualBounds()
            .getMinY();
    below = fieldTop - height - GAP < screenTop;
    popup.setX(x);
    popup.setY(below ? fieldBottom + GAP : fieldTop - height - GAP);
  }

  /** Whether it shows below the field (where the completion list must then make room). */
  boolean below() {
    return popup.isShowing() && below;
  }

  /** Its top edge on screen. */
  double y() {
    return popup.getY();
  }

  /** Its height on screen. */
  double height() {
    return height;
  }

  void hide() {
    popup.hide();
  }

  boolean isShowing() {
    return popup.isShowing();
  }

  /** The signature line's text (for tests). */
  String signatureText() {
    StringBuilder text = new StringBuilder();
    line.getChildren().forEach(n -> text.append(((Text) n).getText()));
    return text.toString();
  }

  /** The parameter shown in bold, or null (for tests). */
  String activeText() {
    for (Node node : line.getChildren()) {
      if (node.getStyleClass().contains("signature-active")) {
        return ((Text) node).getText();
      }
    }
    return null;
  }

  private void fill(FunctionSpec spec, int active) {
    shownSpec = spec;
    shownParam = active;
    List<Text> pieces = new ArrayList<>();
    for (Signature.Piece piece : Signature.pieces(spec, active)) {
      Text text = new Text(piece.text());
      text.getStyleClass().add("signature-piece");
      if (piece.active()) {
        text.getStyleClass().add("signature-active");
      }
      pieces.add(text);
    }
    line.getChildren().setAll(pieces);
    boolean hasParam = active >= 0 && active < spec.params().size();
    param.setText(hasParam ? Signature.paramLine(spec.params().get(active)) : "");
    param.setManaged(hasParam);
    param.setVisible(hasParam);
    String summary = Signature.summary(spec);
    doc.setText(spec.group().label() + (summary.isEmpty() ? "" : " · " + summary));
    // a wrapping label is as wide as its text unless told otherwise
    Text measure = new Text(doc.getText());
    measure.setFont(doc.getFont());
    doc.setPrefWidth(Math.min(DOC_WIDTH, Math.ceil(measure.getLayoutBounds().getWidth()) + 2));
  }
}
