package dev.charcoal.query.function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charcoal.model.glob.GlobPattern;
import dev.charcoal.query.eval.SeriesFinder;
import dev.charcoal.query.eval.TimeSeries;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The synthetic dataset of {@code src/test/resources/query/functions/generate.py}, served as a
 * {@link SeriesFinder} exactly as the script's fake fetch serves it to graphite-web (see the
 * script's docstring for the value formula and the alignment).
 */
final class GoldenDataset implements SeriesFinder {
  static final String RESOURCES = "/query/functions/";

  private record Spec(
      String name, long step, String kind, long seed, long nullEvery, int valuesPerPoint) {}

  private final List<Spec> specs;
  final long now;
  final long from;
  final long until;

  private GoldenDataset(List<Spec> specs, long now, long from, long until) {
    this.specs = specs;
    this.now = now;
    this.from = from;
    this.until = until;
  }

  static GoldenDataset load() {
    try (InputStream in = GoldenDataset.class.getResourceAsStream(RESOURCES + "dataset.json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      List<Spec> specs = new ArrayList<>();
      for (JsonNode s : root.get("series")) {
        specs.add(
            new Spec(
                s.get("name").asText(),
                s.get("step").asLong(),
                s.get("kind").asText(),
                s.get("seed").asLong(),
                s.get("nullEvery").asLong(),
                s.path("valuesPerPoint").asInt(1)));
      }
      specs.sort(Comparator.comparing(Spec::name));
      return new GoldenDataset(
          specs, root.get("now").asLong(), root.get("from").asLong(), root.get("until").asLong());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<TimeSeries> fetch(
      String pathExpression, long start, long end, long requestNow, double xFilesFactor) {
    List<TimeSeries> result = new ArrayList<>();
    for (Spec spec : specs) {
      if (!matches(spec.name, pathExpression)) {
        continue;
      }
      long first = start - Math.floorMod(start, spec.step) + spec.step;
      long last = end - Math.floorMod(end, spec.step) + spec.step;
      double[] values = new double[(int) ((last - first) / spec.step)];
      for (int i = 0; i < values.length; i++) {
        values[i] = value(spec, first + i * spec.step);
      }
      result.add(
          TimeSeries.of(spec.name, pathExpression, first, last, spec.step, values, xFilesFactor)
              .withValuesPerPoint(spec.valuesPerPoint));
    }
    return result;
  }

  private static boolean matches(String name, String pattern) {
    if (name.contains(";") || pattern.contains(";")) {
      return name.equals(pattern);
    }
    GlobPattern glob = GlobPattern.compile(pattern);
    return name.split("\\.", -1).length == glob.nodes().size() && glob.matches(name);
  }

  private static double value(Spec spec, long t) {
    long i = Math.floorDiv(t, spec.step);
    long h = Math.floorMod(i * 2654435761L + spec.seed * 40503L, 4294967296L);
    if (spec.nullEvery > 0 && h % spec.nullEvery == 0) {
      return Double.NaN;
    }
    return switch (spec.kind) {
      case "noise" -> (h % 2001 - 1000) / 10.0;
      case "positive" -> (h % 1000) / 10.0 + 1.0;
      case "counter" -> (double) ((i * spec.seed) % 100000);
      case "const" -> (double) spec.seed;
      case "zero" -> 0.0;
      default -> Double.NaN;
    };
  }
}
