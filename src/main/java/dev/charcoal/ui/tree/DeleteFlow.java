package dev.charcoal.ui.tree;

import dev.charcoal.ui.Dialogs;
import dev.charcoal.ui.FxThread;
import dev.charcoal.ui.backend.Backend;
import dev.charcoal.ui.backend.DeletionPlan;
import dev.charcoal.ui.backend.DeletionResult;
import dev.charcoal.ui.backend.MetricNode;
import dev.charcoal.ui.task.BackgroundTasks;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;

/**
 * Deleting tree nodes: the backend says what they hold, a confirmation names how many metrics and
 * whisper files go, the delete runs in the background with its progress below the tree, and the
 * tree is read again after. Metrics that could not be deleted are listed; the rest are gone.
 */
final class DeleteFlow {
  /** The confirmation's button; Cancel is the default, so Enter never deletes by accident. */
  static final ButtonType DELETE = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);

  /** Problems listed in full; past this many, the rest are counted. */
  static final int MAX_PROBLEMS_SHOWN = 200;

  private final Backend backend;
  private final BackgroundTasks tasks;
  private final Node owner;
  private final ActivityLine activity;
  private final Runnable afterDelete;
  private boolean busy;

  DeleteFlow(
      Backend backend,
      BackgroundTasks tasks,
      Node owner,
      ActivityLine activity,
      Runnable afterDelete) {
    this.backend = backend;
    this.tasks = tasks;
    this.owner = owner;
    this.activity = activity;
    this.afterDelete = afterDelete;
  }

  /**
   * What the selected items stand for. While browsing, a branch is its whole subtree (its children
   * may not be loaded); in search results, a branch holds only the matches shown under it.
   */
  record Request(List<String> metrics, List<String> subtrees, String subject, boolean single) {
    static Request of(List<TreeItem<MetricNode>> items, boolean browsing) {
      List<String> metrics = new ArrayList<>();
      List<String> subtrees = new ArrayList<>();
      List<MetricNode> nodes = new ArrayList<>();
      for (TreeItem<MetricNode> item : items) {
        if (item == null || item instanceof StatusItem || item.getValue() == null) {
          continue;
        }
        MetricNode node = item.getValue();
        nodes.add(node);
        if (!node.branch()) {
          metrics.add(node.path());
        } else if (browsing) {
          subtrees.add(node.path());
        } else {
          leavesBelow(item, metrics);
        }
      }
      String subject = nodes.size() == 1 ? nodes.get(0).path() : nodes.size() + " selected nodes";
      return new Request(metrics, subtrees, subject, nodes.size() == 1);
    }

    private static void leavesBelow(TreeItem<MetricNode> item, List<String> metrics) {
      for (TreeItem<MetricNode> child : item.getChildren()) {
        MetricNode node = child.getValue();
        if (node != null && !(child instanceof StatusItem)) {
          if (node.leaf()) {
            metrics.add(node.path());
          }
          leavesBelow(child, metrics);
        }
      }
    }

    boolean isEmpty() {
      return metrics.isEmpty() && subtrees.isEmpty();
    }
  }

  /** Asks what the items hold, then for confirmation, then deletes. */
  void start(List<TreeItem<MetricNode>> items, boolean browsing) {
    Request request = Request.of(items, browsing);
    if (request.isEmpty()) {
      return;
    }
    if (busy) {
      activity.outcome("A delete is under way; wait for it to end.", true);
      return;
    }
    busy = true;
    tasks.run(
        () -> backend.planDeletion(request.metrics(), request.subtrees()),
        plan -> confirm(request, plan),
        this::failed);
  }

  private void confirm(Request request, DeletionPlan plan) {
    if (plan.isEmpty()) {
      busy = false;
      activity.outcome("Nothing to delete: " + request.subject() + " holds no metric.", false);
      afterDelete.run();
      return;
    }
    Alert ask =
        new Alert(Alert.AlertType.CONFIRMATION, consequences(plan), DELETE, ButtonType.CANCEL);
    ask.setTitle("Delete metrics");
    ask.setHeaderText(question(request, plan));
    Button delete = (Button) ask.getDialogPane().lookupButton(DELETE);
    delete.setId("confirmDelete");
    delete.setDefaultButton(false);
    ((Button) ask.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
    if (Dialogs.ownedBy(ask, owner).showAndWait().orElse(ButtonType.CANCEL) != DELETE) {
      busy = false;
      return;
    }
    run(plan);
  }

  static String question(Request request, DeletionPlan plan) {
    int n = plan.metrics().size();
    if (n == 1) {
      return "Delete " + plan.metrics().get(0) + "?";
    }
    return request.single()
        ? String.format("Delete %,d metrics under %s?", n, request.subject())
        : String.format("Delete %,d metrics in %s?", n, request.subject());
  }

  static String consequences(DeletionPlan plan) {
    int n = plan.metrics().size();
    int files = plan.files();
    if (n == 1) {
      return files == 1
          ? "Its whisper file is removed; points received later create it again."
          : "It has no whisper file yet: its points waiting in the cache are dropped. Points"
              + " received later create it again.";
    }
    if (files == n) {
      return "Their whisper files are removed; points received later create them again.";
    }
    String dropped = "(their points waiting in the cache are dropped)";
    if (files == 0) {
      return "None has a whisper file yet "
          + dropped
          + ". Points received later create them again.";
    }
    return String.format(
        "%s removed; %s no file yet %s. Points received later create them again.",
        count(files, "whisper file is", "whisper files are"),
        count(n - files, "metric has", "metrics have"),
        dropped);
  }

  private static String count(int n, String one, String many) {
    return String.format("%,d %s", n, n == 1 ? one : many);
  }

  private void run(DeletionPlan plan) {
    int total = plan.metrics().size();
    activity.progress(String.format("Deleting %,d metrics…", total), 0);
    IntConsumer progress = relay(total);
    tasks.run(() -> backend.delete(plan, progress), result -> done(plan, result), this::failed);
  }

  /**
   * Progress from the background, at most one update waiting for the FX thread at a time: a backend
   * may report every metric, and the bar only needs the latest.
   */
  private IntConsumer relay(int total) {
    AtomicInteger latest = new AtomicInteger();
    AtomicBoolean waiting = new AtomicBoolean();
    return done -> {
      latest.set(done);
      if (waiting.compareAndSet(false, true)) {
        FxThread.run(
            () -> {
              waiting.set(false);
              int now = latest.get();
              if (busy) {
                activity.progress(
                    String.format("Deleting… %,d of %,d metrics", now, total),
                    (double) now / total);
              }
            });
      }
    };
  }

  private void done(DeletionPlan plan, DeletionResult result) {
    busy = false;
    String summary =
        "Deleted "
            + count(result.metrics(), "metric", "metrics")
            + " ("
            + count(result.files(), "whisper file", "whisper files")
            + ")";
    afterDelete.run();
    if (result.errors().isEmpty()) {
      activity.outcome(summary + ".", false);
      return;
    }
    activity.outcome(
        summary + "; " + count(result.errors().size(), "problem", "problems") + ".", true);
    Alert problems = new Alert(Alert.AlertType.WARNING);
    problems.setTitle("Delete metrics");
    problems.setHeaderText(
        String.format(
            "%s of %,d. What could not be deleted stays:", summary, plan.metrics().size()));
    TextArea list = new TextArea(listed(result.errors()));
    list.setId("deleteProblems");
    list.setEditable(false);
    list.setWrapText(true);
    list.setPrefRowCount(Math.min(12, result.errors().size() + 1));
    problems.getDialogPane().setContent(list);
    Dialogs.ownedBy(problems, owner).show();
  }

  private static String listed(List<String> errors) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < errors.size() && i < MAX_PROBLEMS_SHOWN; i++) {
      text.append(errors.get(i)).append('\n');
    }
    if (errors.size() > MAX_PROBLEMS_SHOWN) {
      text.append(String.format("… and %,d more%n", errors.size() - MAX_PROBLEMS_SHOWN));
    }
    return text.toString();
  }

  private void failed(Exception e) {
    busy = false;
    activity.outcome("Cannot delete: " + e.getMessage(), true);
    afterDelete.run();
  }
}
