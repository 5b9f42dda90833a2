package dev.charcoal.ui.editor;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A one-line field for a render target with syntax colours (functions, paths, strings, numbers) and
 * an error underline. It is a plain {@link TextField}, so caret, selection, clipboard, undo and
 * focus behave as everywhere else; the field's own text is made invisible and a {@link TextFlow} of
 * coloured runs is laid exactly over it, following it when it scrolls.
 */
public final class ExpressionField extends Region {
  static final String STYLESHEET = "editor.css";

  private final TextField input = new TextField();
  private final TextFlow flow = new TextFlow();
  private final Pane overlay = new Pane(flow);
  private final Rectangle clip = new Rectangle();
  private final InvalidationListener follow = o -> position();
  private String prompt = "";
  private Text shownText;
  private int errorStart = -1;
  private int errorEnd = -1;

  public ExpressionField() {
    getStyleClass().add("expression-field");
    getStylesheets().add(stylesheet());
    input.getStyleClass().add("expression-input");
    flow.getStyleClass().add("expression-runs");
    flow.setManaged(false);
    overlay.setMouseTransparent(true);
    overlay.setManaged(false);
    overlay.setClip(clip);
    getChildren().addAll(input, overlay);
    input.textProperty().addListener(o -> restyle());
    input.fontProperty().addListener(o -> restyle());
    input.skinProperty().addListener(o -> hideFieldText());
    restyle();
  }

  /** The stylesheet of the editor's controls. */
  static String stylesheet() {
    return ExpressionField.class.getResource(STYLESHEET).toExternalForm();
  }

  /** The text field underneath: its text, caret and events. */
  public TextField input() {
    return input;
  }

  /** The grey text shown while the field is empty. */
  public void setPrompt(String prompt) {
    this.prompt = prompt;
    restyle();
  }

  /**
   * Underlines the error at {@code position}: the token there, or a mark after the last character
   * when the target ends too early.
   */
  public void setError(int position) {
    String text = input.getText();
    if (position < 0) {
      clearError();
      return;
    }
    int start = Math.min(position, text.length());
    int end = start;
    for (Token token : TargetLexer.tokens(text)) {
      if (token.contains(start)) {
        end = token.kind() == Token.Kind.SPACE ? start + 1 : token.end();
        break;
      }
    }
    if (start != errorStart || end != errorEnd) {
      // the runs were just made for the new text: make them again only if the underline moved
      errorStart = start;
      errorEnd = end;
      restyle();
    }
  }

  /** Removes the underline. */
  public void clearError() {
    if (errorStart >= 0) {
      errorStart = -1;
      errorEnd = -1;
      restyle();
    }
  }

  /** The underlined range {start, end}, or null; end equal to start marks the end of the text. */
  int[] errorRange() {
    return errorStart < 0 ? null : new int[] {errorStart, errorEnd};
  }

  /** The coloured runs drawn over the field (for tests). */
  List<Text> runs() {
    List<Text> runs = new ArrayList<>();
    for (Node node : flow.getChildren()) {
      runs.add((Text) node);
    }
    return runs;
  }

  private void restyle() {
    String text = input.getText() == null ? "" : input.getText();
    List<Text> runs = new ArrayList<>();
    if (text.isEmpty() && !prompt.isEmpty()) {
      runs.add(run(prompt, "expression-prompt", false));
    }
    for (Token token : TargetLexer.tokens(text)) {
      // split the token where the error underline starts and ends
      int at = token.start();
      for (int cut : new int[] {errorStart, errorEnd, token.end()}) {
        if (cut > at && cut <= token.end()) {
          boolean error = errorStart >= 0 && at >= errorStart && at < errorEnd;
          runs.add(run(text.substring(at, cut), token.kind().styleClass(), error));
          at = cut;
        }
      }
    }
    if (errorStart >= 0 && errorStart == errorEnd && errorStart >= text.length()) {
      runs.add(run(" ", "tok-missing", true));
    }
    flow.getChildren().setAll(runs);
    position();
  }

  private Text run(String text, String styleClass, boolean error) {
    Text run = new Text(text);
    run.setFont(input.getFont());
    run.getStyleClass().add(styleClass);
    if (error) {
      run.getStyleClass().add("tok-error");
    }
    return run;
  }

  /** Finds the text node of the field's skin, hides it, and follows where it is drawn. */
  private void hideFieldText() {
    if (shownText != null) {
      shownText.localToSceneTransformProperty().removeListener(follow);
      shownText.layoutBoundsProperty().removeListener(follow);
      shownText = null;
    }
    // The skin's only Text node is the field's text: no prompt text is set on the field.
    for (Node node : input.lookupAll(".text")) {
      if (node instanceof Text text && node != input) {
        shownText = text;
      }
    }
    if (shownText != null) {
      shownText.setOpacity(0);
      shownText.localToSceneTransformProperty().addListener(follow);
      shownText.layoutBoundsProperty().addListener(follow);
    }
    position();
  }

  private void position() {
    flow.resize(flow.prefWidth(-1), flow.prefHeight(-1));
    Insets insets = input.getInsets();
    if (shownText == null) {
      flow.relocate(insets.getLeft(), insets.getTop());
      return;
    }
    // Reading the transform property (not localToScene) keeps its invalidation listener firing.
    Bounds text =
        overlay.sceneToLocal(
            shownText.getLocalToSceneTransform().transform(shownText.getLayoutBounds()));
    if (text != null) {
      flow.relocate(text.getMinX(), text.getMinY());
    }
  }

  @Override
  protected void layoutChildren() {
    double width = getWidth();
    double height = getHeight();
    input.resizeRelocate(0, 0, width, height);
    overlay.resizeRelocate(0, 0, width, height);
    input.layout(); // the field scrolls its text in its own layout: follow it in this pulse
    Insets insets = input.getInsets();
    clip.setX(insets.getLeft());
    clip.setY(0);
    clip.setWidth(Math.max(0, width - insets.getLeft() - insets.getRight()));
    clip.setHeight(height);
    position();
  }

  @Override
  protected double computePrefWidth(double height) {
    return input.prefWidth(height);
  }

  @Override
  protected double computePrefHeight(double width) {
    return input.prefHeight(width);
  }

  @Override
  protected double computeMinWidth(double height) {
    return input.minWidth(height);
  }

  @Override
  protected double computeMinHeight(double width) {
    return input.minHeight(width);
  }

  @Override
  protected double computeMaxHeight(double width) {
    return input.prefHeight(width);
  }
}
