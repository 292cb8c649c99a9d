package io.github.policythemes.taxonomy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.policythemes.analysis.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads and writes the taxonomy JSON format, strictly: unknown fields are errors. */
final class TaxonomyJson {
  private static final Set<String> TOP_FIELDS =
      Set.of("id", "version", "name", "description", "multiLabel", "languages", "themes");
  private static final Set<String> THEME_FIELDS = Set.of("id", "label", "definition", "keywords");

  /** Jackson's streaming parser only: an {@code ObjectMapper} takes 0.25 s to build cold. */
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  private TaxonomyJson() {}

  static Taxonomy read(InputStream in, String source) throws IOException {
    JsonNode root;
    try (JsonParser parser = FACTORY.createParser(in)) {
      root = parser.nextToken() == null ? null : tree(parser);
    } catch (JsonProcessingException e) {
      throw new TaxonomyFormatException(source, "not valid JSON: " + e.getOriginalMessage(), e);
    }
    return new Reader(source).taxonomy(root);
  }

  /** The JSON value at the parser's current token, as a tree. */
  private static JsonNode tree(JsonParser parser) throws IOException {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    switch (parser.currentToken()) {
      case START_OBJECT -> {
        ObjectNode object = nodes.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          object.set(name, tree(parser));
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = nodes.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(tree(parser));
        }
        return array;
      }
      case VALUE_STRING -> {
        return nodes.textNode(parser.getText());
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return nodes.numberNode(parser.getDecimalValue());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return nodes.booleanNode(parser.getBooleanValue());
      }
      default -> {
        return nodes.nullNode();
      }
    }
  }

  static void write(Taxonomy taxonomy, OutputStream out) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("id", taxonomy.id());
      json.writeStringField("version", taxonomy.version());
      writeLabels(json, "name", taxonomy.name());
      json.writeStringField("description", taxonomy.description());
      json.writeBooleanField("multiLabel", taxonomy.multiLabel());
      json.writeArrayFieldStart("languages");
      for (Language language : taxonomy.languages()) {
        json.writeString(language.code());
      }
      json.writeEndArray();
      json.writeArrayFieldStart("themes");
      for (Theme theme : taxonomy.themes()) {
        json.writeStartObject();
        json.writeStringField("id", theme.id());
        writeLabels(json, "label", theme.labels());
        json.writeStringField("definition", theme.definition());
        json.writeObjectFieldStart("keywords");
        for (Language language : sorted(theme.keywords().keySet())) {
          json.writeObjectFieldStart(language.code());
          for (Keyword keyword : theme.keywords(language)) {
            json.writeNumberField(keyword.phrase(), keyword.weight());
          }
          json.writeEndObject();
        }
        json.writeEndObject();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
  }

  private static void writeLabels(JsonGenerator json, String field, Map<Language, String> labels)
      throws IOException {
    json.writeObjectFieldStart(field);
    for (Language language : sorted(labels.keySet())) {
      json.writeStringField(language.code(), labels.get(language));
    }
    json.writeEndObject();
  }

  private static List<Language> sorted(Set<Language> languages) {
    return languages.stream().sorted().toList();
  }

  /** Validates a parsed document, naming the JSON path of each problem. */
  private static final class Reader {
    private final String source;

    Reader(String source) {
      this.source = source;
    }

    Taxonomy taxonomy(JsonNode root) throws TaxonomyFormatException {
      requireObject(root, "$", TOP_FIELDS);
      String id = text(root, "$", "id", true);
      String version = text(root, "$", "version", true);
      List<Language> languages = languages(root.get("languages"));
      Map<Language, String> name =
          root.has("name") ? labels(root.get("name"), "$.name", false) : Map.of();
      String description = root.has("description") ? text(root, "$", "description", false) : "";
      boolean multiLabel = true;
      if (root.has("multiLabel")) {
        if (!root.get("multiLabel").isBoolean()) {
          throw error("$.multiLabel", "must be true or false");
        }
        multiLabel = root.get("multiLabel").booleanValue();
      }
      JsonNode themesNode = root.get("themes");
      if (themesNode == null || !themesNode.isArray() || themesNode.isEmpty()) {
        throw error("$.themes", "must be a non-empty array of themes");
      }
      List<Theme> themes = new ArrayList<>();
      Set<String> seen = new java.util.HashSet<>();
      for (int i = 0; i < themesNode.size(); i++) {
        Theme theme = theme(themesNode.get(i), "$.themes[" + i + "]", languages);
        if (!seen.add(theme.id())) {
          throw error("$.themes[" + i + "].id", "duplicate theme id '" + theme.id() + "'");
        }
        themes.add(theme);
      }
      try {
        return new Taxonomy(id, version, name, description, multiLabel, languages, themes);
      } catch (IllegalArgumentException e) {
        throw error("$", e.getMessage());
      }
    }

    private Theme theme(JsonNode node, String path, List<Language> languages)
        throws TaxonomyFormatException {
      requireObject(node, path, THEME_FIELDS);
      String id = text(node, path, "id", true);
      try {
        Taxonomy.requireId(id, "theme id");
      } catch (IllegalArgumentException e) {
        throw error(path + ".id", e.getMessage());
      }
      if (!node.has("label")) {
        throw error(path, "missing field 'label'");
      }
      Map<Language, String> labels = labels(node.get("label"), path + ".label", true);
      for (Language language : labels.keySet()) {
        if (!languages.contains(language)) {
          throw error(path + ".label." + language.code(), "language not in $.languages");
        }
      }
      String definition = node.has("definition") ? text(node, path, "definition", false) : "";
      Map<Language, List<Keyword>> keywords = new EnumMap<>(Language.class);
      if (node.has("keywords")) {
        JsonNode keywordsNode = node.get("keywords");
        requireObject(keywordsNode, path + ".keywords", null);
        for (Iterator<Map.Entry<String, JsonNode>> it = keywordsNode.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> entry = it.next();
          String where = path + ".keywords." + entry.getKey();
          Language language = language(entry.getKey(), where);
          if (!languages.contains(language)) {
            throw error(where, "language not in $.languages");
          }
          keywords.put(language, keywords(entry.getValue(), where));
        }
      }
      return new Theme(id, labels, definition, keywords);
    }

    private List<Keyword> keywords(JsonNode node, String path) throws TaxonomyFormatException {
      requireObject(node, path, null);
      List<Keyword> keywords = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        String where = path + "['" + entry.getKey() + "']";
        if (!entry.getValue().isNumber()) {
          throw error(where, "weight must be a number in (0, 1]");
        }
        try {
          keywords.add(new Keyword(entry.getKey(), entry.getValue().doubleValue()));
        } catch (IllegalArgumentException e) {
          throw error(where, e.getMessage());
        }
      }
      return keywords;
    }

    private List<Language> languages(JsonNode node) throws TaxonomyFormatException {
      if (node == null || !node.isArray() || node.isEmpty()) {
        throw error("$.languages", "must be a non-empty array of language codes");
      }
      List<Language> languages = new ArrayList<>();
      for (int i = 0; i < node.size(); i++) {
        String where = "$.languages[" + i + "]";
        if (!node.get(i).isTextual()) {
          throw error(where, "must be a language code such as \"en\"");
        }
        Language language = language(node.get(i).textValue(), where);
        if (languages.contains(language)) {
          throw error(where, "language '" + language.code() + "' is listed twice");
        }
        languages.add(language);
      }
      return languages;
    }

    private Map<Language, String> labels(JsonNode node, String path, boolean required)
        throws TaxonomyFormatException {
      requireObject(node, path, null);
      Map<Language, String> labels = new EnumMap<>(Language.class);
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        String where = path + "." + entry.getKey();
        JsonNode value = entry.getValue();
        if (!value.isTextual() || value.textValue().isBlank()) {
          throw error(where, "label must be a non-empty string");
        }
        labels.put(language(entry.getKey(), where), value.textValue().strip());
      }
      if (required && labels.isEmpty()) {
        throw error(path, "needs at least one label, e.g. {\"en\": \"...\"}");
      }
      return labels;
    }

    private Language language(String code, String path) throws TaxonomyFormatException {
      try {
        return Language.fromCode(code);
      } catch (IllegalArgumentException e) {
        throw error(path, e.getMessage());
      }
    }

    private String text(JsonNode node, String path, String field, boolean required)
        throws TaxonomyFormatException {
      JsonNode value = node.get(field);
      if (value == null) {
        throw error(path, "missing field '" + field + "'");
      }
      if (!value.isTextual() || (required && value.textValue().isBlank())) {
        throw error(
            path + "." + field, required ? "must be a non-empty string" : "must be a string");
      }
      return value.textValue();
    }

    private void requireObject(JsonNode node, String path, Set<String> allowed)
        throws TaxonomyFormatException {
      if (node == null || !node.isObject()) {
        throw error(path, "must be a JSON object");
      }
      if (allowed != null) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
          String name = names.next();
          if (!allowed.contains(name)) {
            throw error(path, "unknown field '" + name + "' (allowed: " + sorted(allowed) + ")");
          }
        }
      }
    }

    private static String sorted(Set<String> names) {
      return String.join(", ", names.stream().sorted().toList());
    }

    private TaxonomyFormatException error(String path, String problem) {
      return new TaxonomyFormatException(source, path, problem);
    }
  }
}
