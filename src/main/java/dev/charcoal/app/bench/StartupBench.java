package dev.charcoal.app.bench;

import dev.charcoal.app.DataDirs;
import dev.charcoal.app.desktop.StartupTrace;
import dev.charcoal.model.Retention;
import dev.charcoal.store.whisper.Whisper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The cold-start measurement behind {@code charcoal bench startup}: starts the desktop app in a new
 * JVM on a data dir holding a given number of whisper files, reads the start-up milestones it
 * prints with {@link StartupTrace} on (milliseconds since its JVM started: services up, first frame
 * of the window drawn, every file indexed), then closes it as a logout would (SIGTERM). The files
 * are tiny (one archive {@code 1m:1h}): the scan reads names, not contents.
 */
public final class StartupBench {
  /** The milestones the app prints. */
  static final List<String> MILESTONES =
      List.of(StartupTrace.SERVICES, StartupTrace.FIRST_FRAME, StartupTrace.INDEXED);

  /** Whisper files per directory, as a host's metrics would be. */
  static final int FILES_PER_DIR = 100;

  private static final List<Retention> TINY = List.of(new Retention(60, 60));
  private static final Duration GIVE_UP = Duration.ofMinutes(2);
  private static final String FREE_PORTS =
      "{\"bind\":\"127.0.0.1\",\"carbonPort\":0,\"picklePort\":0,\"statsdPort\":0,\"httpPort\":0}";

  /**
   * One start, in milliseconds.
   *
   * @param services store, listeners and HTTP API up, since the JVM started
   * @param firstFrame the window's first frame drawn, since the JVM started
   * @param indexed every whisper file in the index, since the JVM started
   * @param launchToFirstFrame from starting the process to reading the first-frame line: the JVM's
   *     own start included
   * @param cpuAtFirstFrame processor time the app had used by its first frame, all threads
   */
  public record Run(
      long services,
      long firstFrame,
      long indexed,
      long launchToFirstFrame,
      long cpuAtFirstFrame) {}

  private StartupBench() {}

  /**
   * Creates the whisper files {@code bench.startup.dNNNN.mNN} that are missing, {@code files} in
   * all, and makes every listener pick a free port (conf/listeners.json), so that runs never fight
   * over Graphite's ports. Returns how many files it created.
   */
  public static int prepare(Path dataDir, int files) throws IOException {
    Path conf = dataDir.resolve(DataDirs.CONF);
    Files.createDirectories(conf);
    Files.writeString(conf.resolve("listeners.json"), FREE_PORTS);
    int created = 0;
    for (int i = 0; i < files; i++) {
      Path dir = dataDir.resolve(DataDirs.WHISPER).resolve("bench/startup/d" + (i / FILES_PER_DIR));
      Path file = dir.resolve("m" + (i % FILES_PER_DIR) + ".wsp");
      if (!Files.exists(file)) {
        Files.createDirectories(dir);
        Whisper.create(file, TINY);
        created++;
      }
    }
    return created;
  }

  /**
   * Starts the app once on {@code dataDir} with the classes of this JVM and {@code jvmOptions}, and
   * stops it once every milestone is printed.
   *
   * @throws IOException the app could not be started, exited early or missed a milestone
   */
  public static Run run(Path dataDir, List<String> jvmOptions, PrintStream log)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-D" + StartupTrace.PROPERTY + "=true");
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            "dev.charcoal.app.Main",
            "--data",
            dataDir.toString()));
    long launched = System.nanoTime();
    Process app =
        new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      return milestones(app, launched, log);
    } finally {
      app.destroy(); // SIGTERM: the app writes its cache and exits, as on a logout
      if (!app.waitFor(GIVE_UP.toSeconds(), TimeUnit.SECONDS)) {
        app.destroyForcibly();
      }
    }
  }

  private static Run milestones(Process app, long launched, PrintStream log)
      throws IOException, InterruptedException {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> readLines(app, lines), "startup-bench-stderr");
    reader.setDaemon(true);
    reader.start();
    Map<String, Long> found = new HashMap<>();
    long launchToFirstFrame = 0;
    long cpuAtFirstFrame = 0;
    long deadline = System.nanoTime() + GIVE_UP.toNanos();
    List<String> other = new ArrayList<>();
    while (found.size() < MILESTONES.size()) {
      String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (line == null) {
        throw new IOException(
            "the app printed " + found.keySet() + " of " + MILESTONES + " in " + GIVE_UP);
      }
      if (line.equals(END)) {
        throw new IOException(
            "the app exited with "
                + app.waitFor()
                + " after printing "
                + found.keySet()
                + ": "
                + other);
      }
      String[] words = line.split(" ");
      if (words.length == 4
          && words[0].equals(StartupTrace.PREFIX)
          && MILESTONES.contains(words[1])) {
        found.put(words[1], Long.parseLong(words[2]));
        if (words[1].equals(StartupTrace.FIRST_FRAME)) {
          launchToFirstFrame = (System.nanoTime() - launched) / 1_000_000;
          cpuAtFirstFrame = Long.parseLong(words[3]);
        }
      } else {
        other.add(line);
        log.println("app: " + line);
      }
    }
    return new Run(
        found.get(StartupTrace.SERVICES),
        found.get(StartupTrace.FIRST_FRAME),
        found.get(StartupTrace.INDEXED),
        launchToFirstFrame,
        cpuAtFirstFrame);
  }

  /** What the reader puts after the last line. */
  private static final String END = "\0end";

  private static void readLines(Process app, BlockingQueue<String> lines) {
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(app.getErrorStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lines.add(line);
      }
    } catch (IOException closed) {
      // the app was stopped
    }
    lines.add(END);
  }
}
