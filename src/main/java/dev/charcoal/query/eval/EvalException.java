package dev.charcoal.query.eval;

/**
 * A target that cannot be evaluated as asked: an unknown function, a wrong argument, a limit
 * exceeded. The message is one line naming the problem; the API answers it with HTTP 400.
 */
public class EvalException extends Exception {
  public EvalException(String message) {
    super(message);
  }

  public EvalException(String message, Throwable cause) {
    super(message, cause);
  }
}
