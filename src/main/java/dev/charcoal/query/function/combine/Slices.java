package dev.charcoal.query.function.combine;

import java.util.List;

/** Python's {@code list[start:stop]}: negative bounds count from the end, both are clamped. */
final class Slices {
  private Slices() {}

  static <T> List<T> slice(List<T> list, long start, long stop) {
    int from = bound(start, list.size());
    int to = bound(stop, list.size());
    return from >= to ? List.of() : list.subList(from, to);
  }

  private static int bound(long index, int size) {
    long resolved = index < 0 ? index + size : index;
    return (int) Math.max(0, Math.min(size, resolved));
  }
}
