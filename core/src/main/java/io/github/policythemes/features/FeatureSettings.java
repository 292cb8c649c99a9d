package io.github.policythemes.features;

import io.github.policythemes.analysis.Chain;
import io.github.policythemes.analysis.Language;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How articles become feature vectors: the analysis chain per language, n-gram length,
 * term-frequency weighting and vocabulary cut-offs. Recorded in every model, so a model always
 * analyses text the way it was trained.
 *
 * @param chains the chain per language; languages not listed use {@code fallback}
 * @param fallback the chain of every other language
 * @param ngrams 1 for unigrams of terms, 2 for unigrams and bigrams (the default)
 * @param sublinearTf true to weigh a term by {@code 1 + ln(tf)} rather than {@code tf}
 * @param minDf a term must occur in at least this many training documents
 * @param maxFeatures keep at most this many features (the most frequent); 0 for no limit
 * @param keywordScale above 0 to add one feature per theme, the evidence of the taxonomy's weighted
 *     keywords found in the text, scaled by this factor (see {@link FeatureExtractor}); 0 for none.
 *     A smaller scale makes the learner pay more, in regularisation, for relying on keywords
 */
public record FeatureSettings(
    Map<Language, Chain> chains,
    Chain fallback,
    int ngrams,
    boolean sublinearTf,
    int minDf,
    int maxFeatures,
    double keywordScale) {

  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException if a number is out of range
   */
  public FeatureSettings {
    Objects.requireNonNull(fallback, "fallback");
    EnumMap<Language, Chain> copy = new EnumMap<>(Language.class);
    copy.putAll(Objects.requireNonNull(chains, "chains"));
    chains = Map.copyOf(copy);
    if (ngrams < 1 || ngrams > 2) {
      throw new IllegalArgumentException("ngrams must be 1 or 2, not " + ngrams);
    }
    if (minDf < 1) {
      throw new IllegalArgumentException("minDf must be at least 1, not " + minDf);
    }
    if (maxFeatures < 0) {
      throw new IllegalArgumentException("maxFeatures must be 0 (no limit) or more");
    }
    if (!(keywordScale >= 0 && keywordScale <= 10)) {
      throw new IllegalArgumentException("keywordScale must be in [0, 10], not " + keywordScale);
    }
  }

  /**
   * Returns the defaults: readable words for English and other alphabetic languages, character
   * bigrams for Korean, Chinese and Japanese; unigrams and bigrams of terms; sublinear tf; terms
   * seen in at least two documents; no feature limit.
   *
   * @return the default settings
   */
  public static FeatureSettings defaults() {
    return new FeatureSettings(
        Map.of(Language.KO, Chain.BIGRAMS, Language.ZH, Chain.BIGRAMS, Language.JA, Chain.BIGRAMS),
        Chain.WORDS,
        2,
        true,
        2,
        0,
        0);
  }

  /**
   * Returns the chain used for a language.
   *
   * @param language the language
   * @return its chain
   */
  public Chain chainFor(Language language) {
    return chains.getOrDefault(language, fallback);
  }

  /**
   * Returns a copy with another minimum document frequency.
   *
   * @param value the new minimum
   * @return the copy
   */
  public FeatureSettings withMinDf(int value) {
    return new FeatureSettings(
        chains, fallback, ngrams, sublinearTf, value, maxFeatures, keywordScale);
  }

  /**
   * Returns a copy with another chain for a language.
   *
   * @param language the language
   * @param chain its chain
   * @return the copy
   */
  public FeatureSettings withChain(Language language, Chain chain) {
    EnumMap<Language, Chain> copy = new EnumMap<>(Language.class);
    copy.putAll(chains);
    copy.put(language, chain);
    return new FeatureSettings(
        copy, fallback, ngrams, sublinearTf, minDf, maxFeatures, keywordScale);
  }

  /**
   * Returns a copy with another n-gram length.
   *
   * @param value 1 or 2
   * @return the copy
   */
  public FeatureSettings withNgrams(int value) {
    return new FeatureSettings(
        chains, fallback, value, sublinearTf, minDf, maxFeatures, keywordScale);
  }

  /**
   * Returns a copy with another keyword-feature scale.
   *
   * @param value the scale of the taxonomy's keyword evidence, one feature per theme; 0 for none
   * @return the copy
   * @throws IllegalArgumentException if value is not in [0, 10]
   */
  public FeatureSettings withKeywordScale(double value) {
    return new FeatureSettings(chains, fallback, ngrams, sublinearTf, minDf, maxFeatures, value);
  }

  /**
   * Tells whether the taxonomy's keywords add features.
   *
   * @return true when {@link #keywordScale()} is above 0
   */
  public boolean keywordFeatures() {
    return keywordScale > 0;
  }
}
