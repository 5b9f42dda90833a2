package dev.charcoal.query.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.charcoal.model.PythonFloats;
import java.util.List;
import java.util.Map;

/** Our trees in the JSON shapes of query/golden/generate.py, to compare with graphite-web's. */
final class GraphiteTrees {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private GraphiteTrees() {}

  /** The "tree" shape: the parse tree, pipes desugared. */
  static JsonNode tree(Expression expression, String target) {
    return expression.accept(
        new ExpressionVisitor<JsonNode>() {
          @Override
          public JsonNode visitPath(PathExpression path) {
            return NODES.objectNode().put("path", path.path());
          }

          @Override
          public JsonNode visitCall(Call call) {
            ObjectNode node = NODES.objectNode().put("call", call.name());
            node.put("raw", call.span().of(TargetParser.source(target)));
            node.set("args", list(call.args(), this));
            node.set("kwargs", keywords(call.keywords(), this));
            return node;
          }

          @Override
          public JsonNode visitTemplate(Template template) {
            ObjectNode node = NODES.objectNode();
            node.set("template", template.body().accept(this));
            node.set("args", list(template.args(), this));
            node.set("kwargs", keywords(template.keywords(), this));
            return node;
          }

          @Override
          public JsonNode visitString(StringLiteral string) {
            return NODES.objectNode().put("string", string.span().of(TargetParser.source(target)));
          }

          @Override
          public JsonNode visitNumber(NumberLiteral number) {
            String kind =
                number.text().equals("inf")
                    ? "inf"
                    : number.integer() ? "int" : number.text().contains("e") ? "sci" : "float";
            return NODES.objectNode().put(kind, number.text());
          }

          @Override
          public JsonNode visitBoolean(BooleanLiteral bool) {
            return NODES.objectNode().put("bool", bool.value() ? "true" : "false");
          }

          @Override
          public JsonNode visitNone(NoneLiteral none) {
            return NODES.objectNode().put("none", "none");
          }
        });
  }

  /** The "eval" shape: what graphite-web's evaluator passes to functions and finders. */
  static JsonNode evaluated(Expression expanded, String target) {
    return expanded.accept(
        new ExpressionVisitor<JsonNode>() {
          @Override
          public JsonNode visitPath(PathExpression path) {
            return NODES.objectNode().put("fetch", path.path());
          }

          @Override
          public JsonNode visitCall(Call call) {
            if (call.name().equals("seriesByTag")) {
              return NODES.objectNode().put("fetch", call.span().of(TargetParser.source(target)));
            }
            ObjectNode node = NODES.objectNode().put("call", call.name());
            node.set("args", list(call.args(), this));
            ArrayNode kwargs = NODES.arrayNode();
            for (Map.Entry<String, Expression> e : call.keywordMap().entrySet()) {
              kwargs.add(NODES.arrayNode().add(e.getKey()).add(e.getValue().accept(this)));
            }
            node.set("kwargs", kwargs);
            return node;
          }

          @Override
          public JsonNode visitTemplate(Template template) {
            throw new AssertionError("template left after expansion");
          }

          @Override
          public JsonNode visitString(StringLiteral string) {
            return NODES.objectNode().put("string", string.value());
          }

          @Override
          public JsonNode visitNumber(NumberLiteral number) {
            return number.integer()
                ? NODES.objectNode().put("int", number.integerValue().toString())
                : NODES.objectNode().put("float", PythonFloats.repr(number.doubleValue()));
          }

          @Override
          public JsonNode visitBoolean(BooleanLiteral bool) {
            return NODES.objectNode().put("bool", bool.value());
          }

          @Override
          public JsonNode visitNone(NoneLiteral none) {
            return NODES.objectNode().put("none", true);
          }
        });
  }

  private static ArrayNode list(List<Expression> items, ExpressionVisitor<JsonNode> visitor) {
    ArrayNode out = NODES.arrayNode();
    items.forEach(item -> out.add(item.accept(visitor)));
    return out;
  }

  private static ArrayNode keywords(
      List<KeywordArgument> keywords, ExpressionVisitor<JsonNode> visitor) {
    ArrayNode out = NODES.arrayNode();
    for (KeywordArgument keyword : keywords) {
      out.add(NODES.arrayNode().add(keyword.name()).add(keyword.value().accept(visitor)));
    }
    return out;
  }
}
