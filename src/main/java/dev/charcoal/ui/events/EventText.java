package dev.charcoal.ui.events;

import dev.charcoal.model.Event;
import dev.charcoal.ui.time.TimeTexts;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/** How events read in tooltips and menus, and how tags are typed. */
final class EventText {
  /** The most characters of an event's data a tooltip shows. */
  static final int MAX_DATA = 400;

  /** The most characters of {@code what} a menu entry or marker label shows. */
  static final int MAX_TITLE = 40;

  private EventText() {}

  /** Several lines: what, when, tags and data. */
  static String describe(Event event, ZoneId zone) {
    StringBuilder text = new StringBuilder(event.what());
    text.append('\n').append(TimeTexts.format(Instant.ofEpochSecond(event.when()), zone));
    if (!event.tags().isEmpty()) {
      text.append("\ntags: ").append(String.join(" ", event.tags()));
    }
    if (!event.data().isBlank()) {
      String data = event.data().strip();
      text.append('\n').append(data.length() > MAX_DATA ? data.substring(0, MAX_DATA) + "…" : data);
    }
    return text.toString();
  }

  /** One line: {@code 2026-11-20 11:30:00 deploy [release web]}. */
  static String line(Event event, ZoneId zone) {
    String tags = event.tags().isEmpty() ? "" : "  [" + String.join(" ", event.tags()) + "]";
    return TimeTexts.format(Instant.ofEpochSecond(event.when()), zone) + "  " + title(event) + tags;
  }

  /** {@code what}, shortened to {@link #MAX_TITLE}. */
  static String title(Event event) {
    String what = event.what().strip();
    return what.length() > MAX_TITLE ? what.substring(0, MAX_TITLE - 1) + "…" : what;
  }

  /** Tags as typed: separated by blanks or commas, each once, in order. */
  static List<String> tags(String typed) {
    LinkedHashSet<String> tags = new LinkedHashSet<>();
    Arrays.stream(typed.split("[\\s,]+")).filter(t -> !t.isEmpty()).forEach(tags::add);
    return new ArrayList<>(tags);
  }
}
