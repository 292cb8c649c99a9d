package io.github.policythemes.spark;

import io.github.policythemes.analysis.Language;
import io.github.policythemes.article.Article;
import io.github.policythemes.classify.Classification;
import io.github.policythemes.classify.EvidenceSentence;
import io.github.policythemes.classify.Explanation;
import io.github.policythemes.classify.TermContribution;
import io.github.policythemes.classify.ThemeClassifier;
import io.github.policythemes.classify.ThemeEvidence;
import io.github.policythemes.classify.ThemeScore;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Classifies the values of one row and returns the {@link ThemesSchema#RESULT} struct: the only
 * place where Spark rows meet core's classification types. One per task; not thread-safe (it is
 * cheap: the classifier is shared, and its scratch buffers are per thread inside core).
 */
final class RowClassifier {
  private static final Object[] EMPTY = new Object[0];

  /** What the transformer's params say, in a form the tasks can carry. */
  record Settings(
      String textColumn,
      String textType,
      String titleColumn,
      String titleType,
      String langColumn,
      String langType,
      double minScore,
      int topK,
      boolean explain,
      int maxTextLength)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  private final ThemeClassifier classifier;
  private final Settings settings;

  RowClassifier(ThemeClassifier classifier, Settings settings) {
    this.classifier = classifier;
    this.settings = settings;
  }

  /**
   * Classifies one row's values.
   *
   * @param text the text column's value, of any type
   * @param title the title column's value, or null
   * @param lang the language column's value, or null
   * @return the result struct; with {@code error} set when the row could not be classified
   */
  Row classify(Object text, Object title, Object lang) {
    if (text == null) {
      return error("text is null");
    }
    if (!(text instanceof String body)) {
      return error(notString(settings.textColumn(), settings.textType()));
    }
    if (title != null && !(title instanceof String)) {
      return error(notString(settings.titleColumn(), settings.titleType()));
    }
    if (lang != null && !(lang instanceof String)) {
      return error(notString(settings.langColumn(), settings.langType()));
    }
    String heading = title == null ? "" : ((String) title).strip();
    if (body.isBlank() && heading.isEmpty()) {
      return error("empty text");
    }
    long length = (long) body.length() + heading.length();
    if (length > settings.maxTextLength()) {
      return error(
          "text of "
              + length
              + " characters is longer than maxTextLength ("
              + settings.maxTextLength()
              + ")");
    }
    Language language = null;
    String code = (String) lang;
    if (code != null && !code.isBlank() && !code.strip().equalsIgnoreCase("auto")) {
      try {
        language = Language.fromCodeOrOther(code);
      } catch (IllegalArgumentException e) {
        return error("invalid " + settings.langColumn() + " '" + code + "'");
      }
    }
    Article article = new Article("", heading, body, language, null);
    try {
      if (settings.explain()) {
        Explanation explanation = classifier.explain(article);
        return result(explanation.classification(), evidence(explanation));
      }
      return result(classifier.classify(article), null);
    } catch (RuntimeException e) {
      return error("classification failed: " + e);
    }
  }

  private Row result(Classification classification, Object[] explanation) {
    List<ThemeScore> scores = classification.scores();
    int limit = settings.topK() > 0 ? Math.min(settings.topK(), scores.size()) : scores.size();
    List<Row> themes = new ArrayList<>(limit);
    List<String> assigned = new ArrayList<>(4);
    for (int i = 0; i < scores.size(); i++) {
      ThemeScore score = scores.get(i);
      if (i < limit && score.score() >= settings.minScore()) {
        themes.add(
            RowFactory.create(score.themeId(), score.label(), score.score(), score.assigned()));
      }
      if (score.assigned()) {
        assigned.add(score.themeId());
      }
    }
    return RowFactory.create(
        classification.language().code(),
        themes.toArray(),
        assigned.toArray(new String[0]),
        explanation,
        null);
  }

  private static Object[] evidence(Explanation explanation) {
    List<ThemeEvidence> themes = explanation.themes();
    Object[] rows = new Object[themes.size()];
    for (int t = 0; t < rows.length; t++) {
      ThemeEvidence theme = themes.get(t);
      Object[] terms = new Object[theme.terms().size()];
      for (int i = 0; i < terms.length; i++) {
        TermContribution term = theme.terms().get(i);
        terms[i] = RowFactory.create(term.term(), term.contribution());
      }
      Object[] sentences = new Object[theme.sentences().size()];
      for (int i = 0; i < sentences.length; i++) {
        EvidenceSentence sentence = theme.sentences().get(i);
        sentences[i] =
            RowFactory.create(sentence.text(), sentence.start(), sentence.end(), sentence.weight());
      }
      rows[t] = RowFactory.create(theme.themeId(), theme.label(), theme.score(), terms, sentences);
    }
    return rows;
  }

  private static Row error(String reason) {
    return RowFactory.create(null, EMPTY, EMPTY, null, reason);
  }

  private static String notString(String column, String type) {
    return "column '" + column + "' is " + type + ", not a string";
  }
}
