package dev.charcoal.model.regex;

/**
 * A group being read, or the whole pattern: what to restore when it closes, and how many characters
 * it can match, as Python's {@code getwidth} counts them (a look-behind must be fixed-width in
 * Python, where Java accepts more).
 */
final class Group {
  /** What a group is, as far as its width and its {@code |} matter. */
  enum Kind {
    /** The whole pattern, a capturing, non-capturing, atomic or flags group. */
    PLAIN,
    LOOKAHEAD,
    LOOKBEHIND,
    /** {@code (?(1)yes|no)}: at most two branches; with only one it may match nothing. */
    CONDITIONAL
  }

  /** Python's {@code MAXREPEAT}: the cap of a width, and of a repetition count. */
  static final long MAX_REPEAT = 4294967295L;

  /** The capturing group's number, or 0. */
  final int number;

  /** Where its {@code (} is, in chars. */
  final int start;

  final Kind kind;

  /** The flags and look-behind state around it, restored when it closes. */
  final Mode outer;

  final int outerLookbehind;

  /** How many {@code |} it has had. */
  int branches;

  /**
   * Widths: of the branch being read before its last item, of that item, of the branches before.
   */
  private long lo;

  private long hi;
  private long itemLo;
  private long itemHi;
  private long branchesLo = Long.MAX_VALUE;
  private long branchesHi;

  Group(int number, int start, Kind kind, Mode outer, int outerLookbehind) {
    this.number = number;
    this.start = start;
    this.kind = kind;
    this.outer = outer;
    this.outerLookbehind = outerLookbehind;
  }

  /** An item of {@code min} to {@code max} characters. */
  void item(long min, long max) {
    lo = add(lo, itemLo);
    hi = add(hi, itemHi);
    itemLo = min;
    itemHi = max;
  }

  /** The last item repeated {@code min} to {@code max} times. */
  void repeat(long min, long max) {
    itemLo = times(itemLo, min);
    itemHi = times(itemHi, max);
  }

  void branch() {
    branchesLo = Math.min(branchesLo, add(lo, itemLo));
    branchesHi = Math.max(branchesHi, add(hi, itemHi));
    lo = hi = itemLo = itemHi = 0;
    branches++;
  }

  /** The least characters it matches, once closed. */
  long minWidth() {
    if (kind == Kind.CONDITIONAL && branches == 0) {
      return 0;
    }
    return Math.min(Math.min(branchesLo, add(lo, itemLo)), MAX_REPEAT - 1);
  }

  /** The most characters it matches, once closed. */
  long maxWidth() {
    return Math.min(Math.max(branchesHi, add(hi, itemHi)), MAX_REPEAT);
  }

  private static long add(long a, long b) {
    return Math.min(a + b, MAX_REPEAT);
  }

  private static long times(long a, long b) {
    return a == 0 || b <= MAX_REPEAT / a ? a * b : MAX_REPEAT;
  }
}
