package dev.charcoal.store.whisper.golden;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.charcoal.model.AggregationMethod;
import dev.charcoal.model.Retention;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code src/test/resources/whisper/golden/manifest.json}, written by {@code generate.py} with
 * Debian's python3-whisper 1.1.4: the scenarios whose final files are the goldens, python's fetch
 * results over them, the whisper-dump texts and the whisper-resize cases.
 *
 * <p>Floats are written with Python's {@code repr()} (exact round trip), inf and nan as the
 * non-standard tokens {@code Infinity}/{@code NaN}; python's None becomes {@link Double#NaN}.
 */
record GoldenManifest(
    Path directory, List<Scenario> scenarios, List<Dump> dumps, List<Resize> resizes) {

  static final String RESOURCE = "/whisper/golden/manifest.json";

  private static GoldenManifest loaded;

  /** A file created with {@code create}, then written by {@code ops} in order. */
  record Scenario(
      String name,
      String description,
      String file,
      String sha256,
      long size,
      Create create,
      Info info,
      List<Op> ops,
      List<FetchCase> fetches) {}

  /** whisper.create's arguments; {@code archives} in the order they were given. */
  record Create(List<Retention> archives, float xff, AggregationMethod method, boolean sparse) {}

  /** whisper.info of the final file; {@code xFilesFactor} as python read it back from float32. */
  record Info(
      String aggregationMethod,
      long maxRetention,
      double xFilesFactor,
      List<ArchiveRow> archives) {}

  record ArchiveRow(long offset, long secondsPerPoint, long points, long retention, long size) {}

  /**
   * One update_many (timestamps/values in the order supplied) or update (one of each), the
   * exception class python raised ({@code null} if none), and the file's sha256 after it.
   */
  record Op(
      int index,
      String kind,
      long now,
      long[] timestamps,
      double[] values,
      String error,
      String sha256After,
      String json) {
    boolean isUpdateMany() {
      return kind.equals("update_many");
    }
  }

  /**
   * A fetch python ran over the final file: {@code archive} is the forced step or null; {@code
   * expected} is null where python returned None, {@code error} set where it raised.
   */
  record FetchCase(long from, long until, long now, Long archive, Expected expected, String error) {
    @Override
    public String toString() {
      return "fetch(from="
          + from
          + ", until="
          + until
          + ", now="
          + now
          + (archive == null ? "" : ", archive=" + archive)
          + ")";
    }
  }

  /** python's ((from, until, step), values) with None as NaN. */
  record Expected(long from, long until, long step, double[] values) {}

  record Dump(String file, String dump) {}

  /** whisper-resize input args... run at {@code now}; {@code backup}: input.bak was kept. */
  record Resize(
      String name,
      String input,
      List<String> args,
      List<Retention> archives,
      Float xff,
      AggregationMethod method,
      boolean nobackup,
      long now,
      String expected,
      String sha256,
      boolean backup) {}

  Path file(String name) {
    return directory.resolve(name);
  }

  static synchronized GoldenManifest load() {
    if (loaded == null) {
      loaded = read();
    }
    return loaded;
  }

  private static GoldenManifest read() {
    URL url = GoldenManifest.class.getResource(RESOURCE);
    if (url == null) {
      throw new IllegalStateException(RESOURCE + " is not on the test classpath");
    }
    JsonMapper mapper =
        JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
    try {
      Path path = Path.of(url.toURI());
      JsonNode root = mapper.readTree(path.toFile());
      return new GoldenManifest(
          path.getParent(),
          list(root.get("scenarios"), GoldenManifest::scenario),
          list(root.get("dumps"), d -> new Dump(d.get("file").asText(), d.get("dump").asText())),
          list(root.get("resizes"), GoldenManifest::resize));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Scenario scenario(JsonNode s) {
    JsonNode c = s.get("create");
    Create create =
        new Create(
            retentions(c.get("archives")),
            (float) c.get("xff").doubleValue(),
            method(c.get("aggregationMethod").asText()),
            c.get("sparse").booleanValue());
    JsonNode i = s.get("info");
    Info info =
        new Info(
            i.get("aggregationMethod").asText(),
            i.get("maxRetention").longValue(),
            i.get("xFilesFactor").doubleValue(),
            list(
                i.get("archives"),
                a ->
                    new ArchiveRow(
                        a.get(0).longValue(),
                        a.get(1).longValue(),
                        a.get(2).longValue(),
                        a.get(3).longValue(),
                        a.get(4).longValue())));
    List<Op> ops = new ArrayList<>();
    for (JsonNode o : s.get("ops")) {
      ops.add(op(ops.size(), o));
    }
    return new Scenario(
        s.get("name").asText(),
        s.get("description").asText(),
        s.get("file").asText(),
        s.get("sha256").asText(),
        s.get("size").longValue(),
        create,
        info,
        ops,
        list(s.get("fetches"), GoldenManifest::fetchCase));
  }

  private static Op op(int index, JsonNode o) {
    String kind = o.get("op").asText();
    long[] timestamps;
    double[] values;
    switch (kind) {
      case "update_many" -> {
        JsonNode points = o.get("points");
        timestamps = new long[points.size()];
        values = new double[points.size()];
        for (int k = 0; k < points.size(); k++) {
          timestamps[k] = points.get(k).get(0).longValue();
          values[k] = points.get(k).get(1).doubleValue();
        }
      }
      case "update" -> {
        timestamps = new long[] {o.get("timestamp").longValue()};
        values = new double[] {o.get("value").doubleValue()};
      }
      default -> throw new IllegalArgumentException("unknown op " + kind);
    }
    String json = o.toString();
    return new Op(
        index,
        kind,
        o.get("now").longValue(),
        timestamps,
        values,
        o.hasNonNull("error") ? o.get("error").asText() : null,
        o.get("sha256_after").asText(),
        json.length() > 300 ? json.substring(0, 300) + "…" : json);
  }

  private static FetchCase fetchCase(JsonNode f) {
    Expected expected = null;
    JsonNode e = f.get("expected");
    if (e != null && !e.isNull()) {
      JsonNode v = e.get("values");
      double[] values = new double[v.size()];
      for (int k = 0; k < values.length; k++) {
        values[k] = v.get(k).isNull() ? Double.NaN : v.get(k).doubleValue();
      }
      expected =
          new Expected(
              e.get("from").longValue(),
              e.get("until").longValue(),
              e.get("step").longValue(),
              values);
    }
    return new FetchCase(
        f.get("from").longValue(),
        f.get("until").longValue(),
        f.get("now").longValue(),
        f.get("archive").isNull() ? null : f.get("archive").longValue(),
        expected,
        f.hasNonNull("error") ? f.get("error").asText() : null);
  }

  private static Resize resize(JsonNode r) {
    return new Resize(
        r.get("name").asText(),
        r.get("input").asText(),
        list(r.get("args"), JsonNode::asText),
        retentions(r.get("archives")),
        r.get("xff").isNull() ? null : (float) r.get("xff").doubleValue(),
        r.get("aggregationMethod").isNull() ? null : method(r.get("aggregationMethod").asText()),
        r.get("nobackup").booleanValue(),
        r.get("now").longValue(),
        r.get("expected").asText(),
        r.get("sha256").asText(),
        r.get("backup").booleanValue());
  }

  private static List<Retention> retentions(JsonNode archives) {
    return list(archives, a -> new Retention(a.get(0).longValue(), a.get(1).longValue()));
  }

  private static AggregationMethod method(String name) {
    return AggregationMethod.fromConfigName(name)
        .orElseThrow(() -> new IllegalArgumentException("unknown aggregation method " + name));
  }

  private static <T> List<T> list(JsonNode array, Function<JsonNode, T> item) {
    List<T> out = new ArrayList<>(array.size());
    for (JsonNode n : array) {
      out.add(item.apply(n));
    }
    return List.copyOf(out);
  }
}
