package dev.charcoal.ui.dashboard;

import dev.charcoal.ui.theme.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the window remembers between runs: the dashboard to reopen, the recently used ones (newest
 * first), and the theme.
 *
 * @param last the dashboard open at the last save or open, or {@code ""} for none
 */
public record AppState(String last, List<String> recent, Theme theme) {
  /** How many dashboards the recent menu lists. */
  public static final int MAX_RECENT = 8;

  /** A first run: nothing to reopen, the light theme. */
  public static final AppState INITIAL = new AppState("", List.of(), Theme.LIGHT);

  public AppState {
    last = last == null ? "" : last;
    recent = List.copyOf(recent.subList(0, Math.min(recent.size(), MAX_RECENT)));
    Objects.requireNonNull(theme, "theme");
  }

  /** The state after opening or saving {@code name}: it is the last one and first in the list. */
  public AppState used(String name) {
    List<String> names = new ArrayList<>(recent);
    names.remove(name);
    names.add(0, name);
    return new AppState(name, names, theme);
  }

  /** The state without {@code name} (its file is gone or unreadable). */
  public AppState forget(String name) {
    List<String> names = new ArrayList<>(recent);
    names.remove(name);
    return new AppState(last.equals(name) ? "" : last, names, theme);
  }

  public AppState withTheme(Theme newTheme) {
    return new AppState(last, recent, newTheme);
  }
}
