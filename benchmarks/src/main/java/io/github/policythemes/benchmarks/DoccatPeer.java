package io.github.policythemes.benchmarks;

import io.github.policythemes.article.Article;
import io.github.policythemes.eval.LabelledArticle;
import io.github.policythemes.eval.LabelledData;
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
 * OpenNLP document categorizer (maximum entropy over a bag of words, OpenNLP's default training
 * parameters) with its own tokenization, {@code SimpleTokenizer}, trained single-label.
 */
final class DoccatPeer implements DocumentClassifier {
  private final DocumentCategorizerME categorizer;

  private DoccatPeer(DoccatModel model) {
    this.categorizer = new DocumentCategorizerME(model);
  }

  static DoccatPeer train(LabelledData data) {
    List<DocumentSample> samples = new ArrayList<>();
    for (LabelledArticle article : data.articles()) {
      samples.add(
          new DocumentSample(
              Corpus.singleLabel(article),
              SimpleTokenizer.INSTANCE.tokenize(article.article().content())));
    }
    TrainingParameters parameters = TrainingParameters.defaultParams();
    parameters.put(TrainingParameters.THREADS_PARAM, 1);
    try {
      return new DoccatPeer(
          DocumentCategorizerME.train(
              "x", ObjectStreamUtils.createObjectStream(samples), parameters, new DoccatFactory()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Object classify(Article article) {
    double[] probabilities =
        categorizer.categorize(SimpleTokenizer.INSTANCE.tokenize(article.text()));
    return categorizer.getBestCategory(probabilities);
  }
}
