package dev.charcoal.query.eval;

import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a {@link SeriesFunction} class as the implementation of one graphite-web render
 * function, with graphite-web's metadata. A class that implements a family sharing one body (e.g.
 * {@code highestAverage}, {@code highestMax}) repeats the annotation once per name and reads the
 * name it was called by from {@link Arguments#function()}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(java.lang.annotation.ElementType.TYPE)
@Repeatable(GraphiteFunctions.class)
public @interface GraphiteFunction {
  /** The name, e.g. {@code sumSeries}. */
  String name();

  /** Other names registered for the same function, e.g. {@code sum}. */
  String[] aliases() default {};

  FunctionGroup group();

  /** graphite-web's {@code aggregator = True}: usable as a groupByNode callback. */
  boolean aggregator() default false;

  /** One paragraph for {@code /functions} and the editor: what it does, an example target. */
  String description();

  Param[] params();
}
