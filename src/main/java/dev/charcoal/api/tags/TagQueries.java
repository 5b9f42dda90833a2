package dev.charcoal.api.tags;

import java.util.List;

/**
 * What the {@code /tags} endpoints ask of the tag database, in graphite-web's {@code TagDB} terms
 * (tags/base.py, tags/localdatabase.py); the composition root adapts the store's tag index to it.
 * Every method may throw {@link IllegalArgumentException} for bad input (a bad expression or
 * regex), which the API answers 400 {@code {"error": MESSAGE}}.
 */
public interface TagQueries {
  /** A tag value and the number of series that have it. */
  record TagValue(String value, long count) {}

  /**
   * {@code tag_series}: registers a tagged series (e.g. {@code disk.used;rack=a1;dc=dc1}) and
   * returns its canonical name ({@code disk.used;dc=dc1;rack=a1}).
   */
  String tagSeries(String path);

  /** {@code del_series}: forgets a tagged series. */
  void delSeries(String path);

  /** {@code find_series}: the names matching every expression, sorted. */
  List<String> findSeries(List<String> expressions);

  /**
   * {@code list_tags}: tag names sorted, those matching {@code filter} (a regex anchored at the
   * start; null for all), at most {@code limit} (null for no limit).
   */
  List<String> listTags(String filter, Long limit);

  /**
   * {@code list_values} of {@code get_tag}: the tag's values sorted with their series counts,
   * filtered and limited as {@link #listTags}; null when no series has the tag.
   */
  List<TagValue> tagValues(String tag, String filter, Long limit);

  /**
   * {@code auto_complete_tags}: tag names starting with {@code tagPrefix} (null for any), from the
   * series matching {@code expressions} (all when empty) minus the tags the expressions name,
   * sorted, at most {@code limit}.
   */
  List<String> autoCompleteTags(List<String> expressions, String tagPrefix, long limit);

  /**
   * {@code auto_complete_values}: values of {@code tag} starting with {@code valuePrefix} (null for
   * any) among the series matching {@code expressions} (all when empty), sorted, at most {@code
   * limit}.
   */
  List<String> autoCompleteValues(
      List<String> expressions, String tag, String valuePrefix, long limit);
}
