package io.github.policythemes.article;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.Set;

/** Reads one JSON object per line. Not thread-safe. */
final class JsonlRecordReader extends FileRecordReader {
  private final LineReader lines;
  private final JsonFactory json;

  JsonlRecordReader(InputStream in, String source, ReadOptions options) {
    super(in, source, options);
    this.lines = new LineReader(in, options.maxRecordBytes());
    this.json =
        JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxStringLength(
                        Math.max(
                            options.maxRecordBytes(), StreamReadConstraints.DEFAULT_MAX_STRING_LEN))
                    .build())
            .build();
  }

  @Override
  public InputRecord next() throws IOException {
    while (lines.next()) {
      long line = lines.lineNumber();
      if (lines.oversized()) {
        return tooLarge(line, lines.totalLength());
      }
      if (lines.outOfMemory()) {
        return outOfMemory(line, lines.totalLength());
      }
      if (lines.isBlank()) {
        continue;
      }
      int bad = Utf8.firstInvalid(lines.bytes(), lines.start(), lines.length());
      if (bad >= 0) {
        return invalidUtf8(line, lines.offset() + bad - lines.start());
      }
      try {
        return parse(line);
      } catch (OutOfMemoryError e) {
        return outOfMemory(line, lines.totalLength());
      }
    }
    return null;
  }

  @Override
  long line() {
    return lines.lineNumber();
  }

  private InputRecord parse(long line) throws IOException {
    RecordFields fields = new RecordFields();
    try (JsonParser parser = json.createParser(lines.bytes(), lines.start(), lines.length())) {
      JsonToken token = parser.nextToken();
      if (token != JsonToken.START_OBJECT) {
        return new ErrorRecord(
            source, line, null, "the line is " + describe(token) + ", not a JSON object");
      }
      StringWriter metaText = options.keepFields() ? new StringWriter() : null;
      try (JsonGenerator meta = metaText == null ? null : json.createGenerator(metaText)) {
        if (meta != null) {
          meta.writeStartObject();
        }
        int textRank = Integer.MAX_VALUE;
        boolean hasMeta = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          JsonToken value = parser.nextToken();
          int rank = options.textFields().indexOf(name);
          if (rank >= 0) {
            String candidate = stringValue(parser, value, name, fields);
            if (candidate != null && rank < textRank) {
              textRank = rank;
              fields.text = candidate;
            } else if (candidate != null && meta != null) {
              meta.writeStringField(name, candidate);
              hasMeta = true;
            }
          } else if (options.labelFields().contains(name)) {
            hasMeta |= readLabelsField(parser, value, name, fields, meta);
          } else if (options.isMappedField(name)) {
            readMapped(parser, value, name, fields);
          } else if (meta != null) {
            meta.writeFieldName(name);
            meta.copyCurrentStructure(parser);
            hasMeta = true;
          } else {
            parser.skipChildren();
          }
        }
        if (parser.nextToken() != null) {
          return new ErrorRecord(source, line, null, "more than one JSON value on the line");
        }
        if (meta != null) {
          meta.writeEndObject();
        }
        if (hasMeta) {
          meta.flush();
          fields.meta = metaText.toString();
        }
      }
    } catch (JsonProcessingException e) {
      return new ErrorRecord(
          source,
          line,
          null,
          "malformed JSON: "
              + e.getOriginalMessage()
              + " (column "
              + e.getLocation().getColumnNr()
              + ")");
    }
    return fields.toRecord(options, source, idBase, line);
  }

  private void readMapped(JsonParser parser, JsonToken value, String name, RecordFields fields)
      throws IOException {
    if (name.equals(options.idField())) {
      if (value == JsonToken.VALUE_NUMBER_INT) {
        fields.id = parser.getText();
      } else {
        fields.id = stringValue(parser, value, name, fields);
      }
    } else if (name.equals(options.titleField())) {
      fields.title = stringValue(parser, value, name, fields);
    } else if (name.equals(options.langField())) {
      fields.lang = stringValue(parser, value, name, fields);
    } else {
      fields.date = stringValue(parser, value, name, fields);
    }
  }

  /**
   * Reads one of the label fields; the first in {@link ReadOptions#labelFields()} order wins, and
   * with the other fields kept, a label field that lost goes there.
   *
   * @return whether something was written to meta
   */
  private boolean readLabelsField(
      JsonParser parser, JsonToken value, String name, RecordFields fields, JsonGenerator meta)
      throws IOException {
    int rank = options.labelFields().indexOf(name);
    Set<String> before = fields.labels;
    fields.labels = null;
    readLabels(parser, value, name, fields);
    Set<String> read = fields.labels;
    if (read == null || rank > fields.labelsRank) {
      fields.labels = before;
      before = read;
      name = read == null ? null : name;
    } else {
      String beaten = fields.labelsName;
      fields.labelsRank = rank;
      fields.labelsName = name;
      name = beaten;
    }
    if (before != null && name != null && meta != null) {
      writeLabels(meta, name, before);
      return true;
    }
    return false;
  }

  /**
   * Reads a labels value: an array of labels (strings, or integers such as CAP codes), or one
   * string that may hold several separated by {@code ;} or {@code |}; JSON null is no labels.
   */
  private static void readLabels(
      JsonParser parser, JsonToken value, String name, RecordFields fields) throws IOException {
    switch (value) {
      case VALUE_NULL -> {}
      case VALUE_STRING -> fields.addLabels(parser.getText());
      case VALUE_NUMBER_INT -> fields.labels().add(parser.getText());
      case START_ARRAY -> {
        Set<String> labels = fields.labels();
        for (JsonToken item = parser.nextToken();
            item != JsonToken.END_ARRAY;
            item = parser.nextToken()) {
          String label =
              item == JsonToken.VALUE_STRING || item == JsonToken.VALUE_NUMBER_INT
                  ? parser.getText().strip()
                  : null;
          if (label == null || label.isEmpty()) {
            fields.problem(
                "field '"
                    + name
                    + "' holds "
                    + (label == null ? describe(item) : "a blank label")
                    + ", not a label");
            parser.skipChildren();
          } else {
            labels.add(label);
          }
        }
      }
      default -> {
        fields.problem("field '" + name + "' is " + describe(value) + ", not a list of labels");
        parser.skipChildren();
      }
    }
  }

  private static void writeLabels(JsonGenerator meta, String name, Set<String> labels)
      throws IOException {
    meta.writeArrayFieldStart(name);
    for (String label : labels) {
      meta.writeString(label);
    }
    meta.writeEndArray();
  }

  /** The string value; null for JSON null; a problem for anything else. */
  private static String stringValue(
      JsonParser parser, JsonToken value, String name, RecordFields fields) throws IOException {
    if (value == JsonToken.VALUE_STRING) {
      return parser.getText();
    }
    if (value != JsonToken.VALUE_NULL) {
      fields.problem("field '" + name + "' is " + describe(value) + ", not a string");
      parser.skipChildren();
    }
    return null;
  }

  static String describe(JsonToken token) {
    if (token == null) {
      return "empty";
    }
    return switch (token) {
      case START_ARRAY -> "an array";
      case START_OBJECT -> "an object";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.toString();
    };
  }
}
