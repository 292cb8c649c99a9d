package io.github.policythemes.training;

import io.github.policythemes.classify.DoccatThemeClassifier;
import io.github.policythemes.classify.ModelMetadata;
import io.github.policythemes.classify.ThemeClassifier;
import io.github.policythemes.eval.Evaluation;
import io.github.policythemes.eval.LabelledArticle;
import io.github.policythemes.taxonomy.Taxonomy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains OpenNLP doccat (maximum entropy over bag-of-words, {@code SimpleTokenizer}) as the
 * baseline: single-label only, with the settings the project measured against (cutoff 0, 100
 * iterations).
 */
final class DoccatTraining {
  static final int ITERATIONS = 100;

  private DoccatTraining() {}

  static DoccatModel train(List<LabelledArticle> articles) {
    List<DocumentSample> samples = new ArrayList<>(articles.size());
    for (LabelledArticle article : articles) {
      samples.add(
          new DocumentSample(
              article.labels().get(0),
              SimpleTokenizer.INSTANCE.tokenize(article.article().content())));
    }
    TrainingParameters parameters = TrainingParameters.defaultParams();
    parameters.put(TrainingParameters.CUTOFF_PARAM, 0);
    parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
    try {
      return DocumentCategorizerME.train(
          "und", ObjectStreamUtils.createObjectStream(samples), parameters, new DoccatFactory());
    } catch (IOException e) {
      throw new UncheckedIOException("doccat training failed", e);
    }
  }

  /** Out-of-fold predictions over the given folds. */
  static Evaluation crossValidate(
      List<LabelledArticle> articles,
      Taxonomy taxonomy,
      int[] fold,
      int folds,
      ModelMetadata stub) {
    List<List<String>> gold = new ArrayList<>();
    List<List<String>> predicted =
        new ArrayList<>(java.util.Collections.nCopies(articles.size(), List.<String>of()));
    articles.forEach(article -> gold.add(article.labels()));
    for (int f = 0; f < folds; f++) {
      List<LabelledArticle> train = new ArrayList<>();
      for (int i = 0; i < articles.size(); i++) {
        if (fold[i] != f) {
          train.add(articles.get(i));
        }
      }
      ThemeClassifier model = DoccatThemeClassifier.of(taxonomy, train(train), stub);
      for (int i = 0; i < articles.size(); i++) {
        if (fold[i] == f) {
          predicted.set(i, model.classify(articles.get(i).article()).assignedIds());
        }
      }
    }
    return Evaluation.of(taxonomy.themeIds(), gold, predicted, false);
  }
}
