package dev.charcoal.ui.dnd;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;

/**
 * What a drag from the metric tree carries: render targets (a metric name, or {@code a.b.*} for a
 * branch). Plain text is put alongside, one target a line, so targets can also be dropped into a
 * text editor, and dropped text (one target a line) is accepted from elsewhere.
 */
public final class TargetTransfer {
  /** The drag's own format: an {@code ArrayList<String>} of targets. */
  public static final DataFormat TARGETS = new DataFormat("application/x-charcoal-targets");

  /** At most this many targets are taken from one drop (dropped text can be anything). */
  public static final int MAX_TARGETS = 100;

  private TargetTransfer() {}

  /** The content of a drag carrying {@code targets}. */
  public static ClipboardContent content(List<String> targets) {
    ClipboardContent content = new ClipboardContent();
    content.put(TARGETS, new ArrayList<>(targets));
    content.putString(String.join("\n", targets));
    return content;
  }

  /** Whether a drag carries targets this app can use. */
  public static boolean accepts(Dragboard board) {
    return board.hasContent(TARGETS) || (board.hasString() && !read(board).isEmpty());
  }

  /** The targets a drag carries; empty when none. */
  public static List<String> read(Dragboard board) {
    if (board.hasContent(TARGETS) && board.getContent(TARGETS) instanceof List<?> list) {
      return list.stream().limit(MAX_TARGETS).map(String::valueOf).toList();
    }
    if (board.hasString()) {
      return board
          .getString()
          .lines()
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .limit(MAX_TARGETS)
          .toList();
    }
    return List.of();
  }
}
