package dev.charcoal.store;

/**
 * Cumulative counts since start, named as carbon's self metrics name them.
 *
 * @param committedPoints points written to whisper files
 * @param updateOperations update_many calls
 * @param creates whisper files created
 * @param errors failed creates or writes (their points are kept and retried, or dropped when the
 *     file itself is broken; see {@code droppedPoints})
 * @param droppedPoints points given up because their file is corrupt or cannot exist
 * @param updateNanos time spent in update_many, for carbon's avgUpdateTime
 * @param createNanos time spent creating files (directories, header, opening)
 * @param checkpoints completed checkpoints (write-ahead log segments released)
 * @param lastError the last failure, one line, or empty
 */
public record PersisterStats(
    long committedPoints,
    long updateOperations,
    long creates,
    long errors,
    long droppedPoints,
    long updateNanos,
    long createNanos,
    long checkpoints,
    String lastError) {}
