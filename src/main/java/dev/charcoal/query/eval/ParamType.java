package dev.charcoal.query.eval;

/**
 * graphite-web's {@code ParamTypes} (functions/params.py), with the names {@code /functions}
 * prints.
 */
public enum ParamType {
  AGG_FUNC("aggFunc"),
  AGG_OR_SERIES_FUNC("aggOrSeriesFunc"),
  ANY("any"),
  BOOLEAN("boolean"),
  DATE("date"),
  FLOAT("float"),
  INTEGER("integer"),
  INTERVAL("interval"),
  INT_OR_INTERVAL("intOrInterval"),
  INT_OR_INF("intOrInf"),
  NODE("node"),
  NODE_OR_TAG("nodeOrTag"),
  SERIES("series"),
  SERIES_LIST("seriesList"),
  SERIES_LISTS("seriesLists"),
  STRING("string"),
  TAG("tag");

  private final String label;

  ParamType(String label) {
    this.label = label;
  }

  /** The type name as graphite-web writes it, e.g. {@code intOrInterval}. */
  public String label() {
    return label;
  }
}
