package io.github.policythemes.benchmarks;

import io.github.policythemes.analysis.Language;
import io.github.policythemes.analysis.LanguageDetector;
import io.github.policythemes.article.Article;
import io.github.policythemes.eval.LabelledArticle;
import io.github.policythemes.eval.LabelledData;
import io.github.policythemes.features.FeatureBuffer;
import io.github.policythemes.features.FeatureExtractor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import smile.classification.SparseLogisticRegression;
import smile.data.SparseDataset;
import smile.util.SparseArray;

/**
 * Smile's multinomial {@code SparseLogisticRegression} (its default settings) on exactly our
 * features: the policy-themes model's {@link FeatureExtractor} turns each text into tf-idf weights,
 * Smile classifies them. The difference from policy-themes is the classifier, not the features.
 */
final class SmileLogisticPeer implements DocumentClassifier {
  private final FeatureExtractor extractor;
  private final FeatureBuffer buffer;
  private final SparseLogisticRegression model;

  private SmileLogisticPeer(FeatureExtractor extractor, SparseLogisticRegression model) {
    this.extractor = extractor;
    this.buffer = extractor.newBuffer();
    this.model = model;
  }

  static SmileLogisticPeer train(LabelledData data, FeatureExtractor extractor) {
    FeatureBuffer buffer = extractor.newBuffer();
    Map<String, Integer> labels = new LinkedHashMap<>();
    List<SparseArray> rows = new ArrayList<>();
    int[] y = new int[data.articles().size()];
    for (LabelledArticle labelled : data.articles()) {
      Article article = labelled.article();
      String content = article.content();
      Language language =
          article.language() != null
              ? article.language()
              : LanguageDetector.standard().detect(content);
      rows.add(features(extractor, buffer, content, language));
      y[rows.size() - 1] = labels.computeIfAbsent(Corpus.singleLabel(labelled), l -> labels.size());
    }
    SparseDataset dataset = SparseDataset.of(rows, extractor.vocabulary().size());
    return new SmileLogisticPeer(extractor, SparseLogisticRegression.fit(dataset, y));
  }

  @Override
  public Object classify(Article article) {
    String text = article.text();
    Language language = LanguageDetector.standard().detect(text);
    return model.predict(features(extractor, buffer, text, language));
  }

  private static SparseArray features(
      FeatureExtractor extractor, FeatureBuffer buffer, String text, Language language) {
    extractor.extract(text, language, buffer, false);
    SparseArray row = new SparseArray(buffer.size());
    for (int i = 0; i < buffer.size(); i++) {
      row.append(buffer.index(i), buffer.value(i));
    }
    return row;
  }
}
