package dev.charcoal.store;

import java.util.List;

/**
 * The tagged series a data dir holds ({@code name;tag=value;...}), for {@code seriesByTag} and the
 * {@code /tags} endpoints, as graphite-web's tag DB answers them.
 */
public interface TagIndex {
  /**
   * The canonical names of the series matching every expression ({@code tag=value}, {@code
   * tag!=value}, {@code tag=~regex}, {@code tag!=~regex}), sorted.
   *
   * @throws IllegalArgumentException an expression that does not parse, or none requiring a
   *     non-empty value (message as graphite-web's)
   */
  List<String> findSeries(List<String> expressions);
}
