package dev.charcoal.app.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code charcoal serve} in a child JVM, on free ports, for the tests that need real
 * signals: SIGTERM for a clean stop, SIGKILL for a crash.
 */
final class ServeProcess implements AutoCloseable {
  private static final long START_TIMEOUT_SECONDS = 60;

  private final Process process;
  private final Map<String, InetSocketAddress> listeners = new LinkedHashMap<>();
  private final List<String> output = new ArrayList<>();

  private ServeProcess(Process process) {
    this.process = process;
  }

  /**
   * Starts serve with every port free-picked; {@code extraArgs} are option-value pairs that win.
   */
  static ServeProcess start(Path dataDir, Path stderr, String... extraArgs) throws IOException {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Map<String, String> options = new LinkedHashMap<>();
    for (String port : List.of("--carbon-port", "--pickle-port", "--statsd-port", "--http-port")) {
      options.put(port, "0");
    }
    for (int i = 0; i + 1 < extraArgs.length; i += 2) {
      options.put(extraArgs[i], extraArgs[i + 1]); // picocli refuses an option given twice
    }
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                classpath,
                "dev.charcoal.app.Main",
                "serve",
                "--data",
                dataDir.toString()));
    options.forEach(
        (option, value) -> {
          command.add(option);
          command.add(value);
        });
    Process process =
        new ProcessBuilder(command)
            .redirectError(stderr.toFile())
            .redirectInput(ProcessBuilder.Redirect.PIPE)
            .start();
    ServeProcess serve = new ServeProcess(process);
    serve.awaitReady();
    return serve;
  }

  private void awaitReady() throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    Thread watchdog =
        new Thread(
            () -> {
              try {
                if (!process.waitFor(START_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                  process.destroyForcibly();
                }
              } catch (InterruptedException ignored) {
                // the test ended first
              }
            });
    watchdog.setDaemon(true);
    watchdog.start();
    String line;
    while ((line = out.readLine()) != null) {
      output.add(line);
      if (line.equals("ready")) {
        return;
      }
      String[] parts = line.split(" ");
      if (parts.length == 3 && parts[0].equals("listening")) {
        int colon = parts[2].lastIndexOf(':');
        listeners.put(
            parts[1],
            new InetSocketAddress(
                parts[2].substring(0, colon), Integer.parseInt(parts[2].substring(colon + 1))));
      }
    }
    throw new IOException("charcoal serve ended before 'ready'; it printed " + output);
  }

  InetSocketAddress address(String listener) {
    InetSocketAddress address = listeners.get(listener);
    if (address == null) {
      throw new IllegalStateException(listener + " is not listening; serve printed " + output);
    }
    return address;
  }

  List<String> output() {
    return output;
  }

  /** SIGTERM, then the exit code. */
  int terminate() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(START_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("serve did not stop within " + START_TIMEOUT_SECONDS + " s of TERM");
    }
    return process.exitValue();
  }

  /** SIGKILL: no chance to write anything. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
