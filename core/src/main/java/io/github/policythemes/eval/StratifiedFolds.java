package io.github.policythemes.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Stratified k-fold assignment: each fold gets about the same share of every label.
 *
 * <p>Documents are grouped by their rarest label (documents without a label form a group of their
 * own), each group is shuffled with the seed and dealt round-robin to the folds, carrying the deal
 * position from group to group so fold sizes stay within one of each other. Thread-safe (no state).
 */
public final class StratifiedFolds {
  private StratifiedFolds() {}

  /**
   * Assigns each document to a fold.
   *
   * @param labels the labels of each document
   * @param folds how many folds, at least 2
   * @param seed the shuffle seed
   * @return the fold of each document, in {@code [0, folds)}
   * @throws IllegalArgumentException if folds is below 2 or above the number of documents
   */
  public static int[] assign(List<List<String>> labels, int folds, long seed) {
    if (folds < 2 || folds > labels.size()) {
      throw new IllegalArgumentException(
          "folds must be between 2 and the number of documents ("
              + labels.size()
              + "), not "
              + folds);
    }
    Map<String, Integer> frequency = new HashMap<>();
    labels.forEach(set -> set.forEach(label -> frequency.merge(label, 1, Integer::sum)));
    Map<String, List<Integer>> groups = new java.util.TreeMap<>();
    for (int d = 0; d < labels.size(); d++) {
      String key = "";
      int best = Integer.MAX_VALUE;
      for (String label : labels.get(d)) {
        int count = frequency.get(label);
        if (count < best || (count == best && label.compareTo(key) < 0)) {
          best = count;
          key = label;
        }
      }
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
    }
    Random random = new Random(seed);
    int[] fold = new int[labels.size()];
    int next = 0;
    for (List<Integer> group : groups.values()) {
      Collections.shuffle(group, random);
      for (int d : group) {
        fold[d] = next;
        next = (next + 1) % folds;
      }
    }
    return fold;
  }
}
