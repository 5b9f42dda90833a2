package dev.charcoal.query.parse;

/** A {@code template(...)} that graphite-web's evaluator would refuse, with its reason. */
public final class TemplateException extends IllegalArgumentException {
  TemplateException(String message) {
    super(message);
  }
}
