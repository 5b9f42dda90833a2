package dev.charcoal.api;

import dev.charcoal.api.tags.TagQueries;
import java.util.ArrayList;
import java.util.List;

/** A tag database that records calls and answers fixed data, for the /tags endpoint tests. */
public final class FakeTags implements TagQueries {
  public final List<String> calls = new ArrayList<>();

  @Override
  public String tagSeries(String path) {
    calls.add("tagSeries " + path);
    if (!path.contains(";")) {
      throw new IllegalArgumentException("not a tagged name: " + path);
    }
    return path.toLowerCase();
  }

  @Override
  public void delSeries(String path) {
    calls.add("delSeries " + path);
  }

  @Override
  public List<String> findSeries(List<String> expressions) {
    calls.add("findSeries " + expressions);
    return List.of("disk.used;dc=dc1");
  }

  @Override
  public List<String> listTags(String filter, Long limit) {
    calls.add("listTags " + filter + " " + limit);
    return List.of("dc", "name");
  }

  @Override
  public List<TagValue> tagValues(String tag, String filter, Long limit) {
    calls.add("tagValues " + tag + " " + filter + " " + limit);
    return tag.equals("dc") ? List.of(new TagValue("dc1", 2), new TagValue("dc2", 1)) : null;
  }

  @Override
  public List<String> autoCompleteTags(List<String> expressions, String tagPrefix, long limit) {
    calls.add("autoCompleteTags " + expressions + " " + tagPrefix + " " + limit);
    return List.of("dc");
  }

  @Override
  public List<String> autoCompleteValues(
      List<String> expressions, String tag, String valuePrefix, long limit) {
    calls.add("autoCompleteValues " + expressions + " " + tag + " " + valuePrefix + " " + limit);
    return List.of("dc1");
  }
}
