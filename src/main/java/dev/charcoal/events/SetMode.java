package dev.charcoal.events;

/**
 * How {@link EventStore#find} combines the tags asked for, as graphite-web's {@code get_data}
 * parameter {@code set} picks a django-tagging query. In every mode, names that no event was ever
 * tagged with are dropped from the request first (django-tagging looks the names up in its tag
 * table), and an empty remainder finds nothing.
 */
public enum SetMode {
  /**
   * No {@code set} (or an unknown value): django-tagging's {@code with_all}, events carrying every
   * known tag asked for (graphite-web's "lazy union", issue #1210).
   */
  LEGACY_ALL,
  /** {@code set=union}: {@code with_any}, events carrying at least one of the known tags. */
  UNION,
  /**
   * {@code set=intersection}: {@code with_intersection}, then graphite-web's own filter (PR #1643):
   * the event's tag text must contain each tag asked for, unknown ones included.
   */
  INTERSECTION;

  /** The mode for a {@code set} parameter; null and unknown values mean {@link #LEGACY_ALL}. */
  public static SetMode of(String set) {
    if ("union".equals(set)) {
      return UNION;
    }
    if ("intersection".equals(set)) {
      return INTERSECTION;
    }
    return LEGACY_ALL;
  }
}
