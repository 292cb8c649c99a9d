package io.github.policythemes.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.policythemes.article.Article;
import io.github.policythemes.classify.Classification;
import io.github.policythemes.classify.EvidenceSentence;
import io.github.policythemes.classify.TermContribution;
import io.github.policythemes.classify.ThemeEvidence;
import io.github.policythemes.classify.ThemeScore;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes one JSON object per result and line. Not thread-safe. */
final class JsonlResultWriter implements ResultWriter {
  static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private final Writer out;
  private final OutputOptions options;
  private final CharArrayWriter line = new CharArrayWriter(1 << 12);
  private final JsonGenerator json;

  JsonlResultWriter(Writer out, OutputOptions options) {
    this.out = out;
    this.options = options;
    try {
      this.json = JSON.createGenerator(line);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    json.setRootValueSeparator(null);
  }

  @Override
  public void write(BatchResult result) throws IOException {
    Classification classification = result.classification();
    Article article = result.record().article();
    line.reset();
    json.writeStartObject();
    json.writeStringField("id", article.id());
    json.writeStringField("lang", classification.language().code());
    if (article.date() != null) {
      json.writeStringField("date", article.date().toString());
    }
    json.writeArrayFieldStart("themes");
    List<ThemeScore> scores = classification.scores();
    for (int i = 0; i < scores.size() && i < options.top(); i++) {
      ThemeScore score = scores.get(i);
      json.writeStartObject();
      json.writeStringField("id", score.themeId());
      json.writeStringField("label", score.label());
      json.writeFieldName("score");
      json.writeNumber(Decimals.format(score.score()));
      json.writeBooleanField("assigned", score.assigned());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("assigned");
    for (ThemeScore score : scores) {
      if (score.assigned()) {
        json.writeString(score.themeId());
      }
    }
    json.writeEndArray();
    if (result.explanation() != null) {
      writeExplanation(result.explanation().themes());
    }
    if (options.keepText()) {
      json.writeStringField("title", article.title());
      json.writeStringField("text", article.text());
    }
    if (result.record().meta() != null) {
      json.writeFieldName("meta");
      json.writeRawValue(result.record().meta());
    }
    json.writeEndObject();
    json.flush();
    line.write('\n');
    line.writeTo(out);
  }

  private void writeExplanation(List<ThemeEvidence> themes) throws IOException {
    json.writeArrayFieldStart("explanation");
    for (ThemeEvidence evidence : themes) {
      json.writeStartObject();
      json.writeStringField("theme", evidence.themeId());
      json.writeStringField("label", evidence.label());
      json.writeFieldName("score");
      json.writeNumber(Decimals.format(evidence.score()));
      json.writeArrayFieldStart("terms");
      for (TermContribution term : evidence.terms()) {
        json.writeStartObject();
        json.writeStringField("term", term.term());
        json.writeFieldName("contribution");
        json.writeNumber(Decimals.format(term.contribution()));
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("sentences");
      for (EvidenceSentence sentence : evidence.sentences()) {
        json.writeStartObject();
        json.writeStringField("text", sentence.text());
        json.writeNumberField("start", sentence.start());
        json.writeNumberField("end", sentence.end());
        json.writeFieldName("weight");
        json.writeNumber(Decimals.format(sentence.weight()));
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    json.close();
    out.close();
  }
}
