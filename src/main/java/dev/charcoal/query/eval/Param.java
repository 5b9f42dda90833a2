package dev.charcoal.query.eval;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One parameter of a {@link GraphiteFunction}, as graphite-web's {@code Param}: the metadata {@code
 * /functions} prints and the evaluator binds arguments by.
 *
 * <p>{@link #defaultValue}, {@link #options} and {@link #suggestions} hold JSON literal text as
 * {@code /functions} prints it: {@code "\"average\""}, {@code "false"}, {@code "10"}, {@code
 * "1e9999"} (graphite-web's INF). The default is metadata only: a function reads an absent argument
 * through {@link Arguments} with the fallback graphite-web's Python signature uses.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Param {
  /** {@link #defaultValue} when the parameter has none. */
  String NO_DEFAULT = "\u0000none";

  /** The parameter name, e.g. {@code seriesList}. */
  String name();

  /** Its type. */
  ParamType type();

  boolean required() default false;

  /** Variadic ({@code *args} in Python): takes every remaining positional argument. */
  boolean multiple() default false;

  /** JSON text of the default, or {@link #NO_DEFAULT}. */
  String defaultValue() default NO_DEFAULT;

  /** JSON texts of the allowed values, when graphite-web lists them. */
  String[] options() default {};

  /** JSON texts of suggested values, when graphite-web lists them. */
  String[] suggestions() default {};

  /**
   * The keyword the Python function accepts when it differs from {@link #name} (graphite-web's
   * {@code timeShift} documents {@code alignDst} but takes {@code alignDST}); empty when equal.
   */
  String keyword() default "";
}
