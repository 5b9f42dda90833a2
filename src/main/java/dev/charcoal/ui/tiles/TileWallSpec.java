package dev.charcoal.ui.tiles;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A tile wall as a value: its title, the live period each tile shows (Tasseo's {@code period}), how
 * often it refreshes (Tasseo's {@code refresh}) and its tiles in order. Dashboards save it; every
 * edit makes a new one.
 */
public record TileWallSpec(String title, Duration period, Duration refresh, List<TileSpec> tiles) {
  /** Tasseo's defaults: five minutes of data, refreshed every two seconds. */
  public static final Duration DEFAULT_PERIOD = Duration.ofMinutes(5);

  public static final Duration DEFAULT_REFRESH = Duration.ofSeconds(2);

  /** Refreshing faster than this would only load the machine. */
  public static final Duration MIN_REFRESH = Duration.ofMillis(500);

  /** A wall is for heads-up values, not for browsing: beyond this, use chart panes. */
  public static final int MAX_TILES = 1000;

  public TileWallSpec {
    title = title == null || title.isBlank() ? "Tile wall" : title.strip();
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(refresh, "refresh");
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("the period must be positive");
    }
    if (refresh.compareTo(MIN_REFRESH) < 0) {
      throw new IllegalArgumentException(
          "the refresh interval must be at least " + MIN_REFRESH.toMillis() + " ms");
    }
    tiles = List.copyOf(tiles);
    if (tiles.size() > MAX_TILES) {
      throw new IllegalArgumentException("a wall holds at most " + MAX_TILES + " tiles");
    }
  }

  /** An empty wall with Tasseo's period and refresh. */
  public static TileWallSpec empty(String title) {
    return new TileWallSpec(title, DEFAULT_PERIOD, DEFAULT_REFRESH, List.of());
  }

  public TileWallSpec withTitle(String newTitle) {
    return new TileWallSpec(newTitle, period, refresh, tiles);
  }

  public TileWallSpec withPeriod(Duration newPeriod) {
    return new TileWallSpec(title, newPeriod, refresh, tiles);
  }

  public TileWallSpec withRefresh(Duration newRefresh) {
    return new TileWallSpec(title, period, newRefresh, tiles);
  }

  public TileWallSpec withTiles(List<TileSpec> newTiles) {
    return new TileWallSpec(title, period, refresh, newTiles);
  }
}
