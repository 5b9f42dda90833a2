package dev.charcoal.query.function.combine;

import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.FunctionGroup;
import dev.charcoal.query.eval.GraphiteFunction;
import dev.charcoal.query.eval.Param;
import dev.charcoal.query.eval.ParamType;
import dev.charcoal.query.eval.SeriesFunction;
import dev.charcoal.query.eval.SeriesTags;
import dev.charcoal.query.eval.TimeSeries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code seriesByTag("name=disk.used")|groupByTags("sum", "dc")}: the series grouped by the values
 * of the given tags, each group reduced by the callback and named as a tagged series: the common
 * {@code name} tag (or the callback when the names differ) followed by the sorted {@code tag=value}
 * pairs, e.g. {@code disk.used;dc=us}. Its tags are parsed from that name.
 */
@GraphiteFunction(
    name = "groupByTags",
    group = FunctionGroup.COMBINE,
    description =
        "Groups the series by the values of the given tags and reduces each group with the"
            + " callback, naming it as a tagged series. Example:"
            + " seriesByTag(\"name=cpu\")|groupByTags(\"average\", \"dc\")",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "callback", type = ParamType.AGG_OR_SERIES_FUNC, required = true),
      @Param(name = "tags", type = ParamType.TAG, required = true, multiple = true)
    })
public final class GroupByTags implements SeriesFunction {
  private static final String PROHIBITED_TAG_CHARS = ";!^=";

  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    List<TimeSeries> seriesList = args.seriesList("seriesList");
    String callback = args.string("callback");
    List<String> tags = new ArrayList<>();
    for (Object tag : args.values("tags")) {
      if (!(tag instanceof String name)) {
        throw new EvalException("groupByTags: tags must be strings, got " + tag);
      }
      tags.add(name);
    }
    if (tags.isEmpty()) {
      throw new EvalException("groupByTags(): no tags specified");
    }
    boolean byName = tags.contains("name");
    String commonName = callback;
    if (!byName) {
      Set<String> names = new LinkedHashSet<>();
      seriesList.forEach(series -> names.add(series.tags().get("name")));
      if (names.size() == 1) {
        commonName = names.iterator().next();
      }
    }
    Map<String, List<TimeSeries>> groups = new LinkedHashMap<>();
    for (TimeSeries series : seriesList) {
      List<String> pairs = new ArrayList<>();
      for (String tag : tags) {
        if (!byName || !tag.equals("name")) {
          pairs.add(tag + "=" + series.tags().getOrDefault(tag, ""));
        }
      }
      pairs.sort(null);
      pairs.add(0, byName ? series.tags().get("name") : commonName);
      groups.computeIfAbsent(String.join(";", pairs), key -> new ArrayList<>()).add(series);
    }
    List<TimeSeries> results = new ArrayList<>(groups.size());
    for (Map.Entry<String, List<TimeSeries>> group : groups.entrySet()) {
      String key = group.getKey();
      results.add(
          Callbacks.apply(context, callback, group.getValue())
              .withName(key)
              .withPathExpression(key)
              .withTags(parseTagged(key)));
    }
    return results;
  }

  /**
   * graphite-web's {@code STORE.tagdb.parse(key)}, which, unlike a fetched series' name, raises on
   * a key it cannot parse (e.g. {@code dc=} for a series without the tag).
   */
  private static Map<String, String> parseTagged(String key) throws EvalException {
    String[] segments = key.split(";", -1);
    boolean valid = !segments[0].replaceFirst("^~+", "").isEmpty();
    for (int i = 1; i < segments.length && valid; i++) {
      int eq = segments[i].indexOf('=');
      String tag = eq < 0 ? "" : segments[i].substring(0, eq);
      String value = eq < 0 ? "" : segments[i].substring(eq + 1);
      valid = !tag.isEmpty() && !value.isEmpty() && !value.startsWith("~");
      for (char c : PROHIBITED_TAG_CHARS.toCharArray()) {
        valid &= tag.indexOf(c) < 0;
      }
    }
    if (!valid) {
      throw new EvalException("groupByTags: cannot parse " + key + " as a tagged series");
    }
    return SeriesTags.parse(key);
  }
}
