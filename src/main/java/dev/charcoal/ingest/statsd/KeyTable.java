package dev.charcoal.ingest.statsd;

import java.util.Arrays;

/**
 * One thread's cache from a key's raw bytes (key and tag text as they arrive) to its {@link
 * KeyState}, so that a known key is found without decoding, sanitising or allocating a String. Open
 * addressing with linear probing; only its owning thread touches it.
 */
final class KeyTable {
  private static final int INITIAL_CAPACITY = 1 << 10;

  /** Key bytes followed by tag bytes. */
  private byte[][] raw;

  private int[] keyLengths;

  /** -1 when the key came without tags. */
  private int[] tagLengths;

  private int[] hashes;
  private KeyState[] states;
  private int size;

  KeyTable() {
    allocate(INITIAL_CAPACITY);
  }

  int size() {
    return size;
  }

  static int hash(ParsedMetric m) {
    long h = Bytes.mix(m.keyBytes, m.keyFrom, m.keyTo, 0x9E3779B97F4A7C15L);
    if (m.hasTags()) {
      h = Bytes.mix(m.tagBytes, m.tagFrom, m.tagTo, h ^ 0x2545F4914F6CDD1DL);
    }
    return Bytes.finish(h);
  }

  /** The state cached for {@code m}'s key and tags, or null. */
  KeyState get(ParsedMetric m, int hash) {
    int slot = find(m, hash);
    return slot >= 0 ? states[slot] : null;
  }

  /** Caches {@code state} for {@code m}'s key and tags, replacing what was there. */
  void put(ParsedMetric m, int hash, KeyState state) {
    int slot = find(m, hash);
    if (slot >= 0) {
      states[slot] = state;
      return;
    }
    if ((size + 1) * 2 > states.length) {
      resize(states.length * 2);
      slot = find(m, hash);
    }
    slot = -slot - 1;
    int keyLength = m.keyTo - m.keyFrom;
    int tagLength = m.hasTags() ? m.tagTo - m.tagFrom : -1;
    byte[] bytes = new byte[keyLength + Math.max(0, tagLength)];
    System.arraycopy(m.keyBytes, m.keyFrom, bytes, 0, keyLength);
    if (tagLength > 0) {
      System.arraycopy(m.tagBytes, m.tagFrom, bytes, keyLength, tagLength);
    }
    raw[slot] = bytes;
    keyLengths[slot] = keyLength;
    tagLengths[slot] = tagLength;
    hashes[slot] = hash;
    states[slot] = state;
    size++;
  }

  /** Drops entries of retired keys (after deleteIdleStats removed them). */
  void removeRetired() {
    rebuild(states.length, true);
  }

  void clear() {
    allocate(INITIAL_CAPACITY);
  }

  /** The slot holding {@code m}'s key, or {@code -(free slot) - 1}. */
  private int find(ParsedMetric m, int hash) {
    int mask = states.length - 1;
    int keyLength = m.keyTo - m.keyFrom;
    int tagLength = m.hasTags() ? m.tagTo - m.tagFrom : -1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      byte[] bytes = raw[slot];
      if (bytes == null) {
        return -slot - 1;
      }
      if (hashes[slot] == hash
          && keyLengths[slot] == keyLength
          && tagLengths[slot] == tagLength
          && Arrays.equals(bytes, 0, keyLength, m.keyBytes, m.keyFrom, m.keyTo)
          && (tagLength <= 0
              || Arrays.equals(
                  bytes, keyLength, keyLength + tagLength, m.tagBytes, m.tagFrom, m.tagTo))) {
        return slot;
      }
    }
  }

  private void resize(int capacity) {
    rebuild(capacity, false);
  }

  private void rebuild(int capacity, boolean dropRetired) {
    byte[][] oldRaw = raw;
    int[] oldKeyLengths = keyLengths;
    int[] oldTagLengths = tagLengths;
    int[] oldHashes = hashes;
    KeyState[] oldStates = states;
    allocate(capacity);
    int mask = capacity - 1;
    for (int i = 0; i < oldRaw.length; i++) {
      if (oldRaw[i] == null || (dropRetired && oldStates[i].isRetired())) {
        continue;
      }
      int slot = oldHashes[i] & mask;
      while (raw[slot] != null) {
        slot = (slot + 1) & mask;
      }
      raw[slot] = oldRaw[i];
      keyLengths[slot] = oldKeyLengths[i];
      tagLengths[slot] = oldTagLengths[i];
      hashes[slot] = oldHashes[i];
      states[slot] = oldStates[i];
      size++;
    }
  }

  private void allocate(int capacity) {
    raw = new byte[capacity][];
    keyLengths = new int[capacity];
    tagLengths = new int[capacity];
    hashes = new int[capacity];
    states = new KeyState[capacity];
    size = 0;
  }
}
