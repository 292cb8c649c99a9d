package io.github.policythemes.topics;

import java.util.Arrays;

/**
 * Extra topic-word prior mass for seed words: word w gets {@code weights[p]} pseudo-counts in topic
 * {@code topics[p]} for p in {@code start[w] .. start[w + 1]}. Immutable.
 */
final class SeedPrior {
  final int[] start;
  final int[] topics;
  final double[] weights;

  /** The prior mass per topic: the sum of the seed weights in it. */
  final double[] mass;

  SeedPrior(int[] start, int[] topics, double[] weights, int numTopics) {
    this.start = start;
    this.topics = topics;
    this.weights = weights;
    this.mass = new double[numTopics];
    for (int p = 0; p < topics.length; p++) {
      if (topics[p] < 0 || topics[p] >= numTopics || !(weights[p] > 0)) {
        throw new IllegalArgumentException(
            "bad seed entry: topic " + topics[p] + ", weight " + weights[p]);
      }
      mass[topics[p]] += weights[p];
    }
  }

  static SeedPrior none(int vocabularySize, int numTopics) {
    return new SeedPrior(new int[vocabularySize + 1], new int[0], new double[0], numTopics);
  }

  /** Returns the seed weight of a word in a topic, 0 when it is not a seed there. */
  double weight(int word, int topic) {
    for (int p = start[word]; p < start[word + 1]; p++) {
      if (topics[p] == topic) {
        return weights[p];
      }
    }
    return 0;
  }

  int maxSeedsPerWord() {
    int max = 0;
    for (int w = 0; w + 1 < start.length; w++) {
      max = Math.max(max, start[w + 1] - start[w]);
    }
    return max;
  }

  @Override
  public String toString() {
    return "SeedPrior[" + topics.length + " entries, mass " + Arrays.toString(mass) + "]";
  }
}
