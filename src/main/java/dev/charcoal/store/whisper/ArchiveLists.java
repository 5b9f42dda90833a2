package dev.charcoal.store.whisper;

import dev.charcoal.model.Retention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * whisper's {@code validateArchiveList}: the rules an archive list must meet, with its messages.
 */
public final class ArchiveLists {
  private ArchiveLists() {}

  /**
   * Returns the archives sorted by precision, or throws naming the first rule broken: at least one
   * archive; no two with the same precision; each precision divides the next; each coarser archive
   * covers strictly more time; each archive holds at least one consolidation window of the next.
   */
  public static List<Retention> validate(List<Retention> archives)
      throws InvalidConfigurationException {
    if (archives.isEmpty()) {
      throw new InvalidConfigurationException(
          "You must specify at least one archive configuration!");
    }
    List<Retention> sorted = new ArrayList<>(archives);
    sorted.sort(Comparator.comparingLong(Retention::secondsPerPoint));
    for (int i = 0; i + 1 < sorted.size(); i++) {
      Retention a = sorted.get(i);
      Retention next = sorted.get(i + 1);
      if (a.secondsPerPoint() >= next.secondsPerPoint()) {
        throw new InvalidConfigurationException(
            "A Whisper database may not be configured having two archives with the same"
                + " precision (archive%d: %s, archive%d: %s)"
                    .formatted(i, tuple(a), i + 1, tuple(next)));
      }
      if (next.secondsPerPoint() % a.secondsPerPoint() != 0) {
        throw new InvalidConfigurationException(
            "Higher precision archives' precision must evenly divide all lower precision"
                + " archives' precision (archive%d: %d, archive%d: %d)"
                    .formatted(i, a.secondsPerPoint(), i + 1, next.secondsPerPoint()));
      }
      if (next.retentionSeconds() <= a.retentionSeconds()) {
        throw new InvalidConfigurationException(
            "Lower precision archives must cover larger time intervals than higher precision"
                + " archives (archive%d: %d seconds, archive%d: %d seconds)"
                    .formatted(i, a.retentionSeconds(), i + 1, next.retentionSeconds()));
      }
      long perConsolidation = next.secondsPerPoint() / a.secondsPerPoint();
      if (a.points() < perConsolidation) {
        throw new InvalidConfigurationException(
            "Each archive must have at least enough points to consolidate to the next archive"
                + " (archive%d consolidates %d of archive%d's points but it has only %d total points)"
                    .formatted(i + 1, perConsolidation, i, a.points()));
      }
    }
    return sorted;
  }

  private static String tuple(Retention r) {
    return "(" + r.secondsPerPoint() + ", " + r.points() + ")";
  }
}
