package io.github.policythemes.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.policythemes.trends.Period;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JSON in and out. Input is read strictly into a tree and each field is checked by name and type,
 * so a caller learns which field is wrong ({@code $.articles[2].text: expected a string, got a
 * number}); unknown fields are rejected, as everywhere in policy-themes.
 */
final class Json {
  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .addModule(
              new SimpleModule("policy-themes")
                  .addSerializer(
                      Period.class,
                      new StdSerializer<Period>(Period.class) {
                        @Override
                        public void serialize(
                            Period period, JsonGenerator out, SerializerProvider provider)
                            throws IOException {
                          out.writeString(period.code());
                        }
                      }))
          .build();

  private Json() {}

  /** Parses a request body that must be one JSON object. */
  static ObjectNode object(byte[] body) {
    if (body.length == 0) {
      throw ApiException.badRequest("the request body is empty; send a JSON object");
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("malformed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw ApiException.badRequest("unreadable body: " + e.getMessage());
    }
    if (node == null || !node.isObject()) {
      throw ApiException.badRequest(
          "expected a JSON object, got " + (node == null ? "nothing" : describe(node)));
    }
    return (ObjectNode) node;
  }

  /** Serialises a value (records, maps, trees). */
  static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
    }
  }

  /** Rejects fields that are not in {@code known}. */
  static void requireKnown(ObjectNode node, String where, Set<String> known) {
    node.fieldNames()
        .forEachRemaining(
            name -> {
              if (!known.contains(name)) {
                throw ApiException.badRequest(
                    where + ": unknown field '" + name + "'; the fields are " + sorted(known));
              }
            });
  }

  static String string(ObjectNode node, String where, String field) {
    JsonNode value = present(node, field);
    if (value == null) {
      return null;
    }
    require(value, JsonNodeType.STRING, where, field, "a string");
    return value.textValue();
  }

  static Double number(ObjectNode node, String where, String field) {
    JsonNode value = present(node, field);
    if (value == null) {
      return null;
    }
    require(value, JsonNodeType.NUMBER, where, field, "a number");
    return value.doubleValue();
  }

  static Integer integer(ObjectNode node, String where, String field) {
    JsonNode value = present(node, field);
    if (value == null) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw ApiException.badRequest(
          where + "." + field + ": expected an integer, got " + describe(value));
    }
    return value.intValue();
  }

  static Boolean bool(ObjectNode node, String where, String field) {
    JsonNode value = present(node, field);
    if (value == null) {
      return null;
    }
    require(value, JsonNodeType.BOOLEAN, where, field, "true or false");
    return value.booleanValue();
  }

  static List<String> strings(ObjectNode node, String where, String field) {
    JsonNode value = present(node, field);
    if (value == null) {
      return null;
    }
    require(value, JsonNodeType.ARRAY, where, field, "an array of strings");
    List<String> result = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      require(value.get(i), JsonNodeType.STRING, where, field + "[" + i + "]", "a string");
      result.add(value.get(i).textValue());
    }
    return result;
  }

  static Map<String, Double> numbers(ObjectNode node, String where, String field) {
    JsonNode value = present(node, field);
    if (value == null) {
      return null;
    }
    require(value, JsonNodeType.OBJECT, where, field, "an object of theme ids to numbers");
    Map<String, Double> result = new LinkedHashMap<>();
    value
        .fields()
        .forEachRemaining(
            entry -> {
              require(
                  entry.getValue(),
                  JsonNodeType.NUMBER,
                  where,
                  field + "['" + entry.getKey() + "']",
                  "a number");
              result.put(entry.getKey(), entry.getValue().doubleValue());
            });
    return result;
  }

  static List<ObjectNode> objects(ObjectNode node, String where, String field) {
    JsonNode value = present(node, field);
    if (value == null) {
      return null;
    }
    require(value, JsonNodeType.ARRAY, where, field, "an array of objects");
    List<ObjectNode> result = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      require(value.get(i), JsonNodeType.OBJECT, where, field + "[" + i + "]", "an object");
      result.add((ObjectNode) value.get(i));
    }
    return result;
  }

  private static JsonNode present(ObjectNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value;
  }

  private static void require(
      JsonNode value, JsonNodeType type, String where, String field, String expected) {
    if (value.getNodeType() != type) {
      throw ApiException.badRequest(
          where + "." + field + ": expected " + expected + ", got " + describe(value));
    }
  }

  static String describe(JsonNode node) {
    return switch (node.getNodeType()) {
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NULL -> "null";
      default -> node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static List<String> sorted(Set<String> names) {
    List<String> list = new ArrayList<>(names);
    list.sort(null);
    return list;
  }
}
