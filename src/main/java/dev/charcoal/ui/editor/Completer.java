package dev.charcoal.ui.editor;

import dev.charcoal.query.eval.FunctionSpec;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.TextFieldSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Completion and the signature popup for one {@link ExpressionField}. The list opens as a word is
 * typed (or on Ctrl+Space) with function names and tree nodes, narrows as typing goes on, and takes
 * Up, Down, Tab, Enter and Escape while it shows; otherwise Enter and Escape go to the row (apply,
 * revert). The signature shows whenever the caret is inside a known function's parentheses.
 */
final class Completer {
  static final KeyCombination COMPLETE =
      new KeyCodeCombination(KeyCode.SPACE, KeyCombination.CONTROL_DOWN); // Cmd+Space: Spotlight

  private final ExpressionField field;
  private final TextField input;
  private final EditorContext context;
  private final CompletionPopup list = new CompletionPopup(this::accept);
  private final SignaturePopup signature = new SignaturePopup();
  private Runnable onEnter = () -> {};
  private Runnable onEscape = () -> {};
  private CaretContext.Word word;
  private boolean quiet;
  private boolean explicit;
  private boolean typed;
  private int lastLength;

  Completer(ExpressionField field, EditorContext context) {
    this.field = field;
    this.input = field.input();
    this.context = context;
    input.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
    input.textProperty().addListener(o -> edited());
    input.caretPositionProperty().addListener(o -> caretMoved());
    input
        .focusedProperty()
        .addListener(
            (obs, was, focused) -> {
              if (focused) {
                context.names().forget(); // an edit starts: show metrics that came since
              } else {
                hide();
              }
            });
  }

  /** Called on Enter while no completion list shows. */
  void setOnEnter(Runnable onEnter) {
    this.onEnter = Objects.requireNonNull(onEnter);
  }

  /** Called on Escape while no completion list shows. */
  void setOnEscape(Runnable onEscape) {
    this.onEscape = Objects.requireNonNull(onEscape);
  }

  /** Sets the text without opening completion (applying or reverting). */
  void setTextQuietly(String text) {
    quiet = true;
    try {
      input.setText(text);
      input.positionCaret(text.length());
    } finally {
      quiet = false;
    }
    lastLength = text.length();
    hide();
  }

  /** Hides both popups. */
  void hide() {
    list.hide();
    signature.hide();
    explicit = false;
  }

  CompletionPopup list() {
    return list;
  }

  SignaturePopup signature() {
    return signature;
  }

  private void keyPressed(KeyEvent e) {
    if (COMPLETE.match(e)) {
      explicit = true;
      refresh(true);
      e.consume();
      return;
    }
    if (list.isShowing()) {
      switch (e.getCode()) {
        case DOWN -> list.move(1);
        case UP -> list.move(-1);
        case PAGE_DOWN -> list.move(10);
        case PAGE_UP -> list.move(-10);
        case TAB, ENTER -> accept(list.selected());
        case ESCAPE -> {
          list.hide();
          explicit = false;
        }
        default -> {
          return;
        }
      }
      e.consume();
    } else if (e.getCode() == KeyCode.ENTER) {
      e.consume();
      onEnter.run();
    } else if (e.getCode() == KeyCode.ESCAPE) {
      e.consume();
      onEscape.run();
    }
  }

  private void edited() {
    int length = input.getLength();
    if (quiet) {
      return;
    }
    // The caret moves after the text changed: decide there (caretMoved), with both up to date.
    typed = length > lastLength;
    lastLength = length;
    if (list.isShowing()) {
      refresh(false);
    }
  }

  private void caretMoved() {
    if (quiet) {
      return;
    }
    refresh(typed);
    typed = false;
    showSignature();
  }

  /**
   * Updates the list for the word at the caret: it opens when asked to (a word character was just
   * typed, or Ctrl+Space), stays open while there is a word, and closes otherwise.
   */
  private void refresh(boolean mayOpen) {
    String text = input.getText();
    int caret = input.getCaretPosition();
    if (!input.isFocused() || caret > text.length()) {
      return;
    }
    CaretContext.Word at = CaretContext.word(text, caret);
    boolean blank = at == null || (at.topLevel() && at.partial().isEmpty());
    boolean wanted = explicit || (!blank && (list.isShowing() || (mayOpen && caret > 0)));
    if (at == null || !wanted) {
      list.hide();
      explicit = false;
      word = null;
      return;
    }
    word = at;
    context
        .names()
        .children(
            at.parent(),
            children -> {
              if (at.equals(word) && input.isFocused()) {
                List<Completion> items = Completion.of(at, context.catalog(), children);
                Point2D below = listPoint(at);
                list.show(input, below.getX(), below.getY(), items);
              }
            });
  }

  private void accept(Completion completion) {
    CaretContext.Word at = word;
    if (completion == null || at == null) {
      return;
    }
    String text = input.getText();
    String insert = completion.insert();
    boolean followed = at.end() < text.length();
    if (completion.kind() == Completion.Kind.FUNCTION && followed && text.charAt(at.end()) == '(') {
      insert = completion.label(); // its parenthesis is there already
    } else if (completion.kind() == Completion.Kind.BRANCH
        && followed
        && text.charAt(at.end()) == '.') {
      insert = completion.label();
    }
    quiet = true;
    try {
      input.replaceText(at.start(), at.end(), insert);
      int caret = at.start() + insert.length();
      if (!insert.equals(completion.insert())) {
        caret++; // step over the '(' or '.' that was there
      }
      input.positionCaret(caret);
    } finally {
      quiet = false;
    }
    lastLength = input.getLength();
    if (completion.kind() == Completion.Kind.BRANCH) {
      refresh(true); // go on with the next segment
    } else {
      list.hide();
      explicit = false;
      word = null;
    }
    showSignature();
  }

  private void showSignature() {
    String text = input.getText();
    int caret = input.getCaretPosition();
    CaretContext.CallAt call =
        input.isFocused() && caret <= text.length() ? CaretContext.call(text, caret) : null;
    FunctionSpec spec = call == null ? null : context.catalog().get(call.name());
    if (spec == null) {
      signature.hide();
      return;
    }
    Point2D top = screenPoint(call.nameStart(), false);
    signature.show(
        input,
        top.getX(),
        top.getY(),
        top.getY() + input.getHeight(),
        spec,
        Signature.activeParam(spec, call.argument(), call.keyword()));
    if (word != null) {
      Point2D below = listPoint(word);
      list.moveTo(below.getX(), below.getY());
    }
  }

  /** Where the list goes: under the word, and under the signature when that is below too. */
  private Point2D listPoint(CaretContext.Word at) {
    Point2D below = screenPoint(at.start(), true);
    return signature.below() ? below.add(0, signature.height() + SignaturePopup.GAP) : below;
  }

  /** The screen point at the left of character {@code index}, below or above the field. */
  private Point2D screenPoint(int index, boolean below) {
    double x = input.getInsets().getLeft();
    if (input.getSkin() instanceof TextFieldSkin skin && input.getLength() > 0) {
      Rectangle2D bounds = skin.getCharacterBounds(Math.min(index, input.getLength() - 1));
      x = index < input.getLength() ? bounds.getMinX() : bounds.getMaxX();
    }
    x = Math.max(0, Math.min(x, field.getWidth()));
    return input.localToScreen(x, below ? input.getHeight() : 0);
  }
}
