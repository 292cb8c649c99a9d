package io.github.policythemes.batch;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.policythemes.article.ErrorRecord;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;

/** Writes one JSON object per error and line. Not thread-safe. */
final class JsonlErrorWriter implements ErrorWriter {
  private final Writer out;

  JsonlErrorWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(ErrorRecord error) throws IOException {
    StringWriter line = new StringWriter(128);
    try (JsonGenerator json = JsonlResultWriter.JSON.createGenerator(line)) {
      json.writeStartObject();
      json.writeStringField("source", error.source());
      if (error.line() > 0) {
        json.writeNumberField("line", error.line());
      }
      if (error.id() != null) {
        json.writeStringField("id", error.id());
      }
      json.writeStringField("reason", error.reason());
      json.writeEndObject();
    }
    line.write('\n');
    out.write(line.toString());
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
