package dev.charcoal.query.function;

import dev.charcoal.query.eval.FunctionRegistry;
import dev.charcoal.query.eval.SeriesFunction;
import dev.charcoal.query.function.alias.AliasFunctions;
import dev.charcoal.query.function.calculate.CalculateFunctions;
import dev.charcoal.query.function.combine.CombineFunctions;
import dev.charcoal.query.function.filter.FilterFunctions;
import dev.charcoal.query.function.graph.GraphFunctions;
import dev.charcoal.query.function.special.SpecialFunctions;
import dev.charcoal.query.function.transform.TransformFunctions;
import java.util.ArrayList;
import java.util.List;

/** Every render function Charcoal implements, one package per graphite-web group. */
public final class StandardFunctions {
  private static final FunctionRegistry REGISTRY = FunctionRegistry.of(all());

  private StandardFunctions() {}

  /** The registry of every function (built once; it is immutable). */
  public static FunctionRegistry registry() {
    return REGISTRY;
  }

  private static List<SeriesFunction> all() {
    List<SeriesFunction> all = new ArrayList<>();
    all.addAll(CombineFunctions.all());
    all.addAll(TransformFunctions.all());
    all.addAll(CalculateFunctions.all());
    all.addAll(FilterFunctions.all());
    all.addAll(AliasFunctions.all());
    all.addAll(GraphFunctions.all());
    all.addAll(SpecialFunctions.all());
    return all;
  }
}
