package dev.charcoal.ui.backend;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A snapshot for the status bar.
 *
 * @param listeners bound listeners, name ({@code carbon-tcp}, {@code statsd-udp}…) to {@code
 *     host:port}, in display order
 * @param receivedPoints points received since start; the UI derives points per second from two
 *     snapshots
 * @param cachedPoints points waiting in the cache for their whisper file
 * @param walState a short word or phrase for the write-ahead log ({@code ok}, {@code replaying},
 *     {@code damaged: …})
 * @param errors problems the user should see (a port taken, an unreadable file), newest last
 * @param indexing while the data dir's metrics are still being indexed at start, how many the index
 *     holds so far; {@link #INDEXED} once it holds them all
 */
public record BackendStatus(
    Map<String, String> listeners,
    long receivedPoints,
    long cachedPoints,
    String walState,
    List<String> errors,
    long indexing) {
  /** {@link #indexing} once every metric of the data dir is in the index. */
  public static final long INDEXED = -1;

  public BackendStatus {
    listeners = Collections.unmodifiableMap(new LinkedHashMap<>(listeners));
    errors = List.copyOf(errors);
  }

  /** A status with the index complete. */
  public BackendStatus(
      Map<String, String> listeners,
      long receivedPoints,
      long cachedPoints,
      String walState,
      List<String> errors) {
    this(listeners, receivedPoints, cachedPoints, walState, errors, INDEXED);
  }
}
