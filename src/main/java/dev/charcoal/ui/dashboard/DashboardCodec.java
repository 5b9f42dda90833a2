package dev.charcoal.ui.dashboard;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charcoal.query.time.TimeOffset;
import dev.charcoal.ui.chart.Overlay;
import dev.charcoal.ui.tiles.Thresholds;
import dev.charcoal.ui.tiles.TileSpec;
import dev.charcoal.ui.tiles.TileWallSpec;
import dev.charcoal.ui.time.DurationText;
import dev.charcoal.ui.time.TimePresets;
import dev.charcoal.ui.time.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;

/**
 * Reads and writes dashboard files (format and versions in {@code docs/format/dashboard.md}). The
 * reader checks everything and names the place of a problem ({@code layout.children[1].pane
 * .targets[0]: expected a string}); keys it does not know are ignored, so later versions can add
 * keys that older readers skip, while a higher {@code version} number means "do not read".
 */
public final class DashboardCodec {
  /** The value of the {@code format} key. */
  public static final String FORMAT = "charcoal-dashboard";

  /** The version this code writes and the highest it reads. */
  public static final int VERSION = 1;

  /** Limits against a hostile or broken file (a dashboard is a few kilobytes). */
  static final int MAX_DEPTH = 32;

  static final int MAX_PANES = 256;
  static final int MAX_TARGETS_PER_PANE = 100;
  static final int MAX_OVERLAYS_PER_PANE = 4 * MAX_TARGETS_PER_PANE;
  static final int MAX_WALLS = 64;

  /** Strict JSON (no comments, no trailing commas): the files are written by this class. */
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private DashboardCodec() {}

  /** The file text of {@code dashboard}: indented JSON, ending with a newline. */
  public static String write(Dashboard dashboard) {
    try {
      return JSON.writeValueAsString(tree(dashboard)) + "\n";
    } catch (JacksonException e) {
      throw new IllegalStateException("a JSON tree always writes", e);
    }
  }

  /** {@code dashboard} as a JSON tree (for files that hold a dashboard among other things). */
  static ObjectNode tree(Dashboard dashboard) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("version", VERSION);
    ObjectNode time = root.putObject("time");
    if (dashboard.time() instanceof TimeRange.Relative relative) {
      time.put("last", DurationText.format(relative.span()));
    } else if (dashboard.time() instanceof TimeRange.Absolute absolute) {
      time.put("from", absolute.from().toString());
      time.put("until", absolute.until().toString());
    }
    ObjectNode refresh = root.putObject("autoRefresh");
    refresh.put("enabled", dashboard.autoRefresh());
    refresh.put("interval", DurationText.format(dashboard.refreshInterval()));
    root.set("layout", layout(dashboard.layout()));
    ArrayNode walls = root.putArray("walls");
    for (TileWallSpec wall : dashboard.walls()) {
      walls.add(wall(wall));
    }
    root.put("view", dashboard.view());
    return root;
  }

  /** The dashboard in {@code text}. */
  public static Dashboard read(String text) throws DashboardFormatException {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JacksonException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new DashboardFormatException("not valid JSON" + where + ": " + e.getOriginalMessage());
    }
    return read(root, "");
  }

  /** The dashboard in the JSON tree {@code json}, found at {@code path} in its file. */
  static Dashboard read(JsonNode json, String path) throws DashboardFormatException {
    try {
      return dashboard(new Node(json, path));
    } catch (IllegalArgumentException e) {
      throw new DashboardFormatException(e.getMessage(), e);
    }
  }

  private static Dashboard dashboard(Node root) {
    root.object();
    if (!FORMAT.equals(root.get("format").string())) {
      throw root.get("format").problem("expected \"" + FORMAT + "\": this is not a dashboard");
    }
    int version = root.get("version").integer();
    if (version > VERSION) {
      throw new IllegalArgumentException(
          "written by a newer Charcoal (format version "
              + version
              + "); this one reads up to version "
              + VERSION);
    }
    if (version < 1) {
      throw root.get("version").problem("expected 1 or more");
    }
    TimeRange time = time(root.get("time"));
    boolean enabled = false;
    Duration interval = TimePresets.DEFAULT_REFRESH;
    if (root.optional("autoRefresh")) {
      Node refresh = root.get("autoRefresh");
      enabled = refresh.optional("enabled") && refresh.get("enabled").bool();
      if (refresh.optional("interval")) {
        interval = refresh.get("interval").duration();
      }
    }
    int[] panes = {0};
    PaneLayout layout = layout(root.get("layout"), 0, panes);
    List<TileWallSpec> walls = new ArrayList<>();
    if (root.optional("walls")) {
      List<Node> items = root.get("walls").array(MAX_WALLS);
      for (Node wall : items) {
        walls.add(wall(wall));
      }
    }
    int view = root.optional("view") ? root.get("view").integer() : 0;
    return new Dashboard(time, enabled, interval, layout, walls, view);
  }

  private static TimeRange time(Node time) {
    time.object();
    if (time.optional("last")) {
      return new TimeRange.Relative(time.get("last").duration());
    }
    Instant from = time.get("from").instant();
    Instant until = time.get("until").instant();
    if (!from.isBefore(until)) {
      throw time.problem("from must be before until");
    }
    return new TimeRange.Absolute(from, until);
  }

  private static JsonNode layout(PaneLayout layout) {
    ObjectNode node = JSON.createObjectNode();
    if (layout instanceof PaneLayout.Pane pane) {
      ObjectNode paneNode = node.putObject("pane");
      pane.targets().forEach(paneNode.putArray("targets")::add);
      ArrayNode overlays = paneNode.putArray("overlays");
      for (Overlay overlay : pane.overlays()) {
        overlays.addObject().put("target", overlay.base()).put("shift", overlay.shift());
      }
    } else if (layout instanceof PaneLayout.Split split) {
      node.put("split", split.orientation() == Orientation.HORIZONTAL ? "horizontal" : "vertical");
      ArrayNode children = node.putArray("children");
      split.children().forEach(child -> children.add(layout(child)));
    } else {
      node.putObject("empty");
    }
    return node;
  }

  private static PaneLayout layout(Node node, int depth, int[] panes) {
    node.object();
    if (depth > MAX_DEPTH) {
      throw node.problem("splits nested deeper than " + MAX_DEPTH);
    }
    if (node.optional("pane")) {
      if (++panes[0] > MAX_PANES) {
        throw node.problem("more than " + MAX_PANES + " panes");
      }
      Node pane = node.get("pane");
      List<String> targets = new ArrayList<>();
      for (Node target : pane.get("targets").array(MAX_TARGETS_PER_PANE)) {
        targets.add(target.string());
      }
      return new PaneLayout.Pane(
          targets, pane.optional("overlays") ? overlays(pane, targets) : List.of());
    }
    if (node.optional("split")) {
      Orientation orientation =
          switch (node.get("split").string()) {
            case "horizontal" -> Orientation.HORIZONTAL;
            case "vertical" -> Orientation.VERTICAL;
            default -> throw node.get("split").problem("expected \"horizontal\" or \"vertical\"");
          };
      List<PaneLayout> children = new ArrayList<>();
      for (Node child : node.get("children").array(MAX_PANES)) {
        children.add(layout(child, depth + 1, panes));
      }
      return new PaneLayout.Split(orientation, children);
    }
    if (node.optional("empty")) {
      return new PaneLayout.Empty();
    }
    throw node.problem("expected one of \"pane\", \"split\" or \"empty\"");
  }

  /**
   * A pane's overlays, each of one of its targets; the same one twice is read once. Optional: files
   * written before overlays were saved have none.
   */
  private static List<Overlay> overlays(Node pane, List<String> targets) {
    List<Overlay> overlays = new ArrayList<>();
    for (Node node : pane.get("overlays").array(MAX_OVERLAYS_PER_PANE)) {
      String target = node.get("target").string();
      if (!targets.contains(target)) {
        throw node.get("target").problem("not one of the pane's targets");
      }
      String shift = node.get("shift").string();
      Overlay overlay;
      try {
        overlay = new Overlay(target, shift);
        TimeOffset.parse(shift); // what timeShift will be asked
      } catch (IllegalArgumentException e) {
        throw node.get("shift")
            .problem("expected an interval such as 1d or 2w, not \"" + shift + "\"");
      }
      if (overlays.stream()
          .noneMatch(o -> o.base().equals(target) && o.sameShift(overlay.shift()))) {
        overlays.add(overlay);
      }
    }
    return overlays;
  }

  private static JsonNode wall(TileWallSpec wall) {
    ObjectNode node = JSON.createObjectNode();
    node.put("title", wall.title());
    node.put("period", DurationText.format(wall.period()));
    node.put("refresh", DurationText.format(wall.refresh()));
    ArrayNode tiles = node.putArray("tiles");
    for (TileSpec tile : wall.tiles()) {
      ObjectNode t = tiles.addObject();
      t.put("target", tile.target());
      putIfSet(t, "alias", tile.alias());
      putIfSet(t, "unit", tile.unit());
      Thresholds thresholds = tile.thresholds();
      if (thresholds.warning() != null) {
        t.put("warning", thresholds.warning());
      }
      if (thresholds.critical() != null) {
        t.put("critical", thresholds.critical());
      }
      if (thresholds.direction() != Thresholds.Direction.AUTO) {
        t.put("direction", thresholds.direction().key());
      }
      putIfSet(t, "description", tile.description());
    }
    return node;
  }

  private static TileWallSpec wall(Node node) {
    node.object();
    String title = node.optional("title") ? node.get("title").string() : "";
    Duration period =
        node.optional("period") ? node.get("period").duration() : TileWallSpec.DEFAULT_PERIOD;
    Duration refresh =
        node.optional("refresh") ? node.get("refresh").duration() : TileWallSpec.DEFAULT_REFRESH;
    List<TileSpec> tiles = new ArrayList<>();
    if (node.optional("tiles")) {
      for (Node tile : node.get("tiles").array(TileWallSpec.MAX_TILES)) {
        tiles.add(tile(tile));
      }
    }
    try {
      return new TileWallSpec(title, period, refresh, tiles);
    } catch (IllegalArgumentException e) {
      throw node.problem(e.getMessage());
    }
  }

  private static TileSpec tile(Node node) {
    node.object();
    Double warning = node.optional("warning") ? node.get("warning").number() : null;
    Double critical = node.optional("critical") ? node.get("critical").number() : null;
    Thresholds.Direction direction = Thresholds.Direction.AUTO;
    if (node.optional("direction")) {
      try {
        direction = Thresholds.Direction.ofKey(node.get("direction").string());
      } catch (IllegalArgumentException e) {
        throw node.get("direction").problem(e.getMessage());
      }
    }
    String target = node.get("target").string();
    if (target.isBlank()) {
      throw node.get("target").problem("a tile needs a target");
    }
    return new TileSpec(
        target,
        node.optional("alias") ? node.get("alias").string() : "",
        node.optional("unit") ? node.get("unit").string() : "",
        new Thresholds(warning, critical, direction),
        node.optional("description") ? node.get("description").string() : "");
  }

  private static void putIfSet(ObjectNode node, String key, String value) {
    if (!value.isEmpty()) {
      node.put(key, value);
    }
  }

  /** A JSON value and where it is in the file, with readers that say what they expected. */
  private record Node(JsonNode json, String path) {
    IllegalArgumentException problem(String message) {
      return new IllegalArgumentException((path.isEmpty() ? "" : path + ": ") + message);
    }

    void object() {
      if (!json.isObject()) {
        throw problem("expected an object");
      }
    }

    boolean optional(String key) {
      object();
      JsonNode child = json.get(key);
      return child != null && !child.isNull();
    }

    Node get(String key) {
      object();
      JsonNode child = json.get(key);
      String childPath = path.isEmpty() ? key : path + "." + key;
      if (child == null || child.isNull()) {
        throw new IllegalArgumentException(childPath + ": missing");
      }
      return new Node(child, childPath);
    }

    List<Node> array(int max) {
      if (!json.isArray()) {
        throw problem("expected a list");
      }
      if (json.size() > max) {
        throw problem("more than " + max + " entries");
      }
      List<Node> items = new ArrayList<>(json.size());
      for (int i = 0; i < json.size(); i++) {
        items.add(new Node(json.get(i), path + "[" + i + "]"));
      }
      return items;
    }

    String string() {
      if (!json.isTextual()) {
        throw problem("expected a string");
      }
      return json.textValue();
    }

    boolean bool() {
      if (!json.isBoolean()) {
        throw problem("expected true or false");
      }
      return json.booleanValue();
    }

    int integer() {
      if (!json.isIntegralNumber() || !json.canConvertToInt()) {
        throw problem("expected a whole number");
      }
      return json.intValue();
    }

    double number() {
      if (!json.isNumber() || !Double.isFinite(json.doubleValue())) {
        throw problem("expected a number");
      }
      return json.doubleValue();
    }

    Duration duration() {
      try {
        return DurationText.parse(string());
      } catch (IllegalArgumentException e) {
        throw problem(e.getMessage());
      }
    }

    Instant instant() {
      try {
        return Instant.parse(string());
      } catch (DateTimeParseException e) {
        throw problem(
            "expected a UTC time such as 2026-11-20T12:00:00Z, not \"" + json.asText() + "\"");
      }
    }
  }
}
