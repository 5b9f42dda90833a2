package dev.charcoal.api.functions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charcoal.api.json.PyFloat;
import dev.charcoal.api.json.PyText;
import java.util.ArrayList;
import java.util.List;

/** A JSON literal (a parameter default) as Python's {@code repr} writes the same value. */
final class PythonLiteral {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PythonLiteral() {}

  static String of(String json) {
    if (json.equals("1e9999")) {
      return "inf";
    }
    if (json.equals("-1e9999")) {
      return "-inf";
    }
    try {
      return repr(JSON.readTree(json));
    } catch (JsonProcessingException e) {
      return json; // not JSON: shown as written
    }
  }

  private static String repr(JsonNode node) {
    if (node.isNull()) {
      return "None";
    }
    if (node.isBoolean()) {
      return node.booleanValue() ? "True" : "False";
    }
    if (node.isIntegralNumber()) {
      return node.bigIntegerValue().toString();
    }
    if (node.isNumber()) {
      return PyFloat.repr(node.doubleValue());
    }
    if (node.isTextual()) {
      return PyText.repr(node.textValue());
    }
    if (node.isArray()) {
      List<String> items = new ArrayList<>();
      node.forEach(item -> items.add(repr(item)));
      return "[" + String.join(", ", items) + "]";
    }
    return node.toString();
  }
}
