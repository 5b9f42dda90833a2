package dev.charcoal.api.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charcoal.api.http.ApiRequest;
import dev.charcoal.api.http.ApiResponse;
import dev.charcoal.api.http.FormData;
import dev.charcoal.api.http.Params;
import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.FunctionGroup;
import dev.charcoal.query.eval.FunctionRegistry;
import dev.charcoal.query.eval.GraphiteFunction;
import dev.charcoal.query.eval.Param;
import dev.charcoal.query.eval.ParamType;
import dev.charcoal.query.eval.SeriesFunction;
import dev.charcoal.query.eval.TimeSeries;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** /functions over a registry of annotated test functions. */
class FunctionsEndpointTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @GraphiteFunction(
      name = "sumSeries",
      aliases = "sum",
      group = FunctionGroup.COMBINE,
      description = "Adds series.",
      params =
          @Param(
              name = "seriesLists",
              type = ParamType.SERIES_LIST,
              required = true,
              multiple = true))
  static final class Sum implements SeriesFunction {
    @Override
    public List<TimeSeries> apply(Arguments args, EvalContext context) {
      throw new UnsupportedOperationException();
    }
  }

  @GraphiteFunction(
      name = "limit",
      group = FunctionGroup.FILTER_SERIES,
      description = "Keeps the first n.",
      params = {
        @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
        @Param(name = "n", type = ParamType.INT_OR_INF, defaultValue = "1e9999"),
        @Param(
            name = "func",
            type = ParamType.AGG_FUNC,
            defaultValue = "\"average\"",
            options = {"\"average\"", "\"sum\""})
      })
  static final class Limit implements SeriesFunction {
    @Override
    public List<TimeSeries> apply(Arguments args, EvalContext context) {
      throw new UnsupportedOperationException();
    }
  }

  private final FunctionsEndpoint endpoint =
      new FunctionsEndpoint(FunctionRegistry.of(List.of(new Sum(), new Limit())));

  private ApiResponse list(String query) throws Exception {
    return endpoint.list(ApiRequest.get("/functions", FormData.parse(query)));
  }

  @Test
  void listsEveryNameWithGraphiteWebsEntryShape() throws Exception {
    JsonNode all = JSON.readTree(list("").text());
    assertThat(all.fieldNames()).toIterable().containsExactly("limit", "sum", "sumSeries");
    JsonNode sum = all.get("sum");
    assertThat(sum.get("function").textValue()).isEqualTo("sum(*seriesLists)");
    assertThat(sum.get("module").textValue()).isEqualTo("graphite.render.functions");
    assertThat(sum.get("group").textValue()).isEqualTo("Combine");
    assertThat(sum.get("params").toString())
        .isEqualTo(
            "[{\"name\":\"seriesLists\",\"type\":\"seriesList\",\"required\":true,\"multiple\":true}]");
    assertThat(all.get("limit").get("function").textValue())
        .isEqualTo("limit(seriesList, n=inf, func='average')");
  }

  @Test
  void printsInfinityAsGraphiteWebDoes() throws Exception {
    assertThat(list("").text()).contains("\"default\": 1e9999}").doesNotContain("Infinity");
  }

  @Test
  void groupsAndFiltersByGroup() throws Exception {
    JsonNode grouped = JSON.readTree(list("grouped=true").text());
    assertThat(grouped.fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("Combine", "Filter Series");
    assertThat(grouped.get("Combine").fieldNames())
        .toIterable()
        .containsExactly("sum", "sumSeries");
    JsonNode combine = JSON.readTree(list("group=Combine").text());
    assertThat(combine.fieldNames()).toIterable().containsExactly("sum", "sumSeries");
    assertThat(list("type=pie").text()).isEqualTo("{}");
  }

  @Test
  void answersOneFunctionOr404() {
    ApiResponse one = endpoint.details(ApiRequest.get("/functions/limit", Params.empty()), "limit");
    assertThat(one.status()).isEqualTo(200);
    assertThat(one.text()).startsWith("{\"name\": \"limit\", \"function\": \"limit(");
    ApiResponse missing =
        endpoint.details(ApiRequest.get("/functions/nope", Params.empty()), "nope");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.text()).isEqualTo("{\"error\": \"Function not found: nope\"}");
  }

  @Test
  void refusesOtherMethods() {
    ApiRequest post =
        new ApiRequest("POST", "/functions", Params.empty(), Params.empty(), Map.of(), new byte[0]);
    assertThat(endpoint.list(post).status()).isEqualTo(405);
  }
}
