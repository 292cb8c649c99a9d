package io.github.policythemes.keywords;

import static io.github.policythemes.internal.Checks.requireArgument;
import static io.github.policythemes.internal.Checks.requireState;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the terms that distinguish each group of documents (a theme, a period, a topic) from the
 * rest of the corpus, by log-likelihood keyness.
 *
 * <p>Immutable and thread-safe. Made by a builder:
 *
 * <pre>{@code
 * GroupTermCounts counts = new GroupTermCounts();
 * for (Article article : articles) {
 *   counts.add(themesOf(article), article);
 * }
 * Map<String, List<KeyTerm>> distinctive =
 *     KeynessAnalyzer.builder().top(10).build().distinctive(counts);
 * }</pre>
 */
public final class KeynessAnalyzer {
  /*
   * Log-likelihood keyness: T. Dunning, "Accurate methods for the statistics of surprise and
   * coincidence", Computational Linguistics 19(1), 1993; in the two-corpus form of P. Rayson, R.
   * Garside, "Comparing corpora using frequency profiling", 2000. With a = count in the group, b =
   * count in the rest, c and d the group and rest sizes, E1 = c (a + b) / (c + d), E2 = d (a + b)
   * / (c + d):
   *
   *   G2 = 2 (a ln(a / E1) + b ln(b / E2))
   *
   * Only terms relatively more frequent in the group than in the rest are kept (positive
   * keyness), ranked by G2, ties broken by the effect size log2 ratio of A. Hardie, "Log Ratio: an
   * informal introduction", 2014, with 0.5 added to each count so a term absent from the rest
   * still gets a finite ratio.
   */
  /** The default number of terms per group. */
  public static final int DEFAULT_TOP = 10;

  /** The default minimum count of a term in a group. */
  public static final int DEFAULT_MIN_FREQUENCY = 2;

  private final int top;
  private final int minFrequency;

  private KeynessAnalyzer(int top, int minFrequency) {
    this.top = top;
    this.minFrequency = minFrequency;
  }

  /**
   * Starts a builder with {@value #DEFAULT_TOP} terms per group and a minimum count of {@value
   * #DEFAULT_MIN_FREQUENCY}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Ranks the distinctive terms of every group.
   *
   * @param counts the corpus and group counts
   * @return per group, in the order first seen, its most distinctive terms, best first; a group
   *     without any gets an empty list
   */
  public Map<String, List<KeyTerm>> distinctive(GroupTermCounts counts) {
    Map<String, List<KeyTerm>> result = new LinkedHashMap<>();
    for (String group : counts.groups.keySet()) {
      result.put(group, distinctive(counts, group));
    }
    return result;
  }

  /**
   * Ranks the distinctive terms of one group.
   *
   * @param counts the corpus and group counts
   * @param group the group
   * @return its most distinctive terms, best first; empty when the group is unknown or nothing
   *     stands out
   */
  public List<KeyTerm> distinctive(GroupTermCounts counts, String group) {
    Map<String, Integer> inGroup = counts.groups.get(group);
    if (inGroup == null) {
      return List.of();
    }
    double c = counts.groupTotals.getOrDefault(group, 0L);
    double d = counts.corpusTotal - c;
    List<KeyTerm> terms = new ArrayList<>();
    for (Map.Entry<String, Integer> entry : inGroup.entrySet()) {
      int a = entry.getValue();
      if (a < minFrequency) {
        continue;
      }
      int b = counts.corpus.getOrDefault(entry.getKey(), a) - a;
      if (d > 0 && a / c <= b / d) {
        continue;
      }
      double g2 = logLikelihood(a, b, c, d);
      double ratio = d > 0 ? log2(((a + 0.5) / c) / ((b + 0.5) / d)) : 0;
      terms.add(new KeyTerm(entry.getKey(), counts.surface(entry.getKey()), a, b, g2, ratio));
    }
    terms.sort(
        Comparator.comparingDouble(KeyTerm::logLikelihood)
            .reversed()
            .thenComparing(Comparator.comparingDouble(KeyTerm::logRatio).reversed())
            .thenComparing(KeyTerm::term));
    return List.copyOf(terms.subList(0, Math.min(top, terms.size())));
  }

  static double logLikelihood(double a, double b, double c, double d) {
    double e1 = c * (a + b) / (c + d);
    double e2 = d * (a + b) / (c + d);
    double g2 = 0;
    if (a > 0) {
      g2 += a * Math.log(a / e1);
    }
    if (b > 0) {
      g2 += b * Math.log(b / e2);
    }
    return 2 * g2;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  /**
   * Configures a {@link KeynessAnalyzer}. Each setter validates at once and may be called once. Not
   * thread-safe.
   */
  public static final class Builder {
    private Integer top;
    private Integer minFrequency;

    private Builder() {}

    /**
     * Sets how many terms to return per group.
     *
     * @param count at least 1; default {@value #DEFAULT_TOP}
     * @return this builder
     * @throws IllegalArgumentException if count is less than 1
     * @throws IllegalStateException if it was already set
     */
    public Builder top(int count) {
      requireState(top == null, "top was already set to %s", top);
      requireArgument(count >= 1, "top must be >= 1: %s", count);
      top = count;
      return this;
    }

    /**
     * Sets how often a term must occur in a group to be considered.
     *
     * @param count at least 1; default {@value #DEFAULT_MIN_FREQUENCY}
     * @return this builder
     * @throws IllegalArgumentException if count is less than 1
     * @throws IllegalStateException if it was already set
     */
    public Builder minFrequency(int count) {
      requireState(minFrequency == null, "minFrequency was already set to %s", minFrequency);
      requireArgument(count >= 1, "minFrequency must be >= 1: %s", count);
      minFrequency = count;
      return this;
    }

    /**
     * Returns the analyzer.
     *
     * @return an immutable analyzer
     */
    public KeynessAnalyzer build() {
      return new KeynessAnalyzer(
          top == null ? DEFAULT_TOP : top,
          minFrequency == null ? DEFAULT_MIN_FREQUENCY : minFrequency);
    }
  }
}
