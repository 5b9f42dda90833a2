package dev.charcoal.model;

import java.util.List;
import java.util.Objects;

/**
 * An event as graphite-web's events API stores it: a time, what happened, tags and free-form data.
 *
 * @param id the store's id (graphite-web's primary key), 0 before it is stored
 * @param when epoch seconds
 * @param what a short title, at most 255 characters
 * @param tags the tags in the order given
 * @param data free text, {@code ""} when none
 */
public record Event(long id, long when, String what, List<String> tags, String data) {
  public Event {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(data, "data");
    tags = List.copyOf(tags);
  }
}
