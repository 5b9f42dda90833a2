package dev.charcoal.query.eval;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The container of a repeated {@link GraphiteFunction}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(java.lang.annotation.ElementType.TYPE)
public @interface GraphiteFunctions {
  GraphiteFunction[] value();
}
