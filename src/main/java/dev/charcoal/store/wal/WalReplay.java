package dev.charcoal.store.wal;

import java.util.List;

/**
 * What {@link WriteAheadLog#open} replayed from the segments it found.
 *
 * @param segments segments replayed (a segment set aside as {@link WalDamage.Kind#BAD_SEGMENT} is
 *     not counted)
 * @param records records replayed
 * @param points points handed to the replay consumer
 * @param unresolvedPoints points skipped because their name was defined in a damaged record
 * @param damage what was skipped, in file and offset order
 */
public record WalReplay(
    int segments, long records, long points, long unresolvedPoints, List<WalDamage> damage) {
  public WalReplay {
    damage = List.copyOf(damage);
  }

  /** Whether every byte of every segment was replayed. */
  public boolean clean() {
    return damage.isEmpty() && unresolvedPoints == 0;
  }
}
