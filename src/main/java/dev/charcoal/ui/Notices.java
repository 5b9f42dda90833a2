package dev.charcoal.ui;

/**
 * Where the window tells the user how a background action ended ("Saved dashboard ops", "Cannot
 * read …"): one line, replaced by the next.
 */
public interface Notices {
  /** Shows {@code text}; {@code error} shows it as a problem. */
  void show(String text, boolean error);

  /** Shows {@code text} as information. */
  default void info(String text) {
    show(text, false);
  }

  /** Shows {@code text} as a problem. */
  default void error(String text) {
    show(text, true);
  }
}
