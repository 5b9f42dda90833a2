package dev.charcoal.store.whisper.golden;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Explains where two whisper files differ, in the file's own terms: the header field, or the
 * archive and slot with both points decoded. Offsets are taken from python's (expected) header.
 */
final class WhisperBytesDiff {
  private static final String[] METADATA_FIELDS = {
    "aggregationType", "maxRetention", "xFilesFactor", "archiveCount"
  };
  private static final String[] ARCHIVE_INFO_FIELDS = {"offset", "secondsPerPoint", "points"};
  private static final int MAX_LISTED_SLOTS = 12;

  private WhisperBytesDiff() {}

  /** Null when equal, else a description of the first difference and a list of differing slots. */
  static String describe(byte[] expected, byte[] actual) {
    int common = Math.min(expected.length, actual.length);
    int first = -1;
    for (int i = 0; i < common; i++) {
      if (expected[i] != actual[i]) {
        first = i;
        break;
      }
    }
    if (first < 0 && expected.length == actual.length) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    if (expected.length != actual.length) {
      out.append("python's file has ")
          .append(expected.length)
          .append(" bytes, ours ")
          .append(actual.length)
          .append(". ");
    }
    if (first < 0) {
      out.append("The common ").append(common).append(" bytes are equal.");
      return out.toString();
    }
    out.append("First differing byte at offset ")
        .append(first)
        .append(" (0x")
        .append(Integer.toHexString(first))
        .append("): ")
        .append(locate(expected, actual, first));
    List<String> slots = differingSlots(expected, actual);
    if (!slots.isEmpty()) {
      out.append("\nDiffering slots (")
          .append(slots.size())
          .append("): ")
          .append(String.join("; ", slots.subList(0, Math.min(MAX_LISTED_SLOTS, slots.size()))))
          .append(slots.size() > MAX_LISTED_SLOTS ? "; …" : "");
    }
    return out.toString();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String locate(byte[] expected, byte[] actual, int offset) {
    if (offset < 16) {
      int field = offset / 4;
      return "metadata field "
          + METADATA_FIELDS[field]
          + ": python wrote "
          + metadataValue(expected, field)
          + ", we wrote "
          + metadataValue(actual, field);
    }
    long count = u32(expected, 12);
    long headerSize = 16 + 12 * count;
    if (offset < headerSize) {
      int archive = (offset - 16) / 12;
      int field = (offset - 16) % 12 / 4;
      int at = 16 + archive * 12 + field * 4;
      return "archive "
          + archive
          + " info field "
          + ARCHIVE_INFO_FIELDS[field]
          + ": python wrote "
          + u32(expected, at)
          + ", we wrote "
          + (at + 4 <= actual.length ? u32(actual, at) : "nothing");
    }
    for (int a = 0; a < count; a++) {
      long start = u32(expected, 16 + a * 12);
      long spp = u32(expected, 16 + a * 12 + 4);
      long points = u32(expected, 16 + a * 12 + 8);
      if (offset >= start && offset < start + points * 12) {
        int slot = (int) ((offset - start) / 12);
        int pointAt = (int) (start + slot * 12L);
        return "archive "
            + a
            + " ("
            + spp
            + "s × "
            + points
            + ") slot "
            + slot
            + ", byte "
            + (offset - pointAt)
            + " of the point ("
            + (offset - pointAt < 4 ? "timestamp" : "value")
            + "): python wrote "
            + point(expected, pointAt)
            + ", we wrote "
            + point(actual, pointAt)
            + ", base (slot 0) python "
            + point(expected, (int) start)
            + " / ours "
            + point(actual, (int) start);
      }
    }
    return "outside every archive of python's header";
  }

  private static List<String> differingSlots(byte[] expected, byte[] actual) {
    List<String> out = new ArrayList<>();
    if (expected.length < 16) {
      return out;
    }
    long count = u32(expected, 12);
    for (int a = 0; a < count && 16 + a * 12 + 12 <= expected.length; a++) {
      long start = u32(expected, 16 + a * 12);
      long points = u32(expected, 16 + a * 12 + 8);
      for (long slot = 0; slot < points; slot++) {
        int at = (int) (start + slot * 12);
        if (at + 12 > expected.length) {
          break;
        }
        boolean same = at + 12 <= actual.length;
        for (int k = 0; same && k < 12; k++) {
          same = expected[at + k] == actual[at + k];
        }
        if (!same) {
          out.add(
              "a"
                  + a
                  + "["
                  + slot
                  + "] python "
                  + point(expected, at)
                  + " ours "
                  + point(actual, at));
        }
      }
    }
    return out;
  }

  private static String metadataValue(byte[] b, int field) {
    if (field * 4 + 4 > b.length) {
      return "nothing";
    }
    if (field == 2) {
      float f = ByteBuffer.wrap(b).getFloat(8);
      return f + " [0x" + Integer.toHexString(Float.floatToRawIntBits(f)) + "]";
    }
    return Long.toString(u32(b, field * 4));
  }

  /** "(timestamp, value [raw bits])" for the 12-byte point at {@code at}. */
  static String point(byte[] b, int at) {
    if (at + 12 > b.length) {
      return "(beyond the end of the file)";
    }
    ByteBuffer buf = ByteBuffer.wrap(b);
    double v = buf.getDouble(at + 4);
    return "("
        + Integer.toUnsignedLong(buf.getInt(at))
        + ", "
        + v
        + " [0x"
        + Long.toHexString(Double.doubleToRawLongBits(v))
        + "])";
  }

  private static long u32(byte[] b, int at) {
    return Integer.toUnsignedLong(ByteBuffer.wrap(b).getInt(at));
  }
}
