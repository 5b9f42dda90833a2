package dev.charcoal.ui.settings;

import dev.charcoal.store.rules.RulesFiles;
import dev.charcoal.ui.backend.Settings;
import dev.charcoal.ui.settings.SettingsCheck.Field;
import dev.charcoal.ui.settings.SettingsCheck.Problem;
import dev.charcoal.ui.theme.Theme;
import dev.charcoal.ui.time.DurationText;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The settings: listeners (address and ports), the embedded StatsD (flush interval, percentiles),
 * the storage rules (the two carbon files as text, checked by the store's parsers as the user
 * types), and the look (light or dark, applied at once). Save stays disabled while a field is
 * wrong; each problem shows under its tab's fields. Changes that only apply when the listeners
 * restart say so.
 */
final class SettingsDialog extends Dialog<Settings> {
  static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);

  static final String RESTART_NOTE =
      "Charcoal applies these when its listeners next start (restart Charcoal).";

  private final TextField bind = field("settingsBind");
  private final TextField carbonPort = field("carbonPort");
  private final TextField picklePort = field("picklePort");
  private final TextField statsdPort = field("statsdPort");
  private final TextField httpPort = field("httpPort");
  private final TextField flush = field("statsdFlush");
  private final TextField percentiles = field("statsdPercentiles");
  private final TextArea schemas = area("schemasText");
  private final TextArea aggregation = area("aggregationText");
  private final Map<Field, Label> errors = new EnumMap<>(Field.class);
  private final Label bindNote = new Label();
  private final Label flushWarning = new Label();
  private final Node save;

  SettingsDialog(Settings initial, ObjectProperty<Theme> theme) {
    setTitle("Settings");
    setHeaderText(null);
    setResizable(true);
    for (Field f : Field.values()) {
      Label error = new Label();
      error.setId("error-" + f.name());
      error.getStyleClass().add("error-text");
      error.setWrapText(true);
      error.managedProperty().bind(error.textProperty().isNotEmpty());
      errors.put(f, error);
    }
    fill(initial);
    TabPane tabs =
        new TabPane(
            new Tab("Listeners", listenersTab()),
            new Tab("StatsD", statsdTab()),
            new Tab("Storage rules", rulesTab()),
            new Tab("Appearance", appearanceTab(theme)));
    tabs.setId("settingsTabs");
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    tabs.setPrefSize(640, 460);
    getDialogPane().setContent(tabs);
    getDialogPane().getButtonTypes().addAll(SAVE, ButtonType.CANCEL);
    save = getDialogPane().lookupButton(SAVE);
    save.setId("settingsSave");
    for (TextInputControl input :
        List.of(
            bind,
            carbonPort,
            picklePort,
            statsdPort,
            httpPort,
            flush,
            percentiles,
            schemas,
            aggregation)) {
      input.textProperty().addListener((obs, was, now) -> read());
    }
    read();
    setResultConverter(button -> button == SAVE ? read() : null);
  }

  /** The settings the fields hold, or null (each problem shown by its field) when wrong. */
  private Settings read() {
    errors.values().forEach(label -> label.setText(""));
    Duration flushInterval = null;
    List<Double> pct = null;
    try {
      flushInterval = SettingsCheck.parseFlush(flush.getText());
    } catch (IllegalArgumentException e) {
      errors.get(Field.STATSD_FLUSH).setText("The flush interval: " + e.getMessage() + ".");
    }
    try {
      pct = SettingsCheck.parsePercentiles(percentiles.getText());
    } catch (IllegalArgumentException e) {
      errors.get(Field.PERCENTILES).setText(e.getMessage());
    }
    Settings settings =
        new Settings(
            new Settings.Listeners(
                bind.getText(),
                SettingsCheck.parsePort(carbonPort.getText()),
                SettingsCheck.parsePort(picklePort.getText()),
                SettingsCheck.parsePort(statsdPort.getText()),
                SettingsCheck.parsePort(httpPort.getText())),
            flushInterval == null ? Settings.DEFAULT_STATSD_FLUSH : flushInterval,
            pct == null ? List.of() : pct,
            schemas.getText(),
            aggregation.getText());
    List<Problem> problems = SettingsCheck.check(settings);
    for (Problem p : problems) {
      Label label = errors.get(p.field());
      if (label.getText().isEmpty()) {
        label.setText(p.message());
      }
    }
    bindNote.setText(
        SettingsCheck.isLoopback(bind.getText())
            ? "Only programs on this computer can send metrics."
            : "Other computers that reach this address can send metrics and read them.");
    flushWarning.setText(
        problems.isEmpty() ? String.join("\n", SettingsCheck.warnings(settings)) : "");
    boolean ok = problems.isEmpty() && flushInterval != null && pct != null;
    if (save != null) {
      save.setDisable(!ok);
    }
    return ok ? settings : null;
  }

  private void fill(Settings s) {
    Settings.Listeners l = s.listeners();
    bind.setText(l.bind());
    carbonPort.setText(Integer.toString(l.carbonPort()));
    picklePort.setText(Integer.toString(l.picklePort()));
    statsdPort.setText(Integer.toString(l.statsdPort()));
    httpPort.setText(Integer.toString(l.httpPort()));
    flush.setText(DurationText.format(s.statsdFlush()));
    percentiles.setText(SettingsCheck.formatPercentiles(s.percentiles()));
    schemas.setText(s.schemas());
    aggregation.setText(s.aggregation());
  }

  private Node listenersTab() {
    GridPane grid = grid();
    int row = 0;
    grid.addRow(row++, new Label("Bind address"), bind);
    grid.add(bindNote, 1, row++);
    grid.add(errors.get(Field.BIND), 1, row++);
    row = portRow(grid, row, "Carbon plaintext (TCP, UDP)", carbonPort, Field.CARBON_PORT);
    row = portRow(grid, row, "Carbon pickle", picklePort, Field.PICKLE_PORT);
    row = portRow(grid, row, "StatsD (UDP, TCP)", statsdPort, Field.STATSD_PORT);
    row = portRow(grid, row, "Graphite HTTP API", httpPort, Field.HTTP_PORT);
    grid.add(note("Port 0 picks any free port. " + RESTART_NOTE), 0, row, 2, 1);
    bindNote.getStyleClass().add("hint");
    return grid;
  }

  private int portRow(GridPane grid, int row, String label, TextField field, Field f) {
    field.setPrefColumnCount(6);
    field.setMaxWidth(Region.USE_PREF_SIZE);
    grid.addRow(row++, new Label(label), field);
    grid.add(errors.get(f), 1, row++);
    return row;
  }

  private Node statsdTab() {
    GridPane grid = grid();
    flush.setPromptText("10s");
    percentiles.setPromptText("90, 95, 99");
    grid.addRow(0, new Label("Flush interval"), flush);
    grid.add(new VBox(errors.get(Field.STATSD_FLUSH), flushWarning), 1, 1);
    grid.addRow(2, new Label("Timer percentiles"), percentiles);
    grid.add(errors.get(Field.PERCENTILES), 1, 3);
    flushWarning.setId("statsdFlushWarning");
    flushWarning.getStyleClass().add("warning-text");
    flushWarning.setWrapText(true);
    flushWarning.managedProperty().bind(flushWarning.textProperty().isNotEmpty());
    grid.add(
        note(
            "Durations such as 10s, 500ms or 1m. Percentiles as etsy statsd's percentThreshold: a"
                + " negative one means the top |P| %. "
                + RESTART_NOTE),
        0,
        4,
        2,
        1);
    return grid;
  }

  private Node rulesTab() {
    VBox box =
        new VBox(
            6,
            rulesHeader(RulesFiles.SCHEMAS, schemas),
            schemas,
            errors.get(Field.SCHEMAS),
            rulesHeader(RulesFiles.AGGREGATION, aggregation),
            aggregation,
            errors.get(Field.AGGREGATION),
            note(
                "Carbon's syntax. New rules apply to whisper files created after Charcoal"
                    + " restarts; existing files keep their archives (resize them with"
                    + " charcoal whisper resize)."));
    box.getStyleClass().add("settings-tab");
    VBox.setVgrow(schemas, Priority.ALWAYS);
    VBox.setVgrow(aggregation, Priority.ALWAYS);
    return box;
  }

  private Node rulesHeader(String file, TextArea area) {
    Button reset = new Button("Reset to defaults");
    reset.setId("reset-" + area.getId());
    reset.setOnAction(e -> area.setText(RulesFiles.defaultText(file)));
    Label name = new Label(file);
    name.getStyleClass().add("settings-file");
    GridPane header = new GridPane();
    header.setHgap(12);
    header.addRow(0, name, reset);
    return header;
  }

  private Node appearanceTab(ObjectProperty<Theme> theme) {
    ToggleGroup group = new ToggleGroup();
    RadioButton light = new RadioButton("Light");
    light.setId("themeLight");
    RadioButton dark = new RadioButton("Dark");
    dark.setId("themeDark");
    light.setToggleGroup(group);
    dark.setToggleGroup(group);
    (theme.get() == Theme.DARK ? dark : light).setSelected(true);
    // applies at once: the window restyles while the dialog is open
    light.setOnAction(e -> theme.set(Theme.LIGHT));
    dark.setOnAction(e -> theme.set(Theme.DARK));
    VBox box = new VBox(8, new Label("Theme"), light, dark, note("Applies at once."));
    box.getStyleClass().add("settings-tab");
    return box;
  }

  private static GridPane grid() {
    GridPane grid = new GridPane();
    grid.getStyleClass().add("settings-tab");
    grid.setHgap(10);
    grid.setVgap(4);
    return grid;
  }

  private static Label note(String text) {
    Label label = new Label(text);
    label.setWrapText(true);
    label.setMinHeight(Region.USE_PREF_SIZE); // wrap, never cut short
    label.getStyleClass().add("hint");
    return label;
  }

  private static TextField field(String id) {
    TextField f = new TextField();
    f.setId(id);
    return f;
  }

  private static TextArea area(String id) {
    TextArea a = new TextArea();
    a.setId(id);
    a.getStyleClass().add("rules-text");
    a.setPrefRowCount(8);
    return a;
  }
}
