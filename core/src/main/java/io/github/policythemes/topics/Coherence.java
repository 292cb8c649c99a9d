package io.github.policythemes.topics;

import com.carrotsearch.hppc.IntArrayList;
import java.util.Arrays;

/** UMass and NPMI coherence of topics' top words over a corpus, by document co-occurrence. */
final class Coherence {
  /*
   * UMass: D. Mimno, H. Wallach, E. Talley, M. Leenders, A. McCallum, "Optimizing semantic
   * coherence in topic models", EMNLP 2011: C = sum_{m=2..M} sum_{l<m} log((D(v_m, v_l) + 1) /
   * D(v_l)), with v_1 the most probable word. We report the mean over the M(M-1)/2 pairs, so
   * values do not depend on M.
   *
   * NPMI: G. Bouma, "Normalized (pointwise) mutual information in collocation extraction", 2009;
   * used for topics by N. Aletras, M. Stevenson, "Evaluating topic coherence using distributional
   * semantics", IWCS 2013, and M. Röder, A. Both, A. Hinneburg, "Exploring the space of topic
   * coherence measures", WSDM 2015. NPMI(a, b) = log(P(a, b) / (P(a) P(b))) / -log P(a, b), with
   * probabilities estimated from documents (boolean document co-occurrence, not a sliding
   * window), -1 for pairs that never co-occur; the mean over pairs.
   */
  /** The number of top words coherence is measured on. */
  static final int TOP_WORDS = 10;

  private Coherence() {}

  /**
   * Measures each topic.
   *
   * @param topWords per topic, its top word ids, most probable first
   * @param words the corpus tokens
   * @param docStart the document bounds
   * @param vocabularySize the vocabulary size
   * @return {@code [0][t]} UMass and {@code [1][t]} NPMI of topic t
   */
  static double[][] measure(int[][] topWords, int[] words, int[] docStart, int vocabularySize) {
    int[] slot = new int[vocabularySize];
    Arrays.fill(slot, -1);
    int slots = 0;
    for (int[] topic : topWords) {
      for (int w : topic) {
        if (slot[w] < 0) {
          slot[w] = slots++;
        }
      }
    }
    IntArrayList[] postings = new IntArrayList[slots];
    for (int i = 0; i < slots; i++) {
      postings[i] = new IntArrayList();
    }
    int documents = docStart.length - 1;
    for (int d = 0; d < documents; d++) {
      for (int i = docStart[d]; i < docStart[d + 1]; i++) {
        int s = slot[words[i]];
        if (s >= 0) {
          IntArrayList list = postings[s];
          if (list.isEmpty() || list.get(list.size() - 1) != d) {
            list.add(d);
          }
        }
      }
    }
    double[][] result = new double[2][topWords.length];
    for (int t = 0; t < topWords.length; t++) {
      int[] top = topWords[t];
      double umass = 0;
      double npmi = 0;
      int pairs = 0;
      for (int m = 1; m < top.length; m++) {
        for (int l = 0; l < m; l++) {
          IntArrayList a = postings[slot[top[m]]];
          IntArrayList b = postings[slot[top[l]]];
          int both = intersection(a, b);
          umass += Math.log((both + 1.0) / Math.max(1, b.size()));
          npmi += npmi(a.size(), b.size(), both, documents);
          pairs++;
        }
      }
      result[0][t] = pairs == 0 ? Double.NaN : umass / pairs;
      result[1][t] = pairs == 0 ? Double.NaN : npmi / pairs;
    }
    return result;
  }

  static double npmi(int countA, int countB, int both, int documents) {
    if (both == 0) {
      return -1;
    }
    double pa = countA / (double) documents;
    double pb = countB / (double) documents;
    double pab = both / (double) documents;
    if (pab >= 1) {
      return 1;
    }
    return Math.log(pab / (pa * pb)) / -Math.log(pab);
  }

  private static int intersection(IntArrayList a, IntArrayList b) {
    int i = 0;
    int j = 0;
    int both = 0;
    while (i < a.size() && j < b.size()) {
      int x = a.get(i);
      int y = b.get(j);
      if (x == y) {
        both++;
        i++;
        j++;
      } else if (x < y) {
        i++;
      } else {
        j++;
      }
    }
    return both;
  }
}
