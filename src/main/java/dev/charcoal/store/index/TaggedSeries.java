package dev.charcoal.store.index;

/**
 * A tagged series in the index: its canonical name and its tags (including {@code name}) as two
 * parallel arrays, which take far less memory than a map per series. Identity equality: the index
 * holds one instance per name.
 */
final class TaggedSeries {
  final String path;
  final String[] tags;
  final String[] values;

  TaggedSeries(String path, String[] tags, String[] values) {
    this.path = path;
    this.tags = tags;
    this.values = values;
  }

  /** The value of {@code tag}, or null when the series lacks it. */
  String get(String tag) {
    for (int i = 0; i < tags.length; i++) {
      if (tags[i].equals(tag)) {
        return values[i];
      }
    }
    return null;
  }
}
