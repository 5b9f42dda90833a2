package dev.charcoal.ui.editor;

import dev.charcoal.ui.backend.Backend;
import dev.charcoal.ui.chart.ChartPane;
import dev.charcoal.ui.chart.PaneModel;
import dev.charcoal.ui.task.BackgroundTasks;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;

/**
 * The expression editors and compare menus of a window's chart panes. {@link #attach} gives a pane
 * its editor (under the header, opened by the ✎ button or {@link #edit}) and its ⟲ compare menu.
 */
public final class Editors {
  private static final String EDITOR_KEY = PaneEditor.class.getName();

  private final EditorContext context;

  public Editors(Backend backend, BackgroundTasks tasks) {
    this.context = new EditorContext(backend, tasks);
  }

  /** Gives {@code pane} an expression editor and a compare menu. */
  public void attach(ChartPane pane) {
    PaneEditor editor = new PaneEditor(pane.model(), pane.targetErrors(), context);
    pane.setEditor(editor);
    pane.getProperties().put(EDITOR_KEY, editor);
    ToggleButton toggle = new ToggleButton("✎");
    toggle.getStyleClass().addAll("pane-button", "edit-targets");
    toggle.setTooltip(new Tooltip("Edit targets (Ctrl+E)"));
    toggle.selectedProperty().bindBidirectional(editor.open());
    pane.addHeaderControl(toggle);
    pane.addHeaderControl(new TimeShiftMenu(pane.model()));
  }

  /** Opens the editor of {@code pane} (attached before) with the caret in its first row. */
  public void edit(ChartPane pane) {
    if (pane != null && pane.getProperties().get(EDITOR_KEY) instanceof PaneEditor editor) {
      editor.edit();
    }
  }

  /**
   * Overlays every target of {@code model} as it was {@code shift} ago ({@link
   * dev.charcoal.ui.chart.Overlay#DAY}, {@link dev.charcoal.ui.chart.Overlay#WEEK}…), or removes
   * those overlays when every target has one.
   */
  public static void toggleShift(PaneModel model, String shift) {
    TimeShiftMenu.toggle(model, shift);
  }
}
