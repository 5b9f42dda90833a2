package dev.charcoal.store;

import dev.charcoal.model.Retention;
import dev.charcoal.store.rules.Aggregation;
import dev.charcoal.store.rules.StorageRules;
import dev.charcoal.store.whisper.ArchiveInfo;
import dev.charcoal.store.whisper.FetchResult;
import dev.charcoal.store.whisper.WhisperFile;
import dev.charcoal.store.whisper.WhisperHeader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads what {@link MetricStore#describe} reports: a file's header and newest point, or the layout
 * the storage rules give a file not yet created. Reads never lock: the persister may be writing the
 * file meanwhile, and a slot read half-written only makes the newest point a step off.
 */
final class FileInspection {
  private FileInspection() {}

  static Optional<MetricFile> describe(
      String metric, Path file, int cachedPoints, StorageRules rules, long now) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      if (cachedPoints == 0) {
        return Optional.empty();
      }
      Aggregation aggregation = rules.aggregation().ruleFor(metric);
      WhisperHeader planned =
          WhisperHeader.forArchives(
              rules.schemas().schemaFor(metric), aggregation.xFilesFactor(), aggregation.method());
      return Optional.of(new MetricFile.NotCreated(metric, file, cachedPoints, layout(planned)));
    } catch (IOException e) {
      return Optional.of(
          new MetricFile.Unreadable(metric, file, cachedPoints, IoProblems.describe(e)));
    }
    if (!attributes.isRegularFile()) {
      return Optional.of(
          new MetricFile.Unreadable(metric, file, cachedPoints, "not a regular file"));
    }
    try (WhisperFile whisper = WhisperFile.openForReading(file)) {
      return Optional.of(
          new MetricFile.Written(
              metric,
              file,
              cachedPoints,
              attributes.size(),
              layout(whisper.header()),
              lastPoint(whisper, now),
              attributes.lastModifiedTime().toInstant()));
    } catch (IOException | RuntimeException e) {
      return Optional.of(
          new MetricFile.Unreadable(metric, file, cachedPoints, IoProblems.describe(e)));
    }
  }

  private static MetricFile.Layout layout(WhisperHeader header) {
    List<Retention> archives = new ArrayList<>();
    for (ArchiveInfo archive : header.archives()) {
      archives.add(archive.toRetention());
    }
    return new MetricFile.Layout(
        archives, header.aggregationMethod(), header.xFilesFactor(), header.maxRetention());
  }

  /**
   * The newest point up to {@code now}, looked for in each archive's whole ring, finest first: a
   * default file's finest archive is some 100 KB, so the usual answer costs one such read; only a
   * file with nothing recent reads its coarser archives too.
   */
  private static long lastPoint(WhisperFile whisper, long now) throws IOException {
    for (ArchiveInfo archive : whisper.header().archives()) {
      FetchResult r = whisper.fetch(now - archive.retention(), now, now, archive.secondsPerPoint());
      if (r == null) {
        continue;
      }
      double[] values = r.values();
      for (int i = values.length - 1; i >= 0; i--) {
        if (!Double.isNaN(values[i])) {
          return r.from() + i * r.step();
        }
      }
    }
    return 0;
  }
}
