package io.github.policythemes.topics;

import java.util.Arrays;
import java.util.Objects;

/**
 * The topic distribution of one document: a probability per topic, summing to 1. Immutable and
 * thread-safe.
 */
public final class DocumentTopics {
  private final String id;
  private final double[] probabilities;

  /**
   * Creates a distribution.
   *
   * @param id the document id
   * @param probabilities a probability per topic; copied
   * @throws IllegalArgumentException if there are no topics, a value is negative or not finite, or
   *     the values do not sum to 1 (within 1e-6)
   */
  public DocumentTopics(String id, double[] probabilities) {
    this.id = Objects.requireNonNull(id, "id");
    this.probabilities = probabilities.clone();
    if (this.probabilities.length == 0) {
      throw new IllegalArgumentException("a topic distribution needs at least one topic");
    }
    double sum = 0;
    for (double p : this.probabilities) {
      if (!(p >= 0) || Double.isInfinite(p)) {
        throw new IllegalArgumentException("bad topic probability " + p + " for document " + id);
      }
      sum += p;
    }
    if (Math.abs(sum - 1) > 1e-6) {
      throw new IllegalArgumentException("topic probabilities of " + id + " sum to " + sum);
    }
  }

  /**
   * Returns the document id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the number of topics.
   *
   * @return the number of probabilities
   */
  public int size() {
    return probabilities.length;
  }

  /**
   * Returns the probability of one topic.
   *
   * @param topic the topic index
   * @return its probability
   * @throws IndexOutOfBoundsException if there is no such topic
   */
  public double probability(int topic) {
    return probabilities[topic];
  }

  /**
   * Returns the most probable topic (the lowest index on a tie).
   *
   * @return its index
   */
  public int topTopic() {
    int best = 0;
    for (int t = 1; t < probabilities.length; t++) {
      if (probabilities[t] > probabilities[best]) {
        best = t;
      }
    }
    return best;
  }

  /**
   * Returns the probabilities.
   *
   * @return a copy, one value per topic
   */
  public double[] toArray() {
    return probabilities.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DocumentTopics that
        && id.equals(that.id)
        && Arrays.equals(probabilities, that.probabilities);
  }

  @Override
  public int hashCode() {
    return 31 * id.hashCode() + Arrays.hashCode(probabilities);
  }

  @Override
  public String toString() {
    return "DocumentTopics[" + id + ", top " + topTopic() + "]";
  }
}
