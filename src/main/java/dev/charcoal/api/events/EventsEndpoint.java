package dev.charcoal.api.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charcoal.api.http.ApiRequest;
import dev.charcoal.api.http.ApiResponse;
import dev.charcoal.api.http.Params;
import dev.charcoal.api.json.PyJson;
import dev.charcoal.events.EventStore;
import dev.charcoal.events.SetMode;
import dev.charcoal.model.Event;
import dev.charcoal.query.time.AtTime;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * graphite-web's events API over an {@link EventStore}: {@code POST /events/} with a JSON body
 * {@code {what, tags, when, data}}, {@code GET /events/get_data?from&until&tags&set&jsonp}, and
 * {@code GET /events/ID} as JSON.
 *
 * <p>Where graphite-web fails with a server error on bad input (no {@code what}, a body that is not
 * a JSON object, a {@code when} that is not a number, a bad {@code from}), Charcoal answers 400
 * naming the problem.
 */
public final class EventsEndpoint {
  /** Python's datetime stops at year 9999; graphite-web fails past it. */
  static final long MAX_EPOCH_SECONDS = 253_402_300_799L;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TAGS_ERROR =
      "{\"error\": \"\\\"tags\\\" must be an array or space-separated string\"}";

  private final EventStore store;
  private final InstantSource clock;
  private final ZoneId defaultZone;

  public EventsEndpoint(EventStore store, InstantSource clock, ZoneId defaultZone) {
    this.store = store;
    this.clock = clock;
    this.defaultZone = defaultZone;
  }

  /** {@code /events/}: POST adds an event; GET lists them as {@link #getData} does. */
  public ApiResponse events(ApiRequest request) {
    if (request.isPost()) {
      return post(request);
    }
    if (request.isGet()) {
      return getData(request);
    }
    return ApiResponse.of(405, ApiResponse.HTML, "");
  }

  private ApiResponse post(ApiRequest request) {
    JsonNode event;
    try {
      event = JSON.readTree(new String(request.body(), StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      return ApiResponse.error(400, "the body is not JSON: " + e.getOriginalMessage());
    }
    if (event == null || !event.isObject()) {
      return ApiResponse.error(400, "the body must be a JSON object {what, tags, when, data}");
    }
    String tags = "";
    JsonNode tagsNode = event.get("tags");
    if (tagsNode != null && !tagsNode.isNull()) {
      if (tagsNode.isArray()) {
        List<String> list = new ArrayList<>();
        for (JsonNode tag : tagsNode) {
          if (!tag.isTextual()) {
            return ApiResponse.of(400, ApiResponse.HTML, TAGS_ERROR);
          }
          list.add(tag.textValue());
        }
        tags = String.join(" ", list);
      } else if (tagsNode.isTextual()) {
        tags = tagsNode.textValue();
      } else {
        return ApiResponse.of(400, ApiResponse.HTML, TAGS_ERROR);
      }
    }
    JsonNode what = event.get("what");
    if (what == null || !what.isTextual()) {
      return ApiResponse.error(400, "\"what\" is required and must be a string");
    }
    JsonNode data = event.get("data");
    if (data != null && !data.isNull() && !data.isTextual()) {
      return ApiResponse.error(400, "\"data\" must be a string");
    }
    Instant when = clock.instant();
    JsonNode whenNode = event.get("when");
    if (whenNode != null) {
      if (!whenNode.isNumber()
          || Math.abs(whenNode.doubleValue()) > MAX_EPOCH_SECONDS
          || Double.isNaN(whenNode.doubleValue())) {
        return ApiResponse.error(400, "\"when\" must be epoch seconds, not " + whenNode);
      }
      when = fromTimestamp(whenNode.doubleValue());
    }
    try {
      store.add(
          what.textValue(), tags, when, data == null || data.isNull() ? "" : data.textValue());
    } catch (IllegalArgumentException e) {
      return ApiResponse.error(400, e.getMessage());
    }
    return ApiResponse.of(200, ApiResponse.HTML, "");
  }

  /** {@code /events/get_data}: events by time and tags, oldest first. */
  public ApiResponse getData(ApiRequest request) {
    Params query = request.query();
    Instant now = clock.instant();
    Instant from;
    Instant until;
    try {
      from =
          query.get("from") != null
              ? AtTime.parse(query.get("from"), defaultZone, now)
              : Instant.EPOCH;
      until = query.get("until") != null ? AtTime.parse(query.get("until"), defaultZone, now) : now;
    } catch (IllegalArgumentException e) {
      return ApiResponse.error(400, "Invalid parameters (" + e.getMessage() + ")");
    }
    String tagText = query.get("tags");
    List<String> tags = tagText == null ? null : Arrays.asList(tagText.split(" ", -1));
    List<Event> events = store.find(from, until, tags, SetMode.of(query.get("set")));
    List<Object> out = new ArrayList<>(events.size());
    for (Event event : events) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("when", event.when());
      item.put("what", event.what());
      item.put("data", event.data());
      item.put("tags", event.tags());
      item.put("id", event.id());
      out.add(item);
    }
    String text = PyJson.dumps().write(out);
    Params params = request.params();
    if (params.has("jsonp")) {
      return ApiResponse.of(200, ApiResponse.JAVASCRIPT, params.get("jsonp") + "(" + text + ")");
    }
    return ApiResponse.of(200, ApiResponse.JSON, text);
  }

  /**
   * {@code /events/ID}: Django's {@code model_to_dict} of the event, as graphite-web's JSON view.
   */
  public ApiResponse detail(ApiRequest request, long id) {
    return store
        .get(id)
        .map(
            event -> {
              Map<String, Object> item = new LinkedHashMap<>();
              item.put("id", event.id());
              item.put("when", isoTime(event.when()));
              item.put("what", event.what());
              item.put("data", event.data());
              item.put("tags", event.tags());
              return ApiResponse.json(PyJson.dumps().write(item));
            })
        .orElseGet(
            () ->
                ApiResponse.of(
                    404, ApiResponse.JSON, "{\"error\": \"Event matching query does not exist\"}"));
  }

  /** Django's JSON encoder for an aware UTC datetime: {@code 2015-01-01T00:00:00Z}. */
  private static String isoTime(long epochSeconds) {
    return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(
            Instant.ofEpochSecond(epochSeconds).atOffset(ZoneOffset.UTC).toLocalDateTime())
        + "Z";
  }

  /** Python's {@code datetime.utcfromtimestamp}: microseconds rounded half to even. */
  static Instant fromTimestamp(double t) {
    double seconds = t < 0 ? Math.ceil(t) : Math.floor(t); // modf truncates toward zero
    long micros = (long) Math.rint((t - seconds) * 1e6);
    return Instant.ofEpochSecond((long) seconds).plusNanos(micros * 1_000);
  }
}
