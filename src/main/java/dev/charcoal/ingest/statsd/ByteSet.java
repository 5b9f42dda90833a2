package dev.charcoal.ingest.statsd;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The members of one statsd set, kept as their UTF-8 bytes so that a member already seen costs no
 * allocation. Equal bytes are equal strings; non-ASCII members are first decoded and encoded again,
 * so that invalid UTF-8 compares as the replacement characters etsy's decoding makes of it. Open
 * addressing with linear probing; guarded by its {@link KeyState}'s lock.
 */
final class ByteSet {
  private static final int INITIAL_CAPACITY = 8;

  private byte[][] members = new byte[INITIAL_CAPACITY][];
  private int[] hashes = new int[INITIAL_CAPACITY];
  private int size;

  int size() {
    return size;
  }

  /** Adds the member {@code b[from, to)}; returns whether it was new. */
  boolean add(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] < 0) {
        byte[] canonical =
            new String(b, from, to - from, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
        return addCanonical(canonical, 0, canonical.length);
      }
    }
    return addCanonical(b, from, to);
  }

  private boolean addCanonical(byte[] b, int from, int to) {
    int hash = Bytes.hash(b, from, to);
    int mask = members.length - 1;
    int slot = hash & mask;
    for (byte[] m = members[slot]; m != null; m = members[slot]) {
      if (hashes[slot] == hash && Arrays.equals(m, 0, m.length, b, from, to)) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
    members[slot] = Arrays.copyOfRange(b, from, to);
    hashes[slot] = hash;
    if (++size * 2 > members.length) {
      grow();
    }
    return true;
  }

  private void grow() {
    byte[][] oldMembers = members;
    int[] oldHashes = hashes;
    members = new byte[oldMembers.length * 2][];
    hashes = new int[members.length];
    int mask = members.length - 1;
    for (int i = 0; i < oldMembers.length; i++) {
      if (oldMembers[i] != null) {
        int slot = oldHashes[i] & mask;
        while (members[slot] != null) {
          slot = (slot + 1) & mask;
        }
        members[slot] = oldMembers[i];
        hashes[slot] = oldHashes[i];
      }
    }
  }
}
