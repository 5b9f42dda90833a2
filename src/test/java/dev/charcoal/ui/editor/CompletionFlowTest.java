package dev.charcoal.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.query.function.StandardFunctions;
import dev.charcoal.ui.backend.FakeBackend;
import dev.charcoal.ui.task.BackgroundTasks;
import dev.charcoal.ui.theme.Theme;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.TextFieldSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Typing in one row: completion of functions and tree nodes, the signature, the colours. */
@ExtendWith(ApplicationExtension.class)
class CompletionFlowTest {
  /** A few real functions: the registry grows, the test should not change with it. */
  static final Set<String> FUNCTIONS = Set.of("sum", "sumSeries", "highestAverage", "scale");

  final FakeBackend backend =
      new FakeBackend("servers.web1.cpu", "servers.web2.cpu", "servers.web2.load", "stats.count")
          .withFunctions(
              StandardFunctions.registry().specs().stream()
                  .filter(spec -> FUNCTIONS.contains(spec.name()))
                  .toList());
  TargetRow row;
  String applied;
  Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    EditorContext context = new EditorContext(backend, new BackgroundTasks(Runnable::run));
    row =
        new TargetRow(
            context,
            null,
            new TargetRow.Actions() {
              @Override
              public void apply(TargetRow r, String text) {
                applied = text;
              }

              @Override
              public void remove(TargetRow r) {}
            });
    VBox box = new VBox(row);
    box.getStylesheets().add(ExpressionField.stylesheet());
    StackPane root = new StackPane(box);
    root.getStylesheets().addAll(Theme.baseStylesheetUrl(), Theme.LIGHT.stylesheetUrl());
    stage.setScene(new Scene(root, 420, 300));
    stage.show();
  }

  TextField input() {
    return row.field().input();
  }

  CompletionPopup list() {
    return row.completer().list();
  }

  @Test
  void typingAWordOffersFunctionsAndTheKeysChooseOne(FxRobot robot) {
    robot.clickOn(input()).write("sum");

    assertThat(list().isShowing()).isTrue();
    assertThat(list().items()).extracting(Completion::label).containsExactly("sum", "sumSeries");
    assertThat(list().selected().label()).isEqualTo("sum");

    robot.type(KeyCode.DOWN).type(KeyCode.TAB);

    assertThat(input().getText()).isEqualTo("sumSeries(");
    assertThat(input().getCaretPosition()).isEqualTo(10);
    assertThat(list().isShowing()).isFalse();
    assertThat(row.completer().signature().isShowing()).isTrue();
    assertThat(row.completer().signature().signatureText()).isEqualTo("sumSeries(*seriesLists)");
    assertThat(row.completer().signature().activeText()).isEqualTo("*seriesLists");
    assertThat(applied).isNull();
  }

  @Test
  void pathSegmentsCompleteFromTheTreeOneLevelAfterTheOther(FxRobot robot) {
    robot.clickOn(input()).write("ser");
    // the node that starts with it, then the function that contains it
    assertThat(list().items())
        .extracting(Completion::label)
        .containsExactly("servers", "sumSeries");

    robot.type(KeyCode.ENTER); // a branch: its dot, and the next level at once
    assertThat(input().getText()).isEqualTo("servers.");
    assertThat(list().items()).extracting(Completion::label).containsExactly("web1", "web2");

    robot.type(KeyCode.DOWN, KeyCode.ENTER).write("l");
    assertThat(input().getText()).isEqualTo("servers.web2.l");
    assertThat(list().items()).extracting(Completion::label).containsExactly("load");

    robot.type(KeyCode.TAB);
    assertThat(input().getText()).isEqualTo("servers.web2.load");
    assertThat(list().isShowing()).isFalse();
    assertThat(backend.childrenCalls()).contains("", "servers", "servers.web2");

    robot.type(KeyCode.ENTER); // no list: Enter applies
    assertThat(applied).isEqualTo("servers.web2.load");
  }

  @Test
  void escapeClosesTheListBeforeItRevertsTheRow(FxRobot robot) {
    robot.clickOn(input()).write("st");
    assertThat(list().isShowing()).isTrue();

    robot.type(KeyCode.ESCAPE);
    assertThat(list().isShowing()).isFalse();
    assertThat(input().getText()).isEqualTo("st");

    robot.type(KeyCode.ESCAPE);
    assertThat(input().getText()).isEmpty();
  }

  @Test
  void ctrlSpaceOpensTheListAndUpDownStopAtTheEnds(FxRobot robot) {
    robot.clickOn(input());
    robot.press(KeyCode.CONTROL, KeyCode.SPACE).release(KeyCode.SPACE, KeyCode.CONTROL);

    assertThat(list().isShowing()).isTrue();
    assertThat(list().items())
        .extracting(Completion::label)
        .contains("servers", "stats", "sumSeries");
    robot.type(KeyCode.UP);
    assertThat(list().selected()).isEqualTo(list().items().get(0));
  }

  @Test
  void theSignatureFollowsTheArgumentTheCaretIsIn(FxRobot robot) {
    robot.clickOn(input()).write("highestAverage(a.b, 5");

    assertThat(row.completer().signature().signatureText())
        .isEqualTo("highestAverage(seriesList, n)");
    assertThat(row.completer().signature().activeText()).isEqualTo("n");

    robot.write(", n=0"); // past the last positional parameter, named by keyword
    assertThat(row.completer().signature().activeText()).isEqualTo("n");
    robot.interact(() -> input().positionCaret("highestAverage(".length()));
    assertThat(row.completer().signature().activeText()).isEqualTo("seriesList");

    robot.write(")");
    assertThat(row.completer().signature().isShowing()).isFalse();
  }

  @Test
  void theSignatureNeverCoversTheField(FxRobot robot) {
    robot.interact(() -> stage.setY(0)); // no room above the field
    robot.clickOn(input()).write("highestAverage(a.b, ");
    Bounds field = input().localToScreen(input().getLayoutBounds());
    SignaturePopup signature = row.completer().signature();
    assertThat(signature.below()).isTrue();
    assertThat(signature.y()).isGreaterThanOrEqualTo(field.getMaxY());

    robot.write("s"); // the list goes under the signature
    assertThat(list().isShowing()).isTrue();
    robot.interact(() -> input().clear());

    robot.interact(() -> stage.setY(300));
    robot.write("highestAverage(a.b, ");
    field = input().localToScreen(input().getLayoutBounds());
    assertThat(signature.below()).isFalse();
    assertThat(signature.y() + signature.height()).isLessThanOrEqualTo(field.getMinY());
  }

  @Test
  void theColoursLieOnTheFieldsTextAlsoWhenItScrolls(FxRobot robot) {
    String target =
        "aliasByNode(movingAverage(servers.web1.cpu.user, '5min'), 1, 2, 3, 4, 5, 6, 7, 8)";
    robot.interact(() -> input().setText(target));
    robot.clickOn(input());
    robot.interact(() -> input().end());
    assertAligned(target.length() - 1);
    assertThat(runWith("aliasByNode").getStyleClass()).contains("tok-function");
    assertThat(runWith("'5min'").getStyleClass()).contains("tok-string");
    assertThat(runWith("servers.web1.cpu.user").getStyleClass()).contains("tok-path");

    robot.interact(() -> input().home());
    assertAligned(0);
  }

  private Text runWith(String text) {
    return row.field().runs().stream()
        .filter(r -> r.getText().equals(text))
        .findFirst()
        .orElseThrow();
  }

  /** The run drawn over character {@code index} lies where the field's own text has it. */
  private void assertAligned(int index) {
    TextFieldSkin skin = (TextFieldSkin) input().getSkin();
    Rectangle2D character = skin.getCharacterBounds(index);
    Bounds fieldChar =
        input()
            .localToScene(
                new javafx.geometry.BoundingBox(
                    character.getMinX(),
                    character.getMinY(),
                    character.getWidth(),
                    character.getHeight()));
    int at = 0;
    for (Text run : row.field().runs()) {
      int end = at + run.getText().length();
      if (index < end) {
        Text probe = new Text(run.getText().substring(0, index - at));
        probe.setFont(run.getFont());
        Bounds runBounds = run.localToScene(run.getLayoutBounds());
        double x = runBounds.getMinX() + probe.getLayoutBounds().getWidth();
        assertThat(x).isCloseTo(fieldChar.getMinX(), org.assertj.core.api.Assertions.within(1.0));
        assertThat(runBounds.getMinY())
            .isCloseTo(fieldChar.getMinY(), org.assertj.core.api.Assertions.within(1.5));
        return;
      }
      at = end;
    }
    throw new AssertionError("no run over character " + index);
  }
}
