package dev.charcoal.store.whisper;

import java.util.Arrays;

/**
 * The order in which CPython 3.11 iterates {@code set(values)} for small non-negative ints.
 *
 * <p>whisper's update_many propagates the unique coarser intervals of a batch by iterating such a
 * set, and the first point written into an empty archive becomes that ring's base. Reproducing the
 * iteration order is therefore needed for byte-identical files. An int's hash is its value; the
 * table starts at 8 slots, probes 10 neighbouring slots linearly and then perturbs, and grows when
 * 3/5 full (setobject.c: set_add_entry, set_insert_clean, set_table_resize).
 */
final class PythonSetOrder {
  private static final int MIN_SIZE = 8;
  private static final int LINEAR_PROBES = 9;
  private static final int PERTURB_SHIFT = 5;
  private static final long EMPTY = -1;

  private long[] table = newTable(MIN_SIZE);
  private int used;

  private PythonSetOrder() {}

  /** The distinct values in set iteration order; values must be in [0, 2^61 - 1). */
  static long[] iterationOrder(long[] values, int count) {
    PythonSetOrder set = new PythonSetOrder();
    for (int i = 0; i < count; i++) {
      set.add(values[i]);
    }
    long[] order = new long[set.used];
    int n = 0;
    for (long v : set.table) {
      if (v != EMPTY) {
        order[n++] = v;
      }
    }
    return order;
  }

  private void add(long value) {
    int slot = probe(value);
    if (table[slot] == value) {
      return;
    }
    table[slot] = value;
    used++; // no deletions, so fill == used
    if ((long) used * 5 >= (long) (table.length - 1) * 3) {
      resize(used > 50000 ? used * 2 : used * 4);
    }
  }

  private void resize(int minUsed) {
    int size = MIN_SIZE;
    while (size <= minUsed) {
      size <<= 1;
    }
    long[] old = table;
    table = newTable(size);
    for (long v : old) {
      if (v != EMPTY) {
        table[probe(v)] = v;
      }
    }
  }

  /** The slot holding {@code value}, else the first empty one on its probe sequence. */
  private int probe(long value) {
    int mask = table.length - 1;
    int i = (int) (value & mask);
    long perturb = value;
    while (true) {
      int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
      for (int j = i; j <= i + probes; j++) {
        if (table[j] == value || table[j] == EMPTY) {
          return j;
        }
      }
      perturb >>>= PERTURB_SHIFT;
      i = (int) ((i * 5L + 1 + perturb) & mask);
    }
  }

  private static long[] newTable(int size) {
    long[] t = new long[size];
    Arrays.fill(t, EMPTY);
    return t;
  }
}
