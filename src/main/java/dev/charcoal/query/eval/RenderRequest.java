package dev.charcoal.query.eval;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * What a render asks of the evaluator, with times already resolved (see {@code
 * query.time.RenderTimes}).
 *
 * @param targets the targets in request order (blank ones are skipped, as graphite-web does)
 * @param from start, epoch seconds
 * @param until end, epoch seconds
 * @param now the request's now, epoch seconds
 * @param zone the request's {@code tz}
 * @param templates {@code template[name]=value} parameters
 * @param xFilesFactor the request's {@code xFilesFactor} (graphite-web's default is 0)
 */
public record RenderRequest(
    List<String> targets,
    long from,
    long until,
    long now,
    ZoneId zone,
    Map<String, String> templates,
    double xFilesFactor) {
  public RenderRequest {
    targets = List.copyOf(targets);
    templates = Map.copyOf(templates);
  }
}
