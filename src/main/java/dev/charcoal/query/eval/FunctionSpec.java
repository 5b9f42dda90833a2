package dev.charcoal.query.eval;

import java.util.List;

/**
 * A registered function's metadata, read from its {@link GraphiteFunction}: what {@code /functions}
 * prints and the editor completes.
 *
 * @param name the registered name (an alias has its own spec with the alias as name)
 * @param canonical the name of the function the alias stands for; {@code name} when not an alias
 */
public record FunctionSpec(
    String name,
    String canonical,
    FunctionGroup group,
    boolean aggregator,
    String description,
    List<ParamSpec> params) {

  public FunctionSpec {
    params = List.copyOf(params);
  }

  static FunctionSpec of(GraphiteFunction function, String registeredName) {
    return new FunctionSpec(
        registeredName,
        function.name(),
        function.group(),
        function.aggregator(),
        function.description(),
        java.util.Arrays.stream(function.params()).map(ParamSpec::of).toList());
  }

  /** The parameter named {@code name}, or null. */
  public ParamSpec param(String paramName) {
    for (ParamSpec param : params) {
      if (param.name().equals(paramName)) {
        return param;
      }
    }
    return null;
  }
}
