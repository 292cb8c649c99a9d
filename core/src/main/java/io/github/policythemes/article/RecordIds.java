package io.github.policythemes.article;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads only the ids of a JSONL or CSV input, for {@link RecordSource#ids}. Thread-safe. */
final class RecordIds {
  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();

  private RecordIds() {}

  static Set<String> read(InputStream in, InputFormat format) throws IOException {
    Set<String> ids = new HashSet<>();
    switch (format) {
      case JSONL -> readJsonIds(in, ids);
      case CSV -> readCsvIds(in, ids);
      default -> throw new IllegalArgumentException(format + " input has no record ids to read");
    }
    return ids;
  }

  private static void readJsonIds(InputStream in, Set<String> ids) throws IOException {
    try (JsonParser json = JSON.createParser(in)) {
      for (JsonToken token = json.nextToken(); token != null; token = json.nextToken()) {
        while (json.nextToken() == JsonToken.FIELD_NAME) {
          String name = json.currentName();
          json.nextToken();
          if (name.equals("id")) {
            ids.add(json.getText());
          }
          json.skipChildren();
        }
      }
    }
  }

  private static void readCsvIds(InputStream in, Set<String> ids) throws IOException {
    LineReader lines = new LineReader(in, Integer.MAX_VALUE - 16, true);
    StringBuilder record = new StringBuilder();
    boolean header = true;
    while (lines.next()) {
      record.append(
          new String(lines.bytes(), lines.start(), lines.length(), StandardCharsets.UTF_8));
      if (lines.insideQuotes()) {
        record.append('\n');
        continue;
      }
      List<String> fields = new ArrayList<>();
      if (!header && CsvRecordReader.split(record.toString(), fields) == null) {
        ids.add(fields.get(0));
      }
      header = false;
      record.setLength(0);
    }
  }
}
