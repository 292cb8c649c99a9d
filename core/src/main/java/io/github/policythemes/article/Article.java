package io.github.policythemes.article;

import io.github.policythemes.analysis.Language;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An article: an id, an optional title, the text, and optionally its language and date. What every
 * capability of the library reads; {@link RecordSource} makes them from files and streams.
 *
 * <p>Offsets in results (evidence sentences, tokens) point into {@link #content()}: the title, a
 * blank line and the text, or the text alone when there is no title.
 *
 * @param id an id the caller chooses (a file name, a database key); never null, may be empty
 * @param title the headline; empty when there is none
 * @param text the body; may be empty when the title carries everything (a wire headline)
 * @param language the language, or null to detect it per article
 * @param date the publication date, or null when unknown
 */
public record Article(String id, String title, String text, Language language, LocalDate date) {
  /**
   * Validates the article.
   *
   * @throws NullPointerException if id or text is null
   */
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    title = title == null ? "" : title;
  }

  /**
   * Makes an article from text alone, with an empty id and the language detected.
   *
   * @param text the text
   * @return the article
   */
  public static Article of(String text) {
    return new Article("", "", text, null, null);
  }

  /**
   * Makes an article with an id and text, the language detected.
   *
   * @param id the id
   * @param text the text
   * @return the article
   */
  public static Article of(String id, String text) {
    return new Article(id, "", text, null, null);
  }

  /**
   * Returns a copy in a fixed language.
   *
   * @param forced the language to use instead of detecting one
   * @return the copy
   */
  public Article withLanguage(Language forced) {
    return new Article(id, title, text, forced, date);
  }

  /**
   * Returns what is analysed: the title, a blank line and the text; or whichever of the two is not
   * empty.
   *
   * @return the content
   */
  public String content() {
    if (title.isEmpty()) {
      return text;
    }
    return text.isEmpty() ? title : title + "\n\n" + text;
  }
}
