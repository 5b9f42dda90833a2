package dev.charcoal.model.regex;

import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A Python 3.11 {@code re} pattern translated to {@code java.util.regex}: the one translator for
 * carbon's rules files, seriesByTag's {@code =~} and the render functions that take a regex.
 *
 * <p>{@link #translate} reads the pattern as Python's parser does and accepts and refuses what
 * Python accepts and refuses, with Python's message and position ({@link PythonPatternException}).
 * Where the dialects differ it rewrites: {@code (?P<name>…)}/{@code (?P=name)} become numbered
 * groups and back-references, {@code (?#…)} comments and verbose-mode ({@code (?x)}) spaces and
 * comments are dropped, {@code \Z} becomes {@code \z}, escapes of one character ({@code \v},
 * {@code \x41}, {@code \N{…}}, octal, {@code [\b]}) become that character, {@code [} and {@code &}
 * in a class and a {@code {} that is not a repetition are literal, {@code {,n}} is {@code {0,n}},
 * and Python's own {@code \d \w \s \b \B} (Unicode or, with {@code (?a)}, ASCII) and multiline
 * {@code ^} are spelt out. {@code .} and {@code $} stop only at {@code \n} ({@link
 * Pattern#UNIX_LINES}); case folding is Unicode-aware unless {@code (?a)}. Escapes Python rejects
 * ({@code \e}, {@code \Q}, {@code \p}…) are rejected; look-behinds must be fixed-width.
 *
 * <p>What Java's engine cannot run is refused with a clear message: conditional groups {@code
 * (?(1)a|b)}, and look-behinds holding a back-reference or a repeated group ({@code
 * (?<=(?:a|b){3})}, which Java cannot bound).
 *
 * @param python the Python pattern
 * @param java the Java pattern text
 * @param flags the Java flags to compile it with (Python's global flags among them)
 * @param groupCount the number of capturing groups, numbered as in Python
 * @param groupNames named groups to their numbers, for {@code \g<name>} in replacements
 */
public record PythonPattern(
    String python, String java, int flags, int groupCount, Map<String, Integer> groupNames) {

  /**
   * Translates {@code python}.
   *
   * @throws PythonPatternException where Python's {@code re.compile} raises, as it words it
   */
  public static PythonPattern translate(String python) {
    return Translator.translate(python);
  }

  /**
   * Translates and compiles {@code python}; use {@link java.util.regex.Matcher#find()} for Python's
   * {@code re.search}.
   *
   * @throws PythonPatternException where Python or Java refuses the pattern
   */
  public static Pattern compile(String python) {
    return translate(python).compile();
  }

  /**
   * The compiled Java pattern.
   *
   * @throws PythonPatternException naming the Python pattern, where Java refuses the translation
   */
  public Pattern compile() {
    return compileJava(java);
  }

  /**
   * Compiles a pattern built around {@link #java} (such as {@code "(?:" + java() + ")$"}) with
   * {@link #flags}.
   *
   * @throws PythonPatternException naming the Python pattern, where Java refuses it
   */
  public Pattern compileJava(String javaText) {
    try {
      return Pattern.compile(javaText, flags);
    } catch (PatternSyntaxException e) {
      throw new PythonPatternException(e.getDescription(), python, -1);
    }
  }
}
