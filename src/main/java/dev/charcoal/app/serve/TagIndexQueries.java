package dev.charcoal.app.serve;

import dev.charcoal.api.tags.TagQueries;
import dev.charcoal.model.MetricName;
import dev.charcoal.store.TagIndex;
import java.util.List;

/** The {@code /tags} endpoints' {@link TagQueries} over the store's {@link TagIndex}. */
final class TagIndexQueries implements TagQueries {
  private final TagIndex tags;

  TagIndexQueries(TagIndex tags) {
    this.tags = tags;
  }

  @Override
  public String tagSeries(String path) {
    String canonical = MetricName.parse(path).normalized();
    tags.add(canonical);
    return canonical;
  }

  @Override
  public void delSeries(String path) {
    tags.remove(path);
  }

  @Override
  public List<String> findSeries(List<String> expressions) {
    return tags.findSeries(expressions);
  }

  @Override
  public List<String> listTags(String filter, Long limit) {
    return tags.tags(filter, limit(limit));
  }

  @Override
  public List<TagValue> tagValues(String tag, String filter, Long limit) {
    return tags.values(tag, filter, limit(limit))
        .map(values -> values.stream().map(v -> new TagValue(v.value(), v.count())).toList())
        .orElse(null);
  }

  @Override
  public List<String> autoCompleteTags(List<String> expressions, String tagPrefix, long limit) {
    return tags.autoCompleteTags(expressions, tagPrefix, limit(limit));
  }

  @Override
  public List<String> autoCompleteValues(
      List<String> expressions, String tag, String valuePrefix, long limit) {
    return tags.autoCompleteValues(expressions, tag, valuePrefix, limit(limit));
  }

  /** The index's limit: negative for none. */
  private static int limit(Long limit) {
    return limit == null ? -1 : (int) Math.min(Integer.MAX_VALUE, limit);
  }
}
