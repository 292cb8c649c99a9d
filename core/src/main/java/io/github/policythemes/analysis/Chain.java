package io.github.policythemes.analysis;

/**
 * Which analysis chain turns a text into terms.
 *
 * <p>{@link #WORDS} gives the words a person reads (stemmed English, Nori morphemes for Korean,
 * SmartCN words for Chinese); {@link #BIGRAMS} gives overlapping character bigrams for Korean,
 * Chinese and Japanese (Lucene's {@code CJKBigramFilter}), about a hundred times cheaper than
 * morphological analysis and the most accurate classification features on Korean and Chinese news;
 * {@link #NOUNS} keeps only nouns where the language's analyzer knows parts of speech (Korean), for
 * topics and keywords. A model records the chain it was trained with per language.
 */
public enum Chain {
  /** Readable words: stop words, particles and endings removed, light stemming. */
  WORDS,
  /** Content nouns only (Korean: NNG, NNP, foreign words and Hanja); other languages as WORDS. */
  NOUNS,
  /** Character bigrams for CJK scripts, lower-cased words for everything else. */
  BIGRAMS;

  /**
   * Parses a chain name, ignoring case.
   *
   * @param name {@code words}, {@code nouns} or {@code bigrams}
   * @return the chain
   * @throws IllegalArgumentException if the name is not one of them
   */
  public static Chain parse(String name) {
    for (Chain chain : values()) {
      if (chain.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
        return chain;
      }
    }
    throw new IllegalArgumentException(
        "unknown analysis chain '" + name + "': use words, nouns or bigrams");
  }
}
