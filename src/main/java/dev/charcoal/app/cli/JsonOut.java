package dev.charcoal.app.cli;

import dev.charcoal.model.PythonFloats;
import dev.charcoal.store.whisper.ArchiveInfo;
import dev.charcoal.store.whisper.FetchResult;
import dev.charcoal.store.whisper.WhisperHeader;

/**
 * The one-line JSON the whisper tools print. Written by hand because the key order and the number
 * format are part of the contract (INTERFACES.md), and no value needs escaping.
 */
final class JsonOut {
  private JsonOut() {}

  /**
   * {@code whisper-info --json}'s object on one line: {@code aggregationMethod, maxRetention,
   * xFilesFactor, fileSize, archives[{offset, secondsPerPoint, points, retention, size}]}.
   */
  static String info(WhisperHeader header, long fileSize) {
    StringBuilder sb = new StringBuilder(128);
    sb.append("{\"aggregationMethod\":\"").append(header.aggregationMethod().configName());
    sb.append("\",\"maxRetention\":").append(header.maxRetention());
    // The stored float32 widened to double, as Python reads it: 0.1 shows as 0.10000000149011612.
    sb.append(",\"xFilesFactor\":").append(PythonFloats.json(header.xFilesFactor()));
    sb.append(",\"fileSize\":").append(fileSize);
    sb.append(",\"archives\":[");
    String sep = "";
    for (ArchiveInfo a : header.archives()) {
      sb.append(sep).append("{\"offset\":").append(a.offset());
      sb.append(",\"secondsPerPoint\":").append(a.secondsPerPoint());
      sb.append(",\"points\":").append(a.points());
      sb.append(",\"retention\":").append(a.retention());
      sb.append(",\"size\":").append(a.size()).append('}');
      sep = ",";
    }
    return sb.append("]}").toString();
  }

  /** {@code {"from":F,"until":U,"step":S,"values":[...]}} with {@code null} for missing points. */
  static String fetch(FetchResult result) {
    double[] values = result.values();
    StringBuilder sb = new StringBuilder(64 + values.length * 8);
    sb.append("{\"from\":").append(result.from());
    sb.append(",\"until\":").append(result.until());
    sb.append(",\"step\":").append(result.step());
    sb.append(",\"values\":[");
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(Double.isNaN(values[i]) ? "null" : PythonFloats.json(values[i]));
    }
    return sb.append("]}").toString();
  }
}
