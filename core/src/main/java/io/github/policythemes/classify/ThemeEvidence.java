package io.github.policythemes.classify;

import java.util.List;
import java.util.Objects;

/**
 * Why one theme was given: the terms that pushed it and the sentences that carried them.
 *
 * @param themeId the theme id
 * @param label the theme's label
 * @param score the theme's score
 * @param terms the terms with the largest contributions, largest first
 * @param sentences one to three sentences with the most evidence, in text order
 */
public record ThemeEvidence(
    String themeId,
    String label,
    double score,
    List<TermContribution> terms,
    List<EvidenceSentence> sentences) {
  /** Validates and copies. */
  public ThemeEvidence {
    Objects.requireNonNull(themeId, "themeId");
    Objects.requireNonNull(label, "label");
    terms = List.copyOf(terms);
    sentences = List.copyOf(sentences);
  }
}
