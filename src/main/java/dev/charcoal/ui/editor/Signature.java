package dev.charcoal.ui.editor;

import dev.charcoal.query.eval.FunctionSpec;
import dev.charcoal.query.eval.ParamSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * A function's signature as the popup shows it, {@code movingAverage(seriesList, windowSize,
 * xFilesFactor=None)}, cut into pieces so that the parameter being typed can stand out.
 */
final class Signature {
  /** Longest description shown; graphite's docstrings run to pages. */
  static final int MAX_DESCRIPTION = 360;

  /** A piece of the signature line; {@code active} for the parameter the caret is in. */
  record Piece(String text, boolean active) {}

  private Signature() {}

  /** The signature of {@code spec}, the parameter {@code active} marked (-1: none). */
  static List<Piece> pieces(FunctionSpec spec, int active) {
    List<Piece> pieces = new ArrayList<>();
    pieces.add(new Piece(spec.name() + "(", false));
    List<ParamSpec> params = spec.params();
    for (int i = 0; i < params.size(); i++) {
      if (i > 0) {
        pieces.add(new Piece(", ", false));
      }
      pieces.add(new Piece(param(params.get(i)), i == active));
    }
    pieces.add(new Piece(")", false));
    return pieces;
  }

  /**
   * Which parameter the caret is in: the one named by a keyword argument, else by position (a
   * parameter that takes several, like sumSeries' seriesLists, takes every later position too); -1
   * past the last.
   */
  static int activeParam(FunctionSpec spec, int argument, String keyword) {
    List<ParamSpec> params = spec.params();
    if (keyword != null) {
      for (int i = 0; i < params.size(); i++) {
        if (params.get(i).name().equals(keyword) || params.get(i).keyword().equals(keyword)) {
          return i;
        }
      }
      return -1;
    }
    for (int i = 0; i < params.size(); i++) {
      if (i == argument || (params.get(i).multiple() && argument >= i)) {
        return i;
      }
    }
    return -1;
  }

  /** One line on the active parameter: {@code windowSize: intOrInterval, required}. */
  static String paramLine(ParamSpec param) {
    StringBuilder line = new StringBuilder(param.name()).append(": ").append(param.type().label());
    if (param.required()) {
      line.append(", required");
    }
    if (param.multiple()) {
      line.append(", one or more");
    }
    param.defaultJson().ifPresent(d -> line.append(", default ").append(d));
    if (!param.optionsJson().isEmpty()) {
      line.append(", one of ").append(String.join(" ", param.optionsJson()));
    }
    return line.toString();
  }

  /** The description's first paragraph, shortened to {@link #MAX_DESCRIPTION}. */
  static String summary(FunctionSpec spec) {
    String text = spec.description() == null ? "" : spec.description().strip();
    int paragraph = text.indexOf("\n\n");
    if (paragraph > 0) {
      text = text.substring(0, paragraph);
    }
    text = text.replaceAll("\\s+", " ");
    return text.length() <= MAX_DESCRIPTION
        ? text
        : text.substring(0, MAX_DESCRIPTION - 1).strip() + "…";
  }

  /**
   * {@code name}, {@code *name} for several, {@code name=default} or {@code [name]} if optional.
   */
  private static String param(ParamSpec param) {
    String name = param.multiple() ? "*" + param.name() : param.name();
    if (param.required() || param.multiple()) {
      return name;
    }
    return param.defaultJson().map(d -> name + "=" + pythonic(d)).orElse("[" + name + "]");
  }

  /** JSON defaults as graphite users write them: null as None, booleans capitalised. */
  private static String pythonic(String json) {
    return switch (json) {
      case "null" -> "None";
      case "true" -> "True";
      case "false" -> "False";
      default -> json;
    };
  }
}
