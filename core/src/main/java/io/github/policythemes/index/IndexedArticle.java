package io.github.policythemes.index;

import io.github.policythemes.analysis.Language;
import io.github.policythemes.article.Article;
import io.github.policythemes.classify.Classification;
import io.github.policythemes.classify.ThemeScore;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An article as the index holds it: its fields, its classification, where it was read from and
 * which model classified it. Dates are ISO strings and languages codes, so it serialises to JSON as
 * it is; {@link #article()} and {@link #classification()} give the typed values back.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the id
 * @param title the headline; empty when there is none
 * @param text the body
 * @param lang the language code it was analysed as
 * @param date the publication date ({@code 2024-03-01}), or null when unknown
 * @param themes every theme of the model with its score, best first
 * @param source where it was read from; empty when not known
 * @param line the line in the source, 0 for a whole file or when not known
 * @param meta the record's other fields as the text of a JSON object, or null
 * @param model the id of the model that classified it
 */
public record IndexedArticle(
    String id,
    String title,
    String text,
    String lang,
    String date,
    List<ThemeScore> themes,
    String source,
    long line,
    String meta,
    String model) {
  /** Validates and copies. */
  public IndexedArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(lang, "lang");
    themes = List.copyOf(themes);
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(model, "model");
  }

  /**
   * Returns the ids of the assigned themes, best first.
   *
   * @return the ids
   */
  public List<String> assigned() {
    return themes.stream().filter(ThemeScore::assigned).map(ThemeScore::themeId).toList();
  }

  /**
   * Returns the article, in the language it was analysed as.
   *
   * @return the article
   */
  public Article article() {
    return new Article(
        id,
        title,
        text,
        Language.fromCodeOrOther(lang),
        date == null ? null : LocalDate.parse(date));
  }

  /**
   * Returns the classification as it was indexed.
   *
   * @return the classification
   */
  public Classification classification() {
    return new Classification(id, Language.fromCodeOrOther(lang), themes);
  }
}
