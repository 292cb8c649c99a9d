package io.github.policythemes.topics;

import java.util.List;
import java.util.Objects;

/**
 * One topic of a topic model: its top words and how coherent they are. Immutable and thread-safe.
 *
 * <p>Coherence is measured over the training corpus on the top ten words, with document
 * co-occurrence. UMass (Mimno et al. 2011) is the mean over word pairs of {@code log((D(a, b) + 1)
 * / D(b))}, where b is the more probable word: at most 0, closer to 0 is better. NPMI (Bouma 2009;
 * Aletras and Stevenson 2013) is the mean normalised pointwise mutual information of the pairs, in
 * [-1, 1], higher is better.
 *
 * @param index the topic's index in the model, from 0
 * @param themeId the theme that anchors the topic in a seeded model; empty for a free topic
 * @param words the top words, most probable first
 * @param share the share of the training tokens assigned to the topic, in [0, 1]
 * @param umass the UMass coherence; NaN when not measured (a model trained on another corpus)
 * @param npmi the NPMI coherence; NaN when not measured
 */
public record Topic(
    int index, String themeId, List<TopicWord> words, double share, double umass, double npmi) {
  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException if index is negative or share is not in [0, 1]
   */
  public Topic {
    if (index < 0) {
      throw new IllegalArgumentException("topic index is negative: " + index);
    }
    Objects.requireNonNull(themeId, "themeId");
    words = List.copyOf(words);
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("topic share must be in [0, 1]: " + share);
    }
  }

  /**
   * Tells whether a theme's keywords anchor this topic.
   *
   * @return true for a seeded topic
   */
  public boolean isSeeded() {
    return !themeId.isEmpty();
  }

  /**
   * Returns a short name: the theme id for a seeded topic, else the first three words.
   *
   * @return a display name such as {@code topic 3: market, shares, profit}
   */
  public String name() {
    String top =
        String.join(
            ", ",
            words.subList(0, Math.min(3, words.size())).stream().map(TopicWord::surface).toList());
    return "topic " + index + (isSeeded() ? " [" + themeId + "]" : "") + ": " + top;
  }
}
