package dev.charcoal.store.index;

import dev.charcoal.model.MetricName;
import dev.charcoal.store.TagIndex;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The {@link TagIndex} of a data dir, in memory: each series with its tags, and for each tag and
 * value the series carrying it (graphite-web's {@code tags_seriestag} table). Answers exactly as
 * graphite-web's {@code LocalDatabaseTagDB} over SQLite (see {@link TagExpression} for the matching
 * rules), with one difference: a tag no series carries any more is gone, where graphite-web's table
 * keeps it.
 *
 * <p>{@code findSeries} starts from the smallest exact-value posting (or the values of the first
 * joined tag that pass its test), then checks every expression on each candidate; each distinct
 * value is tested against a regex once per query. Queries never lock; adds and removes take one
 * lock after a lock-free check, so re-adding a known name is one hash lookup. With a {@link
 * TaggedNamesFile}, every new name is recorded there.
 */
public final class MemoryTagIndex implements TagIndex {
  private static final String EMPTY_SPEC_MESSAGE =
      "At least one tagspec must not match the empty string";
  private static final Map<String, Set<TaggedSeries>> NO_VALUES = Map.of();

  private final ConcurrentHashMap<String, TaggedSeries> series = new ConcurrentHashMap<>();

  /** tag → value → series; the inner maps are concurrent too. */
  private final ConcurrentHashMap<String, Map<String, Set<TaggedSeries>>> postings =
      new ConcurrentHashMap<>();

  private final Object writeLock = new Object();
  private final Map<String, String> strings = new HashMap<>();
  private final TaggedNamesFile names;
  private final long regexSteps;

  /** An index kept in memory only. */
  public MemoryTagIndex() {
    this(null);
  }

  /** An index recording each new series in {@code names} (null: none). */
  public MemoryTagIndex(TaggedNamesFile names) {
    this(names, RegexBudget.MAX_STEPS);
  }

  /** With another bound on regex work per query (tests). */
  MemoryTagIndex(TaggedNamesFile names, long regexSteps) {
    this.names = names;
    this.regexSteps = regexSteps;
  }

  /** The number of series. */
  public int size() {
    return series.size();
  }

  /**
   * Adds a series; a name in another spelling ({@code a;z=1;b=2}) is stored canonically.
   *
   * @throws IllegalArgumentException not a valid tagged name (carbon's message)
   */
  @Override
  public void add(String path) {
    if (series.containsKey(path)) {
      return;
    }
    String added = insert(path);
    if (added != null && names != null) {
      names.append(added);
    }
  }

  /** Inserts without recording; the canonical name if the series was new, else null. */
  private String insert(String path) {
    MetricName name = MetricName.parse(path);
    if (!name.isTagged()) {
      throw new IllegalArgumentException("not a tagged series: " + path);
    }
    String canonical = name.normalized();
    synchronized (writeLock) {
      if (series.containsKey(canonical)) {
        return null;
      }
      int n = name.tags().size();
      String[] tags = new String[n];
      String[] values = new String[n];
      int i = 0;
      for (Map.Entry<String, String> tag : name.tags().entrySet()) {
        tags[i] = pooled(tag.getKey());
        values[i] = pooled(tag.getValue());
        i++;
      }
      TaggedSeries entry = new TaggedSeries(canonical, tags, values);
      series.put(canonical, entry);
      for (i = 0; i < n; i++) {
        postings
            .computeIfAbsent(tags[i], t -> new ConcurrentHashMap<>())
            .computeIfAbsent(values[i], v -> ConcurrentHashMap.newKeySet())
            .add(entry);
      }
      return canonical;
    }
  }

  private String pooled(String s) {
    return strings.computeIfAbsent(s, k -> k);
  }

  @Override
  public void remove(String path) {
    String canonical = MetricName.parse(path).normalized();
    synchronized (writeLock) {
      TaggedSeries entry = series.remove(canonical);
      if (entry == null) {
        return;
      }
      for (int i = 0; i < entry.tags.length; i++) {
        Map<String, Set<TaggedSeries>> values = postings.get(entry.tags[i]);
        Set<TaggedSeries> withValue = values.get(entry.values[i]);
        withValue.remove(entry);
        if (withValue.isEmpty()) {
          values.remove(entry.values[i]);
          if (values.isEmpty()) {
            postings.remove(entry.tags[i]);
          }
        }
      }
    }
  }

  @Override
  public boolean contains(String path) {
    return series.containsKey(path);
  }

  /**
   * Restores the names recorded in the names file that {@code stored} accepts (their files exist),
   * then rewrites the file with every series now in the index (so names of deleted files go).
   */
  void restore(Predicate<String> stored) throws IOException {
    if (names == null) {
      return;
    }
    for (String line : names.read()) {
      try {
        String canonical = MetricName.parse(line).normalized();
        if (stored.test(canonical)) {
          insert(canonical);
        }
      } catch (IllegalArgumentException torn) {
        // a torn or edited line: no file can carry this name
      }
    }
    names.rewrite(() -> new ArrayList<>(series.keySet()));
  }

  @Override
  public List<String> findSeries(List<String> expressions) {
    return paths(find(parse(expressions), new RegexBudget(regexSteps)));
  }

  /** Every expression parsed, in order: the first invalid one is reported, as graphite-web does. */
  private static List<TagExpression> parse(List<String> expressions) {
    List<TagExpression> parsed = new ArrayList<>(expressions.size());
    for (String expression : expressions) {
      parsed.add(TagExpression.parse(expression));
    }
    return parsed;
  }

  private List<TaggedSeries> find(List<TagExpression> expressions, RegexBudget budget) {
    if (expressions.stream().allMatch(TagExpression::matchesEmpty)) {
      throw new IllegalArgumentException(EMPTY_SPEC_MESSAGE);
    }
    Matching matching = new Matching(expressions, budget);
    List<TaggedSeries> found = new ArrayList<>();
    for (TaggedSeries candidate : candidates(expressions, matching)) {
      if (matching.acceptsAll(candidate)) {
        found.add(candidate);
      }
    }
    found.sort((a, b) -> MetricName.CODE_POINT_ORDER.compare(a.path, b.path));
    return found;
  }

  /**
   * A superset of the answer: the smallest exact-value posting, else the series whose value for the
   * first joined tag passes.
   */
  private Collection<TaggedSeries> candidates(List<TagExpression> expressions, Matching matching) {
    Set<TaggedSeries> smallest = null;
    for (TagExpression e : expressions) {
      if (e.operator() == TagExpression.Operator.EQUAL && !e.matchesEmpty()) {
        Set<TaggedSeries> posting = posting(e.tag(), e.spec());
        if (smallest == null || posting.size() < smallest.size()) {
          smallest = posting;
        }
      }
    }
    if (smallest != null) {
      return new ArrayList<>(smallest);
    }
    int first = 0;
    while (expressions.get(first).matchesEmpty()) {
      first++;
    }
    List<TaggedSeries> out = new ArrayList<>();
    Map<String, Set<TaggedSeries>> values =
        postings.getOrDefault(expressions.get(first).tag(), NO_VALUES);
    for (Map.Entry<String, Set<TaggedSeries>> value : values.entrySet()) {
      if (matching.accepts(first, value.getKey())) {
        out.addAll(value.getValue());
      }
    }
    return out;
  }

  private Set<TaggedSeries> posting(String tag, String value) {
    Map<String, Set<TaggedSeries>> values = postings.get(tag);
    Set<TaggedSeries> posting = values == null ? null : values.get(value);
    return posting == null ? Set.of() : posting;
  }

  /** Expressions with each (expression, value) outcome remembered for one query. */
  private static final class Matching {
    private final List<TagExpression> expressions;
    private final RegexBudget budget;
    private final List<Map<String, Boolean>> memo = new ArrayList<>();

    Matching(List<TagExpression> expressions, RegexBudget budget) {
      this.expressions = expressions;
      this.budget = budget;
      for (TagExpression e : expressions) {
        memo.add(e.regex() == null ? null : new HashMap<>());
      }
    }

    boolean accepts(int i, String value) {
      TagExpression e = expressions.get(i);
      Map<String, Boolean> known = memo.get(i);
      if (known == null || value == null) {
        return e.accepts(value, budget);
      }
      Boolean outcome = known.get(value);
      if (outcome == null) {
        outcome = e.accepts(value, budget);
        known.put(value, outcome);
      }
      return outcome;
    }

    boolean acceptsAll(TaggedSeries series) {
      for (int i = 0; i < expressions.size(); i++) {
        if (!accepts(i, series.get(expressions.get(i).tag()))) {
          return false;
        }
      }
      return true;
    }
  }

  @Override
  public List<String> tags(String filter, int limit) {
    Filter passes = new Filter(filter);
    List<String> out = new ArrayList<>();
    for (String tag : sorted(postings.keySet())) {
      if (out.size() == limit) {
        break;
      }
      if (passes.test(tag)) {
        out.add(tag);
      }
    }
    return out;
  }

  @Override
  public Optional<List<TagValue>> values(String tag, String filter, int limit) {
    Map<String, Set<TaggedSeries>> values = postings.get(tag);
    if (values == null) {
      return Optional.empty();
    }
    Filter passes = new Filter(filter);
    List<TagValue> out = new ArrayList<>();
    for (String value : sorted(values.keySet())) {
      if (out.size() == limit) {
        break;
      }
      Set<TaggedSeries> carrying = values.get(value);
      if (carrying != null && !carrying.isEmpty() && passes.test(value)) {
        out.add(new TagValue(value, carrying.size()));
      }
    }
    return Optional.of(out);
  }

  @Override
  public List<String> autoCompleteTags(List<String> expressions, String tagPrefix, int limit) {
    String prefix = tagPrefix == null ? "" : tagPrefix;
    TreeSet<String> out = new TreeSet<>(MetricName.CODE_POINT_ORDER);
    if (expressions.isEmpty()) {
      for (String tag : postings.keySet()) {
        if (tag.startsWith(prefix)) {
          out.add(tag);
        }
      }
      return first(out, limit);
    }
    List<TagExpression> parsed = parse(expressions);
    Set<String> searched = new HashSet<>();
    parsed.forEach(e -> searched.add(e.tag()));
    for (TaggedSeries s : find(parsed, new RegexBudget(regexSteps))) {
      for (String tag : s.tags) {
        if (!searched.contains(tag) && tag.startsWith(prefix)) {
          out.add(tag);
        }
      }
    }
    return first(out, limit);
  }

  @Override
  public List<String> autoCompleteValues(
      List<String> expressions, String tag, String valuePrefix, int limit) {
    String prefix = valuePrefix == null ? "" : valuePrefix;
    TreeSet<String> out = new TreeSet<>(MetricName.CODE_POINT_ORDER);
    if (expressions.isEmpty()) {
      for (Map.Entry<String, Set<TaggedSeries>> value :
          postings.getOrDefault(tag, NO_VALUES).entrySet()) {
        if (!value.getValue().isEmpty() && value.getKey().startsWith(prefix)) {
          out.add(value.getKey());
        }
      }
      return first(out, limit);
    }
    // graphite-web asks for the expressions plus "tag!=", i.e. series that carry the tag
    List<String> withTag = new ArrayList<>(expressions);
    withTag.add(tag + "!=");
    for (TaggedSeries s : find(parse(withTag), new RegexBudget(regexSteps))) {
      String value = s.get(tag);
      if (value != null && value.startsWith(prefix)) {
        out.add(value);
      }
    }
    return first(out, limit);
  }

  /**
   * A {@code /tags} filter, compiled when first needed: SQLite runs REGEXP only on rows it reads,
   * so an invalid filter fails only when there is something to filter (and {@code limit=0} never).
   */
  private final class Filter {
    private final String filter;
    private final RegexBudget budget = new RegexBudget(regexSteps);
    private Pattern regex;

    Filter(String filter) {
      this.filter = filter;
    }

    boolean test(String s) {
      if (filter == null || filter.isEmpty()) {
        return true;
      }
      if (regex == null) {
        regex = TagExpression.anchored(filter, filter);
      }
      return budget.search(regex, s);
    }
  }

  private static List<String> sorted(Collection<String> strings) {
    List<String> list = new ArrayList<>(strings);
    list.sort(MetricName.CODE_POINT_ORDER);
    return list;
  }

  private static List<String> first(TreeSet<String> sorted, int limit) {
    List<String> out = new ArrayList<>(limit < 0 ? sorted.size() : Math.min(limit, sorted.size()));
    for (String s : sorted) {
      if (out.size() == limit) {
        break;
      }
      out.add(s);
    }
    return out;
  }

  private static List<String> paths(List<TaggedSeries> found) {
    List<String> out = new ArrayList<>(found.size());
    for (TaggedSeries s : found) {
      out.add(s.path);
    }
    return out;
  }
}
