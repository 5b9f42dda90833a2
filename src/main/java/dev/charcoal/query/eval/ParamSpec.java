package dev.charcoal.query.eval;

import java.util.List;
import java.util.Optional;

/**
 * One parameter as the registry holds it (read from {@link Param}); JSON texts as {@link Param}
 * documents them.
 */
public record ParamSpec(
    String name,
    ParamType type,
    boolean required,
    boolean multiple,
    Optional<String> defaultJson,
    List<String> optionsJson,
    List<String> suggestionsJson,
    String keyword) {

  public ParamSpec {
    optionsJson = List.copyOf(optionsJson);
    suggestionsJson = List.copyOf(suggestionsJson);
  }

  static ParamSpec of(Param param) {
    return new ParamSpec(
        param.name(),
        param.type(),
        param.required(),
        param.multiple(),
        param.defaultValue().equals(Param.NO_DEFAULT)
            ? Optional.empty()
            : Optional.of(param.defaultValue()),
        List.of(param.options()),
        List.of(param.suggestions()),
        param.keyword().isEmpty() ? param.name() : param.keyword());
  }
}
