package dev.charcoal.store;

import java.util.List;
import java.util.Optional;

/**
 * The tagged series a data dir holds ({@code name;tag=value;...}), for {@code seriesByTag} and the
 * {@code /tags} endpoints, as graphite-web's tag DB answers them. Thread-safe.
 *
 * <p>Sorting is graphite-web's: by code point (Python's string order, and SQLite's binary
 * collation). Filters are Python regular expressions anchored at the start ({@code ^(filter)}
 * unless the filter starts with {@code ^}) and searched in the string. A negative {@code limit}
 * means no limit; {@code 0} gives an empty list, as {@code ?limit=0} does in graphite-web.
 */
public interface TagIndex {
  /** graphite-web's {@code TAGDB_AUTOCOMPLETE_LIMIT}: the autocomplete endpoints' default limit. */
  int AUTOCOMPLETE_LIMIT = 100;

  /**
   * The canonical names of the series matching every expression ({@code tag=value}, {@code
   * tag!=value}, {@code tag=~regex}, {@code tag!=~regex}), sorted.
   *
   * @throws IllegalArgumentException an expression that does not parse, or none requiring a
   *     non-empty value (message as graphite-web's)
   */
  List<String> findSeries(List<String> expressions);

  /**
   * Adds a series, in any spelling carbon accepts; it is stored under its canonical (normalized)
   * name. Idempotent, and cheap for a canonical name already known: the store calls it often.
   *
   * @throws IllegalArgumentException not a valid tagged name (carbon's message)
   */
  void add(String series);

  /**
   * Removes a series, in any spelling (graphite-web's {@code delSeries}); unknown ones are ignored.
   */
  void remove(String series);

  /** Whether the series (canonical name) is known. */
  boolean contains(String series);

  /**
   * {@code GET /tags?filter=&limit=}: the tag names, sorted; {@code filter} may be null or empty.
   *
   * @throws IllegalArgumentException an invalid filter regex
   */
  List<String> tags(String filter, int limit);

  /**
   * {@code GET /tags/TAG?filter=&limit=}: the values of a tag with the number of series carrying
   * each, sorted by value; empty when no series has the tag (graphite-web answers {@code null}).
   *
   * @throws IllegalArgumentException an invalid filter regex
   */
  Optional<List<TagValue>> values(String tag, String filter, int limit);

  /**
   * {@code /tags/autoComplete/tags}: tag names starting with {@code tagPrefix} (null or empty:
   * any), sorted; with expressions, only tags of the series they match, less the tags they name.
   *
   * @throws IllegalArgumentException as {@link #findSeries}
   */
  List<String> autoCompleteTags(List<String> expressions, String tagPrefix, int limit);

  /**
   * {@code /tags/autoComplete/values}: values of {@code tag} starting with {@code valuePrefix}
   * (null or empty: any), sorted; with expressions, only values of the series they match.
   *
   * @throws IllegalArgumentException as {@link #findSeries}
   */
  List<String> autoCompleteValues(
      List<String> expressions, String tag, String valuePrefix, int limit);

  /** A tag value and how many series carry it: one entry of {@code /tags/TAG}'s {@code values}. */
  record TagValue(String value, int count) {}
}
