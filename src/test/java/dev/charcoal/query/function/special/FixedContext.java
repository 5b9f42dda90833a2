package dev.charcoal.query.function.special;

import dev.charcoal.model.Event;
import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.TimeSeries;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A request context over a fixed range with a fixed list of events; records event lookups. */
final class FixedContext implements EvalContext {
  private final long start;
  private final long end;
  private final List<Event> events;
  final List<List<String>> lookups = new ArrayList<>();

  FixedContext(long start, long end, List<Event> events) {
    this.start = start;
    this.end = end;
    this.events = events;
  }

  @Override
  public long startTime() {
    return start;
  }

  @Override
  public long endTime() {
    return end;
  }

  @Override
  public long now() {
    return end;
  }

  @Override
  public ZoneId zone() {
    return ZoneOffset.UTC;
  }

  @Override
  public List<TimeSeries> evaluate(String target, long startTime, long endTime)
      throws EvalException {
    throw new EvalException("no re-fetch here");
  }

  @Override
  public List<Event> events(List<String> tags, long from, long until) {
    lookups.add(tags);
    return events.stream().filter(e -> e.when() >= from && e.when() <= until).toList();
  }
}
