package io.github.policythemes.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policythemes.article.ArticleRecord;
import io.github.policythemes.article.ErrorRecord;
import io.github.policythemes.article.InputFormat;
import io.github.policythemes.article.InputRecord;
import io.github.policythemes.article.ReadOptions;
import io.github.policythemes.article.RecordSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Labelled CSV: the batch CSV reader for the article, its other columns for the labels. */
final class LabelledCsv {
  private static final ObjectMapper JSON = new ObjectMapper();

  private LabelledCsv() {}

  static List<LabelledArticle> read(Path file) throws IOException {
    ReadOptions options = ReadOptions.builder().format(InputFormat.CSV).keepFields(true).build();
    List<LabelledArticle> articles = new ArrayList<>();
    try (RecordSource source = RecordSource.files(List.of(file), options)) {
      for (InputRecord record = source.next(); record != null; record = source.next()) {
        if (record instanceof ErrorRecord error) {
          throw new IOException(error.position() + ": " + error.reason());
        }
        ArticleRecord article = (ArticleRecord) record;
        articles.add(new LabelledArticle(article.article(), labels(article, file), article.line()));
      }
    }
    return articles;
  }

  private static List<String> labels(ArticleRecord record, Path file) throws IOException {
    JsonNode meta = record.meta() == null ? JSON.createObjectNode() : JSON.readTree(record.meta());
    JsonNode cell = meta.has("labels") ? meta.get("labels") : meta.get("label");
    if (cell == null) {
      throw new IOException(
          file + ":" + record.line() + ": no labels (expected a labels or label column)");
    }
    return Arrays.stream(cell.asText().split("[;|]"))
        .map(String::strip)
        .filter(label -> !label.isEmpty())
        .distinct()
        .toList();
  }
}
