package dev.charcoal.api.tags;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.api.FakeTags;
import dev.charcoal.api.http.ApiRequest;
import dev.charcoal.api.http.ApiResponse;
import dev.charcoal.api.http.FormData;
import dev.charcoal.api.http.Params;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The /tags endpoints' parameters, shapes and errors, as graphite-web's tags/views.py. */
class TagsEndpointTest {
  private final FakeTags tags = new FakeTags();
  private final TagsEndpoint endpoint = new TagsEndpoint(tags);

  private ApiResponse get(String rest, String query) throws Exception {
    return endpoint.handle(ApiRequest.get("/tags/" + rest, FormData.parse(query)), rest);
  }

  private ApiResponse post(String rest, String form) throws Exception {
    return endpoint.handle(
        new ApiRequest(
            "POST", "/tags/" + rest, Params.empty(), FormData.parse(form), Map.of(), new byte[0]),
        rest);
  }

  @Test
  void tagsSeriesByPostOnly() throws Exception {
    assertThat(post("tagSeries", "path=Disk.used;dc=DC1").text()).isEqualTo("\"disk.used;dc=dc1\"");
    assertThat(get("tagSeries", "path=a;b=c").status()).isEqualTo(405);
    ApiResponse missing = post("tagSeries", "");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.text()).isEqualTo("{\"error\": \"no path specified\"}");
    ApiResponse bad = post("tagSeries", "path=plain");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.text()).isEqualTo("{\"error\": \"not a tagged name: plain\"}");
  }

  @Test
  void tagsManySeriesInOrderInEitherListForm() throws Exception {
    assertThat(post("tagMultiSeries", "path=b;x=1&path=a;y=2").text())
        .isEqualTo("[\"b;x=1\", \"a;y=2\"]");
    assertThat(post("tagMultiSeries", "path[]=c;z=3").text()).isEqualTo("[\"c;z=3\"]");
    assertThat(post("tagMultiSeries", "").text()).isEqualTo("{\"error\": \"no paths specified\"}");
    assertThat(post("delSeries", "path=a;b=c").text()).isEqualTo("true");
  }

  @Test
  void findsSeriesNeedingAnExpression() throws Exception {
    assertThat(get("findSeries", "expr=dc=dc1&expr[]=ignored").text())
        .isEqualTo("[\"disk.used;dc=dc1\"]");
    assertThat(tags.calls).containsExactly("findSeries [dc=dc1]");
    assertThat(get("findSeries", "").status()).isEqualTo(400);
  }

  @Test
  void listsTagsAndATagsValues() throws Exception {
    assertThat(get("", "filter=d&limit=5").text())
        .isEqualTo("[{\"tag\": \"dc\"}, {\"tag\": \"name\"}]");
    assertThat(get("dc", "").text())
        .isEqualTo(
            "{\"tag\": \"dc\", \"values\": [{\"value\": \"dc1\", \"count\": 2},"
                + " {\"value\": \"dc2\", \"count\": 1}]}");
    assertThat(get("nope", "").text()).isEqualTo("null");
    assertThat(tags.calls)
        .containsExactly("listTags d 5", "tagValues dc null null", "tagValues nope null null");
  }

  @Test
  void autoCompletesWithGraphiteWebsDefaultLimit() throws Exception {
    assertThat(get("autoComplete/tags", "expr=dc=dc1&tagPrefix=d").text()).isEqualTo("[\"dc\"]");
    assertThat(get("autoComplete/values", "tag=dc&valuePrefix=dc&limit=3").text())
        .isEqualTo("[\"dc1\"]");
    assertThat(get("autoComplete/values", "").text())
        .isEqualTo("{\"error\": \"no tag specified\"}");
    assertThat(tags.calls)
        .containsExactly("autoCompleteTags [dc=dc1] d 100", "autoCompleteValues [] dc dc 3");
  }

  @Test
  void reportsABadLimitAsPythonsIntDoes() throws Exception {
    ApiResponse response = get("", "limit=ten");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.text())
        .isEqualTo("{\"error\": \"invalid literal for int() with base 10: 'ten'\"}");
  }

  @Test
  void indentsAndSortsWhenPretty() throws Exception {
    assertThat(get("dc", "pretty=1").text())
        .isEqualTo(
            "{\n  \"tag\": \"dc\",\n  \"values\": [\n    {\n      \"count\": 2,\n"
                + "      \"value\": \"dc1\"\n    },\n    {\n      \"count\": 1,\n"
                + "      \"value\": \"dc2\"\n    }\n  ]\n}");
  }

  @Test
  void refusesOtherMethods() {
    ApiRequest put =
        new ApiRequest("PUT", "/tags", Params.empty(), Params.empty(), Map.of(), new byte[0]);
    assertThat(endpoint.handle(put, "").status()).isEqualTo(405);
  }
}
