package io.github.policythemes.article;

import io.github.policythemes.analysis.Language;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The mapped fields of one record as read, turned into an {@link ArticleRecord} or, when something
 * is wrong, an {@link ErrorRecord}: the one set of rules for every format and every reader. Shared
 * by the JSONL and CSV readers. Not thread-safe.
 */
final class RecordFields {
  String id;
  String title;
  String text;
  String lang;
  String date;
  String meta;

  /** The labels as read, in order without repeats; null when the record had no labels field. */
  Set<String> labels;

  /** Which of the label fields the labels came from, by rank and name (JSONL). */
  int labelsRank = Integer.MAX_VALUE;

  String labelsName;

  /** The first problem found while reading the fields, or null. */
  String problem;

  void problem(String message) {
    if (problem == null) {
      problem = message;
    }
  }

  /** Starts the record's labels: the labels field is present (it may still hold none). */
  Set<String> labels() {
    if (labels == null) {
      labels = new LinkedHashSet<>();
    }
    return labels;
  }

  /**
   * Adds labels given as text: one label, or several separated by {@code ;} or {@code |} (a CSV
   * cell); blanks between separators are dropped.
   */
  void addLabels(String value) {
    Set<String> into = labels();
    for (String label : value.split("[;|]")) {
      String clean = label.strip();
      if (!clean.isEmpty()) {
        into.add(clean);
      }
    }
  }

  InputRecord toRecord(ReadOptions options, String source, long line) {
    String knownId = id == null || id.isBlank() ? null : id;
    if (problem != null) {
      return new ErrorRecord(source, line, knownId, problem);
    }
    if (text == null && !options.allowMissingText()) {
      return new ErrorRecord(
          source, line, knownId, "no text field (looked for " + fieldList(options) + ")");
    }
    String cleanTitle = title == null ? "" : title.strip();
    if (text != null && text.isBlank() && cleanTitle.isEmpty()) {
      return new ErrorRecord(source, line, knownId, "empty text");
    }
    if (labels == null && options.labels() == ReadOptions.Labels.REQUIRED) {
      return new ErrorRecord(
          source,
          line,
          knownId,
          "no labels (looked for " + String.join(", ", options.labelFields()) + ")");
    }
    Language language = options.language();
    if (language == null && lang != null && !lang.isBlank() && !lang.strip().equals("auto")) {
      try {
        language = Language.fromCodeOrOther(lang);
      } catch (IllegalArgumentException e) {
        return new ErrorRecord(
            source, line, knownId, "invalid " + options.langField() + " '" + lang + "'");
      }
    }
    LocalDate parsed = null;
    if (date != null && !date.isBlank()) {
      parsed = options.dateParser().tryParse(date);
      if (parsed == null) {
        return new ErrorRecord(
            source,
            line,
            knownId,
            "invalid "
                + options.dateField()
                + " '"
                + date
                + "': "
                + options.dateParser().expected());
      }
    }
    String articleId = knownId != null ? knownId : source + ":" + line;
    Article article =
        new Article(articleId, cleanTitle, text == null ? "" : text, language, parsed);
    List<String> labelList = labels == null ? List.of() : List.copyOf(labels);
    return new ArticleRecord(article, source, line, meta, labelList);
  }

  static String fieldList(ReadOptions options) {
    return String.join(", ", options.textFields());
  }
}
