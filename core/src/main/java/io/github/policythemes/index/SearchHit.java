package io.github.policythemes.index;

import io.github.policythemes.classify.ThemeScore;
import java.util.List;
import java.util.Objects;

/**
 * One article found by {@link ThemeIndex#search}: what a result list shows, with highlighted
 * passages. Dates are ISO strings and languages codes, so a hit serialises to JSON as it is.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the article's id
 * @param title the headline; empty when there is none
 * @param lang the language code the article was analysed as ({@code en}, {@code ko}, ...)
 * @param date the publication date ({@code 2024-03-01}), or null when unknown
 * @param score the sort key: relevance (BM25), the theme's score with {@link
 *     SortOrder#THEME_SCORE}, 0 for date orders
 * @param themes every theme of the model with its score, best first
 * @param assigned the ids of the themes assigned to the article, best first
 * @param snippets passages with the matched words, best first (the article's start when the query
 *     has no words)
 * @param source the file (or other input) the article was read from; empty when not known
 * @param line the line in the source where it starts, 0 for a whole file or when not known
 * @param model the id of the model that classified it ({@link IndexedModel#id()})
 */
public record SearchHit(
    String id,
    String title,
    String lang,
    String date,
    double score,
    List<ThemeScore> themes,
    List<String> assigned,
    List<Snippet> snippets,
    String source,
    long line,
    String model) {
  /** Validates and copies. */
  public SearchHit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(lang, "lang");
    themes = List.copyOf(themes);
    assigned = List.copyOf(assigned);
    snippets = List.copyOf(snippets);
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(model, "model");
  }
}
