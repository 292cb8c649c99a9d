package io.github.policythemes.article;

import io.github.policythemes.analysis.Language;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The mapped fields of one record as read, turned into an {@link ArticleRecord} or, when something
 * is wrong, an {@link ErrorRecord}. Shared by the JSONL and CSV readers. Not thread-safe.
 */
final class RecordFields {
  String id;
  String title;
  String text;
  String lang;
  String date;
  String meta;

  /** The first problem found while reading the fields, or null. */
  String problem;

  void problem(String message) {
    if (problem == null) {
      problem = message;
    }
  }

  InputRecord toRecord(ReadOptions options, String source, long line) {
    String knownId = id == null || id.isBlank() ? null : id;
    if (problem != null) {
      return new ErrorRecord(source, line, knownId, problem);
    }
    if (text == null) {
      return new ErrorRecord(
          source, line, knownId, "no text field (looked for " + fieldList(options) + ")");
    }
    String cleanTitle = title == null ? "" : title.strip();
    if (text.isBlank() && cleanTitle.isEmpty()) {
      return new ErrorRecord(source, line, knownId, "empty text");
    }
    Language language = options.language();
    if (language == null && lang != null && !lang.isBlank()) {
      try {
        language = Language.fromCodeOrOther(lang);
      } catch (IllegalArgumentException e) {
        return new ErrorRecord(
            source, line, knownId, "invalid " + options.langField() + " '" + lang + "'");
      }
    }
    LocalDate parsed = null;
    if (date != null && !date.isBlank()) {
      parsed = parseDate(date.strip());
      if (parsed == null) {
        return new ErrorRecord(
            source,
            line,
            knownId,
            "invalid " + options.dateField() + " '" + date + "': expected yyyy-mm-dd");
      }
    }
    String articleId = knownId != null ? knownId : source + ":" + line;
    Article article = new Article(articleId, cleanTitle, text, language, parsed);
    return new ArticleRecord(article, source, line, meta);
  }

  /** Parses {@code yyyy-mm-dd}, also as the start of an ISO date-time; null if it is neither. */
  static LocalDate parseDate(String value) {
    if (value.length() > 10 && value.charAt(10) != 'T' && value.charAt(10) != ' ') {
      return null;
    }
    try {
      return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static String fieldList(ReadOptions options) {
    return String.join(", ", options.textFields());
  }
}
