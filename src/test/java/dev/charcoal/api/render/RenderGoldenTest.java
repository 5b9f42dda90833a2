package dev.charcoal.api.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charcoal.api.ApiGolden;
import dev.charcoal.api.http.ApiRequest;
import dev.charcoal.api.http.ApiResponse;
import dev.charcoal.api.http.Params;
import dev.charcoal.query.eval.TimeSeries;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import net.razorvine.pickle.Unpickler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * /render's encoders against graphite-web 1.1.8's renderViewJson/Csv/Raw/Pickle given the same
 * series (render.jsonl): the same bytes, through the endpoint with the options as parameters.
 */
class RenderGoldenTest {
  static Stream<JsonNode> cases() {
    return ApiGolden.lines("render.jsonl").stream().filter(c -> !c.has("error"));
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("cases")
  void answersAsGraphiteWeb(JsonNode golden) throws Exception {
    List<TimeSeries> data = ApiGolden.seriesList(golden.get("series"));
    ApiResponse response = render(golden, data);
    String label = golden.get("case").textValue() + " " + golden.get("format").textValue();
    assertThat(response.status()).as(label).isEqualTo(golden.get("status").intValue());
    assertThat(response.contentType()).as(label).isEqualTo(golden.get("contentType").textValue());
    if (golden.has("bodyBase64")) {
      Object expected =
          new Unpickler().loads(Base64.getDecoder().decode(golden.get("bodyBase64").textValue()));
      Object actual = new Unpickler().loads(response.body());
      assertThat(actual).as(label).isEqualTo(expected);
    } else {
      assertThat(response.text()).as(label).isEqualTo(golden.get("body").textValue());
    }
  }

  @Test
  void goldenCoversEveryFormatAndOption() {
    List<JsonNode> all = ApiGolden.lines("render.jsonl");
    assertThat(all)
        .extracting(c -> c.get("format").textValue())
        .contains("json", "csv", "raw", "pickle");
    assertThat(all).filteredOn(c -> c.get("options").has("maxDataPoints")).hasSizeGreaterThan(50);
    assertThat(all).noneMatch(c -> c.has("error"));
  }

  /** The endpoint with a fake evaluator returning the golden's series. */
  private static ApiResponse render(JsonNode golden, List<TimeSeries> data) {
    JsonNode options = golden.get("options");
    Params.Builder params = Params.builder().add("target", "golden").add("now", "1000000");
    params.add("format", golden.get("format").textValue());
    if (options.has("maxDataPoints")) {
      params.add("maxDataPoints", options.get("maxDataPoints").asText());
    }
    if (options.has("noNullPoints")) {
      params.add("noNullPoints", "");
    }
    if (options.has("pretty")) {
      params.add("pretty", "1");
    }
    if (options.has("jsonp")) {
      params.add("jsonp", options.get("jsonp").textValue());
    }
    if (options.has("tz")) {
      params.add("tz", options.get("tz").textValue());
    }
    RenderEndpoint endpoint =
        new RenderEndpoint(
            request -> data, InstantSource.fixed(Instant.ofEpochSecond(2_000_000)), ZoneOffset.UTC);
    return endpoint.handle(ApiRequest.get("/render", params.build()));
  }
}
