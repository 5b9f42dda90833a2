package dev.charcoal.store.rules;

/**
 * A rules file that cannot be used, naming the file, the line (0 when the problem is the whole
 * file) and the problem, so the message alone tells a user what to fix.
 */
public final class ConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final String problem;

  public ConfigException(String file, int line, String problem) {
    super(line > 0 ? file + " line " + line + ": " + problem : file + ": " + problem);
    this.file = file;
    this.line = line;
    this.problem = problem;
  }

  public ConfigException(String file, int line, String problem, Throwable cause) {
    this(file, line, problem);
    initCause(cause);
  }

  /** The file's name as given to the parser (a path or a plain name). */
  public String file() {
    return file;
  }

  /** 1-based line number, or 0 when the problem concerns the whole file. */
  public int line() {
    return line;
  }

  /** The problem without file and line. */
  public String problem() {
    return problem;
  }
}
