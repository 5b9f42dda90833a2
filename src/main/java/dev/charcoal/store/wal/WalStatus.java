package dev.charcoal.store.wal;

import java.time.Duration;

/**
 * The log at a glance, for the status bar and the self metrics. Counts are since the log was
 * opened.
 *
 * @param segments segment files in the directory (replayed ones not yet deleted, and the current)
 * @param bytesOnDisk their total size
 * @param pointsAppended points encoded into the log
 * @param bytesAppended bytes those points took, record headers included
 * @param pointsDurable of those, points whose record has been fsynced
 * @param unloggedPoints points accepted by {@link WriteAheadLog#append} but not logged: memory for
 *     pending records was full because the disk failed, the name was longer than the log records,
 *     or the log was closed. They are not durable until the persister writes them to whisper
 * @param pendingBytes encoded bytes not yet fsynced
 * @param fsyncs successful fsyncs
 * @param lastFsyncAge time since the last successful fsync (since opening, before the first)
 * @param writeErrors failed creates, writes, fsyncs and deletes
 * @param lastError the last of those failures, naming the file, or null if there was none
 */
public record WalStatus(
    int segments,
    long bytesOnDisk,
    long pointsAppended,
    long bytesAppended,
    long pointsDurable,
    long unloggedPoints,
    long pendingBytes,
    long fsyncs,
    Duration lastFsyncAge,
    long writeErrors,
    String lastError) {}
