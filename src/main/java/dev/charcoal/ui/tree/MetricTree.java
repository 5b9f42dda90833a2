package dev.charcoal.ui.tree;

import dev.charcoal.ui.Dialogs;
import dev.charcoal.ui.backend.Backend;
import dev.charcoal.ui.backend.MetricNode;
import dev.charcoal.ui.task.BackgroundTasks;
import dev.charcoal.ui.task.Slot;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The metric browser on the left: a search box over a lazy tree of the metric namespace, each
 * branch with the number of metrics below it. Enter or a double click opens the selected nodes
 * (hands their targets to {@link #setOnOpen}); dragging them carries the same targets. Down in the
 * search box moves into the tree, Escape clears it. The context menu (right click, the context-menu
 * key or Shift+F10) opens, shows a metric's whisper file, or deletes; Delete deletes the selection
 * after a confirmation.
 */
public final class MetricTree extends VBox {
  /** At most this many matches are shown for a search. */
  public static final int MAX_MATCHES = 2000;

  /** How often the expanded part of the tree is read again, so new metrics show up. */
  static final Duration REFRESH_INTERVAL = Duration.seconds(5);

  /** How long the search waits after the last key before asking the backend. */
  static final Duration SEARCH_DELAY = Duration.millis(200);

  private final Backend backend;
  private final Slot searches;
  private final TextField filter = new TextField();
  private final TreeView<MetricNode> tree = new TreeView<>();
  private final TreeItem<MetricNode> browseRoot;
  private final PauseTransition searchDelay = new PauseTransition(SEARCH_DELAY);
  private final BackgroundTasks tasks;
  private final ZoneId zone;
  private final ActivityLine activity = new ActivityLine();
  private final DeleteFlow deletes;
  private final NodeMenu menu;
  private Consumer<List<String>> onOpen = targets -> {};

  /** A tree showing times (in the file info) in the system's zone. */
  public MetricTree(Backend backend, BackgroundTasks tasks) {
    this(backend, tasks, ZoneId.systemDefault());
  }

  public MetricTree(Backend backend, BackgroundTasks tasks, ZoneId zone) {
    this.backend = backend;
    this.tasks = tasks;
    this.zone = zone;
    this.searches = tasks.slot();
    getStyleClass().add("metric-tree");

    filter.setId("treeFilter");
    filter.setPromptText("Search: web cpu, servers.*.cpu, web[12]");
    tree.setId("metricTree");
    tree.setShowRoot(false);
    tree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    tree.setCellFactory(view -> new MetricCell());
    VBox.setVgrow(tree, Priority.ALWAYS);
    VBox.setMargin(filter, new Insets(0, 6, 0, 6));
    VBox.setMargin(activity, new Insets(0, 6, 4, 6));
    getChildren().addAll(filter, tree, activity);
    deletes = new DeleteFlow(backend, tasks, this, activity, this::reload);
    menu = new NodeMenu(tree, this::open, this::showFileInfo, this::deleteSelection);

    browseRoot =
        new MetricTreeItem(
            new MetricNode("", false, true, MetricNode.UNKNOWN_COUNT), backend, tasks);
    tree.setRoot(browseRoot);
    browseRoot.setExpanded(true);
    // New metrics appear without a restart: the loaded part of the tree is asked again now and
    // then.
    Timeline refresher = new Timeline(new KeyFrame(REFRESH_INTERVAL, e -> refresh()));
    refresher.setCycleCount(Animation.INDEFINITE);
    refresher.play();

    searchDelay.setOnFinished(e -> search(filter.getText()));
    filter.textProperty().addListener((obs, was, text) -> searchDelay.playFromStart());
    filter.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.DOWN) {
            tree.requestFocus();
            if (tree.getSelectionModel().isEmpty()) {
              tree.getSelectionModel().selectFirst();
            }
            e.consume();
          } else if (e.getCode() == KeyCode.ESCAPE) {
            filter.clear();
            e.consume();
          } else if (e.getCode() == KeyCode.ENTER) {
            searchDelay.stop();
            search(filter.getText());
            e.consume();
          }
        });
    tree.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            open();
            e.consume();
          } else if (e.getCode() == KeyCode.DELETE) {
            deleteSelection();
            e.consume();
          }
        });
    tree.setOnMouseClicked(
        e -> {
          if (e.getClickCount() == 2 && selectedLeaves()) {
            open();
          }
        });
  }

  /** Re-reads the expanded part of the browsing tree (not a search result) from the backend. */
  public void refresh() {
    if (tree.getRoot() == browseRoot) {
      ((MetricTreeItem) browseRoot).refresh();
    }
  }

  /**
   * Shows a metric's whisper file: retentions, aggregation, size, points waiting in the cache. The
   * dialog opens when the backend has read the file (its header and newest archive: milliseconds),
   * so it is sized to what it shows.
   */
  public void showFileInfo(String metric) {
    tasks.run(
        () -> backend.fileInfo(metric),
        info -> Dialogs.ownedBy(new FileInfoDialog(metric, zone).with(info), this).show(),
        e -> Dialogs.ownedBy(new FileInfoDialog(metric, zone).failed(e), this).show());
  }

  /** Deletes the selected nodes (a branch: everything below it), after a confirmation. */
  public void deleteSelection() {
    deletes.start(List.copyOf(tree.getSelectionModel().getSelectedItems()), browsing());
  }

  /** The context menu, for tests and for adding items. */
  ContextMenu contextMenu() {
    return menu.menu();
  }

  /** The line below the tree that tells what a delete is doing, or did. */
  String activity() {
    return activity.message();
  }

  private boolean browsing() {
    return tree.getRoot() == browseRoot;
  }

  /** Reads the shown tree again after a change: the browsing tree, or the search's matches. */
  private void reload() {
    if (browsing()) {
      refresh();
    } else {
      search(filter.getText());
    }
  }

  /** Where Enter and double clicks send the selected targets. */
  public void setOnOpen(Consumer<List<String>> onOpen) {
    this.onOpen = Objects.requireNonNull(onOpen);
  }

  /** The search box, for focus shortcuts. */
  public TextField filterField() {
    return filter;
  }

  /**
   * The render targets for tree nodes: a metric's name, or {@code path.*} for a branch that is not
   * also a metric. When the selection holds metrics, only they are opened: the branches selected
   * with them (a select-all of search results) would repeat them or add empty globs.
   */
  static List<String> targetsOf(List<TreeItem<MetricNode>> items) {
    List<MetricNode> nodes = new ArrayList<>();
    for (TreeItem<MetricNode> item : items) {
      if (item != null && !(item instanceof StatusItem) && item.getValue() != null) {
        nodes.add(item.getValue());
      }
    }
    boolean anyLeaf = nodes.stream().anyMatch(MetricNode::leaf);
    List<String> targets = new ArrayList<>();
    for (MetricNode node : nodes) {
      if (node.leaf()) {
        targets.add(node.path());
      } else if (!anyLeaf) {
        targets.add(node.path() + ".*");
      }
    }
    return targets;
  }

  private boolean selectedLeaves() {
    return tree.getSelectionModel().getSelectedItems().stream()
        .allMatch(item -> item != null && item.getValue() != null && item.getValue().leaf());
  }

  private void open() {
    List<String> targets = targetsOf(List.copyOf(tree.getSelectionModel().getSelectedItems()));
    if (!targets.isEmpty()) {
      onOpen.accept(targets);
    }
  }

  private void search(String text) {
    MetricFilter query;
    try {
      query = MetricFilter.parse(text);
    } catch (IllegalArgumentException e) {
      searches.cancel();
      showSearchResult(status("bad search: " + e.getMessage(), true));
      return;
    }
    if (query.isEmpty()) {
      searches.cancel();
      tree.setRoot(browseRoot);
      return;
    }
    searches.run(
        () -> backend.metrics(query.indexGlob(), query, MAX_MATCHES + 1),
        metrics -> showSearchResult(FilterResults.build(metrics, MAX_MATCHES)),
        e -> showSearchResult(status("search failed: " + e.getMessage(), true)));
  }

  private void showSearchResult(TreeItem<MetricNode> root) {
    tree.setRoot(root);
  }

  private static TreeItem<MetricNode> status(String message, boolean error) {
    TreeItem<MetricNode> root = new TreeItem<>();
    root.setExpanded(true);
    root.getChildren().add(new StatusItem(message, error));
    return root;
  }
}
