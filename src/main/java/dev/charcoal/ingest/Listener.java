package dev.charcoal.ingest;

import java.net.InetSocketAddress;

/**
 * One network listener ({@code carbon-tcp}, {@code pickle}, {@code statsd-udp}, …) with its
 * lifecycle: bind, stop accepting, close. Names are those that {@code charcoal serve} prints in its
 * {@code listening NAME HOST:PORT} lines.
 */
public interface Listener extends AutoCloseable {
  /** The listener's name as printed by {@code charcoal serve}, e.g. {@code carbon-tcp}. */
  String name();

  /**
   * Binds the socket (port 0 picks a free one) and returns the bound address.
   *
   * @throws ListenerException naming this listener, the address and the cause (port in use, …)
   */
  InetSocketAddress start() throws ListenerException;

  /** Stops accepting connections and datagrams; connections already open finish what they sent. */
  void stopAccepting();

  /** Stops everything and releases the socket. Idempotent. */
  @Override
  void close();
}
