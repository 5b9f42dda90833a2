package dev.charcoal.query.eval;

import java.util.List;

/**
 * The fetch phase: the series a path expression names over a time range, graphite-web's {@code
 * fetchData} (finder + reader + cache merge), sorted by name, each with {@code pathExpression} set
 * to the expression.
 */
public interface SeriesFinder {
  /**
   * Fetches.
   *
   * @param pathExpression a dotted glob such as {@code servers.*.cpu}, or the raw text of a {@code
   *     seriesByTag(...)} call
   * @param xFilesFactor the request's xFilesFactor, given to every fetched series
   * @throws EvalException a bad tag expression, an unreadable file, or a limit exceeded
   */
  List<TimeSeries> fetch(
      String pathExpression, long from, long until, long now, double xFilesFactor)
      throws EvalException;

  /**
   * The finder one render request uses: one that shares a budget across the request's fetches where
   * the implementation keeps one (so a glob over everything stops before memory runs out), else
   * this finder.
   */
  default SeriesFinder forRequest() {
    return this;
  }
}
