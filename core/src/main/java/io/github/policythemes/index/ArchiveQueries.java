package io.github.policythemes.index;

import io.github.policythemes.analysis.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.FloatPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a {@link ThemeQuery} into a Lucene query and sort. Words are analysed once per language
 * that has articles, with that language's words chain, against its own fields; an article matches
 * when all the words (and phrases) occur in its title and text. Title matches weigh double.
 * Thread-safe (no state).
 */
final class ArchiveQueries {
  /** How much a match in the title adds over one in the text. */
  static final float TITLE_BOOST = 2f;

  private ArchiveQueries() {}

  /** The words part alone: what the highlighter marks. Null when the query has no words. */
  static Query text(ThemeQuery query, List<String> indexedLanguages) {
    if (query.text().isEmpty()) {
      return null;
    }
    List<String> phrases = new ArrayList<>();
    String words = splitPhrases(query.text(), phrases);
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int languages = 0;
    for (String code : indexedLanguages) {
      if (!query.languages().isEmpty() && !query.languages().contains(code)) {
        continue;
      }
      Query one = forLanguage(code, words, phrases);
      if (one != null) {
        any.add(one, Occur.SHOULD);
        languages++;
      }
    }
    return languages == 0 ? new MatchNoDocsQuery("no indexed words") : any.build();
  }

  private static Query forLanguage(String code, String words, List<String> phrases) {
    QueryBuilder builder = new QueryBuilder(ArchiveAnalyzer.words(Language.fromCodeOrOther(code)));
    String content = ArchiveSchema.contentField(code);
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    int required = 0;
    if (!words.isBlank()) {
      Query q = builder.createBooleanQuery(content, words, Occur.MUST);
      if (q != null) {
        all.add(q, Occur.MUST);
        required++;
      }
    }
    for (String phrase : phrases) {
      Query q = builder.createPhraseQuery(content, phrase);
      if (q != null) {
        all.add(q, Occur.MUST);
        required++;
      }
    }
    if (required == 0) {
      return null;
    }
    String allWords = (words + " " + String.join(" ", phrases)).strip();
    Query title =
        builder.createBooleanQuery(ArchiveSchema.titleField(code), allWords, Occur.SHOULD);
    if (title != null) {
      all.add(new BoostQuery(title, TITLE_BOOST), Occur.SHOULD);
    }
    return all.build();
  }

  /** Takes the double-quoted phrases out of the text; returns the rest. */
  static String splitPhrases(String text, List<String> phrases) {
    StringBuilder rest = new StringBuilder();
    int at = 0;
    while (at < text.length()) {
      int open = text.indexOf('"', at);
      int close = open < 0 ? -1 : text.indexOf('"', open + 1);
      if (close < 0) {
        rest.append(text, at, text.length());
        break;
      }
      rest.append(text, at, open).append(' ');
      String phrase = text.substring(open + 1, close).strip();
      if (!phrase.isEmpty()) {
        phrases.add(phrase);
      }
      at = close + 1;
    }
    return rest.toString().replace('"', ' ').strip();
  }

  /** The whole query: words (scoring) and filters, as the sort needs it. */
  static Query query(ThemeQuery query, Query text, IndexedModel model) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    all.add(text != null ? text : new MatchAllDocsQuery(), Occur.MUST);
    Query themes = themes(query, model);
    if (themes != null) {
      all.add(themes, Occur.FILTER);
    }
    if (query.from() != null || query.to() != null) {
      long from = query.fromDate().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
      long to = query.toDate().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
      all.add(LongPoint.newRangeQuery(ArchiveSchema.DATE, from, to), Occur.FILTER);
    }
    if (!query.languages().isEmpty()) {
      BooleanQuery.Builder languages = new BooleanQuery.Builder();
      for (String code : query.languages()) {
        String normal = Language.fromCodeOrOther(code).code();
        languages.add(new TermQuery(new Term(ArchiveSchema.LANG, normal)), Occur.SHOULD);
      }
      all.add(languages.build(), Occur.FILTER);
    }
    Query built = all.build();
    if (query.sort() != SortOrder.THEME_SCORE) {
      return built;
    }
    // the theme's score alone ranks; the words and filters only select
    return new BooleanQuery.Builder()
        .add(built, Occur.FILTER)
        .add(
            FeatureField.newLinearQuery(ArchiveSchema.THEME_SCORE, query.sortTheme(), 1f),
            Occur.SHOULD)
        .build();
  }

  private static Query themes(ThemeQuery query, IndexedModel model) {
    List<String> themes = query.themes();
    if (themes.isEmpty() && query.minScore() == null) {
      return null;
    }
    boolean all = query.themeMatch() == ThemeMatch.ALL && !themes.isEmpty();
    List<String> which = themes.isEmpty() ? model.themeIds() : themes;
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    for (String theme : which) {
      Query one =
          query.minScore() == null
              ? new TermQuery(new Term(ArchiveSchema.THEME, theme))
              : FloatPoint.newRangeQuery(
                  ArchiveSchema.SCORE_PREFIX + theme,
                  query.minScore().floatValue(),
                  Float.POSITIVE_INFINITY);
      builder.add(one, all ? Occur.FILTER : Occur.SHOULD);
    }
    return builder.build();
  }

  /** The sort; relevance without words sorts newest first. */
  static Sort sort(ThemeQuery query) {
    SortField seq = new SortField(ArchiveSchema.SEQ, SortField.Type.LONG);
    SortOrder order =
        query.sort() == SortOrder.RELEVANCE && query.text().isEmpty()
            ? SortOrder.NEWEST
            : query.sort();
    return switch (order) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, seq);
      case THEME_SCORE ->
          new Sort(FeatureField.newFeatureSort(ArchiveSchema.THEME_SCORE, query.sortTheme()), seq);
      case NEWEST -> new Sort(date(true), seq);
      case OLDEST -> new Sort(date(false), seq);
    };
  }

  private static SortField date(boolean newest) {
    SortField date = new SortField(ArchiveSchema.DATE, SortField.Type.LONG, newest);
    date.setMissingValue(newest ? Long.MIN_VALUE : Long.MAX_VALUE);
    return date;
  }
}
