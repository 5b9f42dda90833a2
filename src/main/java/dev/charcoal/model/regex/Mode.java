package dev.charcoal.model.regex;

/**
 * The Python flags in force at a point of the pattern; {@code (?flags:...)} groups change them for
 * their contents.
 */
record Mode(boolean ignoreCase, boolean multiline, boolean dotAll, boolean verbose, boolean ascii) {
  static final Mode DEFAULT = new Mode(false, false, false, false, false);

  /** These flags with Python's {@code on} flags added and its {@code off} ones removed. */
  Mode with(String on, String off) {
    return new Mode(
        flag(ignoreCase, 'i', on, off),
        flag(multiline, 'm', on, off),
        flag(dotAll, 's', on, off),
        flag(verbose, 'x', on, off),
        on.indexOf('a') >= 0 || (ascii && on.indexOf('u') < 0));
  }

  private static boolean flag(boolean was, char f, String on, String off) {
    return (was || on.indexOf(f) >= 0) && off.indexOf(f) < 0;
  }

  /** The Java group that opens {@code (?on-off:}. */
  static String javaGroup(String on, String off) {
    StringBuilder javaOn = new StringBuilder();
    StringBuilder javaOff = new StringBuilder();
    for (char f : "ims".toCharArray()) {
      if (on.indexOf(f) >= 0) {
        javaOn.append(f);
      }
      if (off.indexOf(f) >= 0) {
        javaOff.append(f);
      }
    }
    // Java's u is Unicode case folding, which Python's ASCII mode leaves out. (Verbose mode is
    // the translator's own business: Java's comments mode would drop spaces in classes too.)
    if (on.indexOf('u') >= 0) {
      javaOn.append('u');
    } else if (on.indexOf('a') >= 0) {
      javaOff.append('u');
    }
    return "(?" + javaOn + (javaOff.isEmpty() ? "" : "-" + javaOff) + ":";
  }
}
