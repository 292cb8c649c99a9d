package io.github.policythemes.classify;

import io.github.policythemes.article.Article;
import io.github.policythemes.taxonomy.Taxonomy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Says which themes an article is about, how sure it is, and why.
 *
 * <p>Three kinds stand behind this one interface: linear models trained on labelled data (the
 * default model is one), the zero-shot {@linkplain #keywords(Taxonomy) keyword classifier} made
 * from a taxonomy's weighted keywords, and OpenNLP doccat models kept as a baseline.
 *
 * <p>Implementations are immutable and thread-safe: one instance serves every thread.
 *
 * <pre>{@code
 * ThemeClassifier classifier = ThemeClassifier.defaultModel();
 * Classification result = classifier.classify(Article.of("지방소멸대응기금 배분 기준이 바뀐다"));
 * result.assigned().forEach(t -> System.out.println(t.label() + " " + t.score()));
 * }</pre>
 */
public interface ThemeClassifier {

  /**
   * Classifies one article.
   *
   * @param article the article
   * @return every theme with its score, best first, and which are assigned
   * @throws NullPointerException if article is null
   */
  Classification classify(Article article);

  /**
   * Classifies several articles, in order.
   *
   * @param articles the articles
   * @return one classification per article, in the same order
   */
  default List<Classification> classifyAll(List<Article> articles) {
    List<Classification> results = new ArrayList<>(articles.size());
    for (Article article : articles) {
      results.add(classify(article));
    }
    return results;
  }

  /**
   * Classifies an article and explains each assigned theme: the terms that pushed it (as they
   * appear in the article) and the sentences that carried most of the evidence.
   *
   * @param article the article
   * @return the classification with its evidence
   */
  Explanation explain(Article article);

  /**
   * Returns a classifier with the same model that assigns themes at other thresholds, to trade
   * precision for recall without retraining; scores do not change. The original is unchanged.
   *
   * @param thresholds the new thresholds; themes they do not name keep this classifier's own
   * @return the classifier with those thresholds, immutable and thread-safe
   * @throws IllegalArgumentException if a threshold names a theme this classifier does not know
   */
  ThemeClassifier withThresholds(Thresholds thresholds);

  /**
   * Returns the threshold of each theme, in the taxonomy's order: the score at which a theme is
   * assigned (for a single-label classifier, the score the top theme must reach).
   *
   * @return a copy of the thresholds
   */
  double[] thresholds();

  /**
   * Returns the themes this classifier knows.
   *
   * @return the taxonomy (for a model trained without one, made from the training labels)
   */
  Taxonomy taxonomy();

  /**
   * Returns what made this classifier: algorithm, settings, training data, metrics.
   *
   * @return the metadata
   */
  ModelMetadata metadata();

  /**
   * Loads a model bundle ({@code .ptm}).
   *
   * @param bundle the file
   * @return the classifier
   * @throws io.github.policythemes.bundle.ModelFormatException if the file is truncated, altered,
   *     of an unknown format version or otherwise not a model bundle (names the file and the
   *     problem)
   * @throws IOException if the file cannot be read
   */
  static ThemeClassifier load(Path bundle) throws IOException {
    return ClassifierBundle.read(bundle);
  }

  /**
   * Returns the default model: trained on the project's seed corpus for the {@code
   * regional-governance} taxonomy, shipped in the {@code policy-themes-models} jar. Loaded once and
   * shared.
   *
   * @return the default model
   * @throws IllegalStateException if the models jar is not on the classpath
   * @throws java.io.UncheckedIOException if the bundled model is damaged
   */
  static ThemeClassifier defaultModel() {
    return DefaultModelHolder.get();
  }

  /**
   * Makes a zero-shot classifier from a taxonomy's weighted keywords, for users without labelled
   * data.
   *
   * @param taxonomy the taxonomy; its themes need keywords in the languages to classify
   * @return the classifier
   * @throws IllegalArgumentException if no theme has a keyword
   */
  static ThemeClassifier keywords(Taxonomy taxonomy) {
    return KeywordThemeClassifier.create(taxonomy);
  }
}
