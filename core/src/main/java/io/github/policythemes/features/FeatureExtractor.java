package io.github.policythemes.features;

import io.github.policythemes.analysis.Chain;
import io.github.policythemes.analysis.Language;
import io.github.policythemes.analysis.TextAnalyzer;
import io.github.policythemes.taxonomy.Taxonomy;
import java.util.Objects;

/**
 * Turns text into a sparse feature vector: unigrams and bigrams of analysed terms, sublinear tf
 * times idf, L2-normalised.
 *
 * <p>Immutable and thread-safe; the per-document work happens in a caller-owned {@link
 * FeatureBuffer}, so extraction allocates nothing per term.
 *
 * <pre>{@code
 * FeatureBuffer buffer = extractor.newBuffer();   // one per thread
 * extractor.extract(text, Language.KO, buffer, false);
 * for (int i = 0; i < buffer.size(); i++) { use(buffer.index(i), buffer.value(i)); }
 * }</pre>
 */
public final class FeatureExtractor {
  private final FeatureSettings settings;
  private final Vocabulary vocabulary;
  private final KeywordFeatures keywords; // null unless settings.keywordFeatures()

  /**
   * Creates an extractor without keyword features.
   *
   * @param settings the analysis and weighting settings
   * @param vocabulary the features to look up
   * @throws IllegalArgumentException if the settings ask for keyword features (they need a
   *     taxonomy: use the other constructor)
   */
  public FeatureExtractor(FeatureSettings settings, Vocabulary vocabulary) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
    if (settings.keywordFeatures()) {
      throw new IllegalArgumentException("keyword features need a taxonomy");
    }
    this.keywords = null;
  }

  /**
   * Creates an extractor; when the settings ask for keyword features, the taxonomy's weighted
   * keywords are compiled for the settings' chains and add one feature per theme, numbered after
   * the vocabulary's features in the taxonomy's theme order.
   *
   * @param settings the analysis and weighting settings
   * @param vocabulary the features to look up
   * @param taxonomy the themes whose keywords give evidence
   */
  public FeatureExtractor(FeatureSettings settings, Vocabulary vocabulary, Taxonomy taxonomy) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
    Objects.requireNonNull(taxonomy, "taxonomy");
    this.keywords = settings.keywordFeatures() ? KeywordFeatures.compile(taxonomy, settings) : null;
  }

  /**
   * Returns the number of features: the vocabulary's, plus one per theme with keyword features.
   *
   * @return the feature count, the rows of a model's weight block
   */
  public int featureCount() {
    return vocabulary.size() + (keywords == null ? 0 : keywords.size());
  }

  /**
   * Names a feature for people: the vocabulary's term, or {@code [keywords] theme-id} for a keyword
   * feature.
   *
   * @param feature the feature index, {@code 0 <= feature < featureCount()}
   * @param taxonomy the taxonomy the keyword features come from
   * @return the name
   */
  public String describe(int feature, Taxonomy taxonomy) {
    if (feature < vocabulary.size()) {
      return vocabulary.term(feature);
    }
    return "[keywords] " + taxonomy.themes().get(feature - vocabulary.size()).id();
  }

  /**
   * Tells whether a feature is a keyword feature.
   *
   * @param feature the feature index
   * @return true for the keyword evidence of a theme
   */
  public boolean isKeywordFeature(int feature) {
    return feature >= vocabulary.size();
  }

  /**
   * Returns the settings.
   *
   * @return the settings
   */
  public FeatureSettings settings() {
    return settings;
  }

  /**
   * Returns the vocabulary.
   *
   * @return the vocabulary
   */
  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /**
   * Makes a buffer sized for this extractor's vocabulary.
   *
   * @return a new buffer, for one thread
   */
  public FeatureBuffer newBuffer() {
    FeatureBuffer buffer = new FeatureBuffer(featureCount());
    if (keywords != null) {
      buffer.collector.matcher = new KeywordFeatures.Matcher(keywords.size());
    }
    return buffer;
  }

  /**
   * Extracts the features of a text into a buffer, replacing what it held.
   *
   * @param text the text
   * @param language its language (decides the analysis chain)
   * @param buffer the buffer, made by {@link #newBuffer()}
   * @param recordOffsets true to also record where each feature occurred (for explanations)
   * @throws IllegalArgumentException if the buffer was made for another vocabulary size
   */
  public void extract(String text, Language language, FeatureBuffer buffer, boolean recordOffsets) {
    FeatureBuffer.Collector collector = buffer.collector;
    if (buffer.capacity() != featureCount() || (keywords != null) != (collector.matcher != null)) {
      throw new IllegalArgumentException(
          "buffer was made for " + buffer.capacity() + " features, not " + featureCount());
    }
    buffer.reset(recordOffsets);
    collector.vocabulary = vocabulary;
    Chain chain = settings.chainFor(language);
    collector.reset(settings.ngrams() >= 2, chain == Chain.BIGRAMS);
    KeywordFeatures.Table table = keywords == null ? null : keywords.table(language);
    collector.matching = table != null;
    if (table != null) {
      collector.matcher.reset(table);
    }
    TextAnalyzer.forLanguage(language).analyze(text, chain, collector);
    collector.finish(text);
    buffer.weigh(settings.sublinearTf());
    if (table != null) {
      buffer.addKeywordFeatures(
          collector.matcher, vocabulary.size(), (float) settings.keywordScale());
    }
  }
}
