package dev.charcoal.query.eval;

/** graphite-web's function groups, with the names {@code /functions} prints. */
public enum FunctionGroup {
  COMBINE("Combine"),
  TRANSFORM("Transform"),
  CALCULATE("Calculate"),
  FILTER_SERIES("Filter Series"),
  FILTER_DATA("Filter Data"),
  SORTING("Sorting"),
  ALIAS("Alias"),
  GRAPH("Graph"),
  SPECIAL("Special");

  private final String label;

  FunctionGroup(String label) {
    this.label = label;
  }

  /** The group name as graphite-web writes it, e.g. {@code Filter Series}. */
  public String label() {
    return label;
  }
}
