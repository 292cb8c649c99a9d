package io.github.policythemes.features;

import io.github.policythemes.analysis.Chain;
import io.github.policythemes.analysis.Language;
import io.github.policythemes.analysis.TextAnalyzer;
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

  /**
   * Creates an extractor.
   *
   * @param settings the analysis and weighting settings
   * @param vocabulary the features to look up
   */
  public FeatureExtractor(FeatureSettings settings, Vocabulary vocabulary) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
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
    return new FeatureBuffer(vocabulary.size());
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
    if (buffer.capacity() != vocabulary.size()) {
      throw new IllegalArgumentException(
          "buffer was made for " + buffer.capacity() + " features, not " + vocabulary.size());
    }
    buffer.reset(recordOffsets);
    FeatureBuffer.Collector collector = buffer.collector;
    collector.vocabulary = vocabulary;
    Chain chain = settings.chainFor(language);
    collector.reset(settings.ngrams() >= 2, chain == Chain.BIGRAMS);
    TextAnalyzer.forLanguage(language).analyze(text, chain, collector);
    collector.finish(text);
    buffer.weigh(settings.sublinearTf());
  }
}
