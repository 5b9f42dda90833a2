package dev.charcoal.api.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.api.http.ApiRequest;
import dev.charcoal.api.http.ApiResponse;
import dev.charcoal.api.http.FormData;
import dev.charcoal.api.http.Params;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.EvalLimits;
import dev.charcoal.query.eval.Evaluator;
import dev.charcoal.query.eval.EventLookup;
import dev.charcoal.query.eval.RenderRequest;
import dev.charcoal.query.eval.TimeSeries;
import dev.charcoal.query.function.StandardFunctions;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How /render reads its parameters (graphite-web's parseOptions) and reports bad ones. */
class RenderEndpointTest {
  static final long NOW = 1_700_000_000L;

  private final List<RenderRequest> asked = new ArrayList<>();

  private RenderEndpoint endpoint() {
    return new RenderEndpoint(
        request -> {
          asked.add(request);
          return List.of(
              TimeSeries.of(
                  "a.b", "a.b", request.from(), request.from() + 20, 10, new double[] {1, 2}, 0));
        },
        InstantSource.fixed(Instant.ofEpochSecond(NOW)),
        ZoneOffset.UTC);
  }

  private ApiResponse get(String query) throws Exception {
    return endpoint().handle(ApiRequest.get("/render", FormData.parse(query)));
  }

  @Test
  void readsTargetsTimesTemplatesAndXFilesFactor() throws Exception {
    ApiResponse response =
        get(
            "target=a.b&target=%20&target=sum(x)&from=-1h&until=now&tz=Europe/Berlin"
                + "&template[host]=web1&xFilesFactor=0.5&format=json");
    assertThat(response.status()).isEqualTo(200);
    RenderRequest request = asked.get(0);
    assertThat(request.targets()).containsExactly("a.b", "sum(x)");
    assertThat(request.from()).isEqualTo(NOW - 3600);
    assertThat(request.until()).isEqualTo(NOW);
    assertThat(request.now()).isEqualTo(NOW);
    assertThat(request.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(request.templates()).isEqualTo(Map.of("host", "web1"));
    assertThat(request.xFilesFactor()).isEqualTo(0.5);
  }

  @Test
  void anErrorRepeatsOnlyTheStartOfAHugeTarget() {
    Params form = Params.builder().add("format", "json").add("target", "a".repeat(1 << 20)).build();
    ApiRequest post =
        new ApiRequest("POST", "/render", Params.builder().build(), form, Map.of(), new byte[0]);
    RenderEndpoint parsing =
        new RenderEndpoint(
            new Evaluator(
                (path, from, until, now, xff) -> List.of(),
                StandardFunctions.registry(),
                EventLookup.NONE,
                EvalLimits.DEFAULT),
            InstantSource.fixed(Instant.ofEpochSecond(NOW)),
            ZoneOffset.UTC);
    ApiResponse response = parsing.handle(post);
    assertThat(response.status()).isEqualTo(400);
    String body = new String(response.body(), StandardCharsets.UTF_8);
    assertThat(body).startsWith("Invalid parameters (target is 1048576 characters long");
    assertThat(body.length()).isLessThan(RenderEndpoint.MAX_ECHOED_TARGETS + 200);
  }

  @Test
  void defaultsToTheLastDayAndSwapsAReversedRange() throws Exception {
    get("target=a&format=json");
    get("target=a&format=json&from=-1h&until=-2h");
    assertThat(asked.get(0).from()).isEqualTo(NOW - 86_400);
    assertThat(asked.get(1).from()).isEqualTo(NOW - 7200);
    assertThat(asked.get(1).until()).isEqualTo(NOW - 3600);
  }

  @Test
  void acceptsTheJqueryTargetFormAndPostForms() {
    Params query = Params.builder().add("format", "json").build();
    Params form = Params.builder().add("target[]", "x.y").add("target[]", "z").build();
    ApiRequest post = new ApiRequest("POST", "/render", query, form, Map.of(), new byte[0]);
    assertThat(endpoint().handle(post).status()).isEqualTo(200);
    assertThat(asked.get(0).targets()).containsExactly("x.y", "z");
  }

  @Test
  void answersNoTargetsWithAnEmptyList() throws Exception {
    assertThat(get("format=json").text()).isEqualTo("[]");
    assertThat(asked).isEmpty();
  }

  @Test
  void refusesImageFormatsPointingToJson() throws Exception {
    for (String query : List.of("target=a", "target=a&format=png", "target=a&format=svg")) {
      ApiResponse response = get(query);
      assertThat(response.status()).as(query).isEqualTo(400);
      assertThat(response.text()).as(query).contains("format=json").endsWith("\n");
      assertThat(response.text().strip()).as(query).doesNotContain("\n");
    }
    assertThat(asked).isEmpty();
  }

  @Test
  void reportsBadTimesAndRangesAs400() throws Exception {
    assertThat(get("target=a&format=json&from=yesterdayish").status()).isEqualTo(400);
    ApiResponse empty = get("target=a&format=json&from=now&until=now");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.text()).contains("Invalid empty time range");
    assertThat(get("target=a&format=json&xFilesFactor=abc").text())
        .contains("could not convert string to float: 'abc'");
  }

  @Test
  void reportsEvaluationErrorsWithTheTargets() {
    RenderEndpoint failing =
        new RenderEndpoint(
            request -> {
              throw new EvalException("Unknown function 'nope' at position 0");
            },
            InstantSource.fixed(Instant.ofEpochSecond(NOW)),
            ZoneOffset.UTC);
    ApiResponse response =
        failing.handle(
            ApiRequest.get(
                "/render",
                Params.builder().add("target", "nope(a)").add("format", "json").build()));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.text())
        .isEqualTo(
            "Invalid parameters (Unknown function 'nope' at position 0); targets: \"nope(a)\"\n");
  }

  @Test
  void wrapsJsonInTheCallbackOnlyWithAFormat() throws Exception {
    ApiResponse wrapped = get("target=a&format=json&jsonp=cb&now=100&from=50");
    assertThat(wrapped.contentType()).isEqualTo("text/javascript");
    assertThat(new String(wrapped.body(), StandardCharsets.UTF_8))
        .startsWith("cb([{")
        .endsWith("}])");
    ApiResponse csv = get("target=a&format=csv&jsonp=cb");
    assertThat(csv.contentType()).isEqualTo("text/csv");
  }

  @Test
  void legacyParametersPickTheFormat() throws Exception {
    assertThat(get("target=a&rawData").contentType()).isEqualTo("text/plain");
    assertThat(get("target=a&pickle=1").contentType()).isEqualTo("application/pickle");
    assertThat(get("target=a&rawData&format=json").contentType()).isEqualTo("application/json");
  }
}
