package io.github.policythemes.server;

import io.github.policythemes.article.Article;
import io.github.policythemes.article.ArticleRecord;
import io.github.policythemes.article.ErrorRecord;
import io.github.policythemes.article.InputFormat;
import io.github.policythemes.article.InputRecord;
import io.github.policythemes.article.ReadOptions;
import io.github.policythemes.article.RecordSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /api/parse}: a file as uploaded (plain text, JSONL or CSV with a header) in, its
 * articles out, read by core's one article reader with the rules of every command (fields, dates,
 * errors per record). The page lists them, then classifies and explains the one a person picks.
 */
final class UploadApi {
  /** The most articles one upload returns. */
  static final int MAX_ARTICLES = 1000;

  record Parsed(List<ParsedArticle> articles, List<ParseError> errors, boolean truncated) {}

  record ParsedArticle(String id, String title, String text, String lang, String date) {}

  record ParseError(long line, String id, String reason) {}

  private UploadApi() {}

  static Parsed parse(byte[] body, String name, String format) throws IOException {
    String source = name == null || name.isBlank() ? "upload" : name.strip();
    ReadOptions.Builder options = ReadOptions.builder();
    if (format != null && !format.isBlank()) {
      try {
        options.format(InputFormat.parse(format));
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest("format: " + e.getMessage());
      }
    } else if (name != null && !name.isBlank()) {
      options.format(InputFormat.forFileName(source));
    }
    List<ParsedArticle> articles = new ArrayList<>();
    List<ParseError> errors = new ArrayList<>();
    boolean truncated = false;
    try (RecordSource records =
        RecordSource.stream(new ByteArrayInputStream(body), source, options.build())) {
      for (InputRecord record = records.next(); record != null; record = records.next()) {
        if (articles.size() + errors.size() >= MAX_ARTICLES) {
          truncated = true;
          break;
        }
        if (record instanceof ArticleRecord read) {
          Article article = read.article();
          articles.add(
              new ParsedArticle(
                  article.id(),
                  article.title(),
                  article.text(),
                  article.language() == null ? null : article.language().code(),
                  article.date() == null ? null : article.date().toString()));
        } else if (record instanceof ErrorRecord error) {
          errors.add(new ParseError(error.line(), error.id(), error.reason()));
        }
      }
    }
    return new Parsed(articles, errors, truncated);
  }
}
