package io.github.policythemes.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policythemes.analysis.Language;
import io.github.policythemes.analysis.LanguageDetector;
import io.github.policythemes.article.Article;
import io.github.policythemes.article.ArticleRecord;
import io.github.policythemes.classify.Classification;
import io.github.policythemes.classify.ThemeScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the classification of a record that {@code policy-themes classify} wrote: its {@code
 * themes} (id, label, score, assigned) and {@code assigned}, which a JSONL reader that keeps fields
 * leaves in the record's meta. Thread-safe (no state).
 */
final class ClassifiedRecords {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ClassifiedRecords() {}

  /** A record's classification and the fields it passed on ({@code meta} of classify's output). */
  record Parsed(Classification classification, String meta) {}

  /**
   * Parses a record.
   *
   * @throws IllegalArgumentException with the reason when the record has no usable themes
   */
  static Parsed parse(ArticleRecord record, IndexedModel model) {
    if (record.meta() == null) {
      throw new IllegalArgumentException(
          "no 'themes': is this the output of policy-themes classify?");
    }
    JsonNode meta;
    try {
      meta = JSON.readTree(record.meta());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("unreadable fields: " + e.getOriginalMessage());
    }
    JsonNode themes = meta.get("themes");
    if (themes == null || !themes.isArray()) {
      throw new IllegalArgumentException(
          "no 'themes' list: is this the output of policy-themes classify?");
    }
    Set<String> assigned = new HashSet<>();
    for (JsonNode id : meta.path("assigned")) {
      assigned.add(id.asText());
    }
    List<ThemeScore> scores = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (JsonNode theme : themes) {
      String id = theme.path("id").asText("");
      if (!model.themeIds().contains(id)) {
        throw new IllegalArgumentException(
            "theme '" + id + "' is not one of model " + model.describe() + "'s themes");
      }
      if (!theme.path("score").isNumber()) {
        throw new IllegalArgumentException("theme '" + id + "' has no numeric score");
      }
      double score = theme.path("score").asDouble();
      if (!(score >= 0 && score <= 1)) {
        throw new IllegalArgumentException("theme '" + id + "' has score " + score);
      }
      boolean isAssigned = theme.path("assigned").asBoolean(assigned.contains(id));
      scores.add(new ThemeScore(id, theme.path("label").asText(id), score, isAssigned));
      seen.add(id);
    }
    for (String id : assigned) {
      if (!seen.contains(id)) {
        throw new IllegalArgumentException(
            "theme '" + id + "' is assigned but has no score (classify without --top)");
      }
    }
    scores.sort(Comparator.comparingDouble(ThemeScore::score).reversed());
    Article article = record.article();
    // the language classify wrote (read as the record's lang), else detected as classify would
    Language language =
        article.language() != null
            ? article.language()
            : LanguageDetector.standard().detect(article.content());
    JsonNode passed = meta.get("meta");
    return new Parsed(
        new Classification(article.id(), language, scores),
        passed == null || passed.isNull() ? null : passed.toString());
  }
}
