package dev.charcoal.app.serve;

import java.util.concurrent.CountDownLatch;
import sun.misc.Signal;

/**
 * Waits for SIGTERM or Ctrl-C (SIGINT). Handling the signals ourselves, rather than in a shutdown
 * hook, lets {@code charcoal serve} write every cached point and then exit 0, as its contract says;
 * a hook would end with the JVM's 143.
 */
public final class StopSignal {
  private final CountDownLatch stop = new CountDownLatch(1);

  /** Installs the handlers; from now on TERM and INT release {@link #await()}. */
  public static StopSignal install() {
    StopSignal signal = new StopSignal();
    for (String name : new String[] {"TERM", "INT"}) {
      try {
        Signal.handle(new Signal(name), s -> signal.stop.countDown());
      } catch (IllegalArgumentException unsupported) {
        // not on this platform (Windows has no TERM): Ctrl-C still ends the process
      }
    }
    return signal;
  }

  public void await() throws InterruptedException {
    stop.await();
  }
}
