package io.github.policythemes.keywords;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * The JSON of keywords, written in one place for every output that holds them (the keywords
 * command's JSON lines, the trend report's {@code trends.json}).
 *
 * <p>Key phrases of a document: {@code {"id": ..., "keywords": [{"keyword", "score",
 * "occurrences"}, ...]}}. Distinctive terms of a group: {@code {"group": ..., "keywords":
 * [{"keyword", "term", "count", "restCount", "logLikelihood", "logRatio"}, ...]}}. Thread-safe (no
 * state).
 */
public final class KeywordJson {
  private static final JsonFactory JSON = new JsonFactory();

  private KeywordJson() {}

  /**
   * Writes the key phrases of one document as one JSON object on one line.
   *
   * @param id the document's id
   * @param phrases its key phrases, best first
   * @return the JSON text, without a line break
   */
  public static String document(String id, List<Keyphrase> phrases) {
    Objects.requireNonNull(id, "id");
    return write(
        json -> {
          json.writeStartObject();
          json.writeStringField("id", id);
          json.writeArrayFieldStart("keywords");
          for (Keyphrase phrase : phrases) {
            json.writeStartObject();
            json.writeStringField("keyword", phrase.phrase());
            json.writeNumberField("score", phrase.score());
            json.writeNumberField("occurrences", phrase.occurrences());
            json.writeEndObject();
          }
          json.writeEndArray();
          json.writeEndObject();
        });
  }

  /**
   * Writes the distinctive terms of one group (a theme, period or topic) as one JSON object on one
   * line.
   *
   * @param group the group's name
   * @param terms its distinctive terms, most distinctive first
   * @return the JSON text, without a line break
   */
  public static String group(String group, List<KeyTerm> terms) {
    Objects.requireNonNull(group, "group");
    return write(
        json -> {
          json.writeStartObject();
          json.writeStringField("group", group);
          json.writeFieldName("keywords");
          terms(json, terms);
          json.writeEndObject();
        });
  }

  /**
   * Writes distinctive terms as a JSON array, the form a group's {@code keywords} takes.
   *
   * @param terms the terms, most distinctive first
   * @return the JSON text of the array
   */
  public static String terms(List<KeyTerm> terms) {
    return write(json -> terms(json, terms));
  }

  private static void terms(JsonGenerator json, List<KeyTerm> terms) throws IOException {
    json.writeStartArray();
    for (KeyTerm term : terms) {
      json.writeStartObject();
      json.writeStringField("keyword", term.surface());
      json.writeStringField("term", term.term());
      json.writeNumberField("count", term.groupCount());
      json.writeNumberField("restCount", term.restCount());
      json.writeNumberField("logLikelihood", term.logLikelihood());
      json.writeNumberField("logRatio", term.logRatio());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private interface Body {
    void write(JsonGenerator json) throws IOException;
  }

  private static String write(Body body) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(text)) {
      body.write(json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON to a string", e);
    }
    return text.toString();
  }
}
