package dev.charcoal.bench;

import dev.charcoal.model.AggregationMethod;
import dev.charcoal.model.Retention;
import dev.charcoal.store.whisper.Whisper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the kernel charges for creating a file, to set the persister's create cost against: plain
 * Java loops creating files the ways a whisper create can, in blocks of 500 taken in turn (so a
 * noisy moment hits every way alike), all in one directory (the kernel looks for a free inode near
 * the directory's, so directories apart would compare parts of the disk). Every file is the default
 * schema's size (10s:6h,1m:7d,10m:5y, 3.3 MB), sparse.
 *
 * <pre>
 * mvn -B -q -Pbench exec:exec -Dexec.args="-cp %classpath dev.charcoal.bench.FileCreateLoop"
 *   --dir DIR     where to create them (java.io.tmpdir); deleted afterwards
 *   --files N     files per way (2,000)
 * </pre>
 *
 * <p>On ext4 without a journal (this machine) the kernel skips inodes freed in the last 30–35 s
 * ({@code vm.dirty_expire_centisecs} + 5 s) when it looks for a free one, so creates right after a
 * large delete (this tool's own, a benchmark's cleanup) cost several times more: wait a minute
 * between runs.
 */
public final class FileCreateLoop {
  private static final int BLOCK = 500;
  private static final int WARM_UP = 200;
  private static final List<Retention> SCHEMA =
      List.of(new Retention(10, 2160), new Retention(60, 10080), new Retention(600, 262800));
  private static final long SIZE = 52 + (2160 + 10080 + 262800) * 12L;

  private interface Way {
    void create(Path dir, String i) throws IOException;
  }

  private FileCreateLoop() {}

  public static void main(String[] args) throws IOException {
    Path parent = Path.of(System.getProperty("java.io.tmpdir"));
    int files = 2000;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--dir" -> parent = Path.of(args[i + 1]);
        case "--files" -> files = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    String[] names = {
      "empty file (open O_CREAT|O_EXCL, close)",
      "sparse file, written in place",
      "sparse file, temp + rename",
      "sparse file, temp + link + unlink",
      "Whisper.createForWriting (persister)"
    };
    Way[] ways = {
      (dir, i) ->
          FileChannel.open(name(dir, i), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
              .close(),
      (dir, i) -> sparse(name(dir, i)).close(),
      (dir, i) -> {
        Path tmp = dir.resolve(".rename" + i);
        try (FileChannel ch = sparse(tmp)) {
          Files.move(tmp, name(dir, i), StandardCopyOption.ATOMIC_MOVE);
        }
      },
      (dir, i) -> {
        Path tmp = dir.resolve(".link" + i);
        try (FileChannel ch = sparse(tmp)) {
          Files.createLink(name(dir, i), tmp);
          Files.delete(tmp);
        }
      },
      (dir, i) ->
          Whisper.createForWriting(name(dir, i), SCHEMA, 0.5f, AggregationMethod.AVERAGE).close()
    };
    Path root = Files.createTempDirectory(parent, "create-loop");
    try {
      for (int w = 0; w < ways.length; w++) { // warm-up: class loading and compilation
        for (int i = 0; i < WARM_UP; i++) {
          ways[w].create(root, "warm" + w + "-" + i);
        }
      }
      long[] nanos = new long[ways.length];
      for (int block = 0; block * BLOCK < files; block++) {
        for (int k = 0; k < ways.length; k++) {
          int w = (k + block) % ways.length; // rotate who goes first
          long started = System.nanoTime();
          for (int i = block * BLOCK; i < Math.min(files, (block + 1) * BLOCK); i++) {
            ways[w].create(root, w + "-" + i);
          }
          nanos[w] += System.nanoTime() - started;
        }
      }
      System.out.printf("%,d files per way, under %s%n", files, parent);
      for (int w = 0; w < ways.length; w++) {
        System.out.printf("%6.0f us per file: %s%n", nanos[w] / 1e3 / files, names[w]);
      }
    } finally {
      System.out.println("deleting (slow on a disk that discards freed blocks)...");
      try (Stream<Path> tree = Files.walk(root)) {
        for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static Path name(Path dir, String i) {
    return dir.resolve("m" + i + ".wsp");
  }

  private static FileChannel sparse(Path path) throws IOException {
    FileChannel ch =
        FileChannel.open(
            path, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE);
    ch.write(ByteBuffer.allocate(52), 0);
    ch.write(ByteBuffer.allocate(1), SIZE - 1);
    return ch;
  }
}
