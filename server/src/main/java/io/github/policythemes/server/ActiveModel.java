package io.github.policythemes.server;

import io.github.policythemes.classify.ThemeClassifier;
import io.github.policythemes.index.IndexedModel;
import io.github.policythemes.taxonomy.Taxonomy;
import java.util.List;
import java.util.Objects;

/**
 * The model the page and the API classify with, with what the label queue compares it to: the
 * zero-shot keyword model of the same taxonomy.
 *
 * @param name how the page names it: {@code default}, a file name, {@code keywords:TAXONOMY}
 * @param classifier the classifier
 * @param keywords the keyword classifier of its taxonomy, or null when the taxonomy has no keywords
 * @param record its fingerprint and description, as an archive records it
 */
record ActiveModel(
    String name, ThemeClassifier classifier, ThemeClassifier keywords, IndexedModel record) {
  ActiveModel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(classifier, "classifier");
    Objects.requireNonNull(record, "record");
  }

  static ActiveModel of(String name, ThemeClassifier classifier) {
    return new ActiveModel(
        name, classifier, keywordsOf(classifier.taxonomy()), IndexedModel.of(classifier));
  }

  Taxonomy taxonomy() {
    return classifier.taxonomy();
  }

  List<String> themeIds() {
    return classifier.taxonomy().themeIds();
  }

  private static ThemeClassifier keywordsOf(Taxonomy taxonomy) {
    try {
      return ThemeClassifier.keywords(taxonomy);
    } catch (IllegalArgumentException e) {
      return null; // a taxonomy made from training labels has no keywords
    }
  }
}
