package io.github.policythemes.topics;

import java.util.SplittableRandom;

/**
 * Samples the topics of one block of documents by SparseLDA: a sweep over the block against its own
 * copy of the topic-word counts (or the shared counts when it is the only worker).
 */
final class SamplerWorker {
  /*
   * SparseLDA (L. Yao, D. Mimno, A. McCallum, "Efficient methods for topic model inference on
   * streaming document collections", KDD 2009, sect. 3.4). The collapsed Gibbs conditional
   *
   *   p(z = t | ...) ∝ (alpha_t + n_td) (beta_wt + n_wt) / (betaSum_t + n_t)
   *
   * with beta_wt = beta + lambda_wt (lambda > 0 only for seed words of seeded topics) splits into
   *
   *   s = sum_t alpha_t beta / (betaSum_t + n_t)                     "smoothing only"
   *   r = sum_{t: n_td > 0} n_td beta / (betaSum_t + n_t)             "document topic"
   *   q = sum_{t: n_wt + lambda_wt > 0} c_t (n_wt + lambda_wt)        "topic word"
   *
   * where c_t = (alpha_t + n_td) / (betaSum_t + n_t) is cached per topic and updated when one of
   * its counts changes. s and r are kept up to date in O(1) per change; q is recomputed for each
   * token over the topics in which the word occurs (a short list: the word's non-zero topics,
   * kept in a dense slab next to the dense counts), plus the word's seed topics. Most of the mass
   * lies in q, so the O(K) walk over s is rare.
   *
   * Several workers follow approximate distributed LDA (AD-LDA; D. Newman, A. Asuncion, P. Smyth,
   * M. Welling, "Distributed algorithms for topic models", JMLR 10, 2009): each samples its block
   * of documents against a private copy of the global counts taken at the start of the sweep;
   * after the sweep the per-worker changes are summed into the global counts. The result is
   * deterministic for a given seed and number of workers: blocks are fixed, each worker draws
   * from its own generator seeded by (seed, sweep, worker), and integer sums do not depend on the
   * order the workers finish in.
   */
  private final GibbsSampler model;
  private final int docFrom;
  private final int docTo;
  final int[] nwt;
  final int[] nt;
  private final int[] wordNz;
  private final int[] wordNzCount;
  private final double[] invDenominator;
  private final double[] coefficient;
  private final int[] ndt;
  private final int[] docNz;
  private final double[] qValues;
  private final boolean shared;

  SamplerWorker(GibbsSampler model, int docFrom, int docTo, boolean shared) {
    this.model = model;
    this.docFrom = docFrom;
    this.docTo = docTo;
    this.shared = shared;
    int k = model.numTopics;
    int cells = model.vocabularySize * k;
    this.nwt = shared ? model.nwt : new int[cells];
    this.nt = shared ? model.nt : new int[k];
    this.wordNz = new int[cells];
    this.wordNzCount = new int[model.vocabularySize];
    this.invDenominator = new double[k];
    this.coefficient = new double[k];
    this.ndt = new int[k];
    this.docNz = new int[k];
    this.qValues = new double[k + model.prior.maxSeedsPerWord()];
  }

  /** Takes the global counts (when not shared) and rebuilds the word topic lists. */
  void prepare() {
    int k = model.numTopics;
    if (!shared) {
      System.arraycopy(model.nwt, 0, nwt, 0, nwt.length);
      System.arraycopy(model.nt, 0, nt, 0, k);
    }
    for (int w = 0; w < model.vocabularySize; w++) {
      int base = w * k;
      int n = 0;
      for (int t = 0; t < k; t++) {
        if (nwt[base + t] != 0) {
          wordNz[base + n++] = t;
        }
      }
      wordNzCount[w] = n;
    }
  }

  /** Samples every document of the block once. */
  void sweep(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] alpha = model.alpha;
    double[] mass = model.prior.mass;
    double betaSum = model.betaSum;
    for (int t = 0; t < alpha.length; t++) {
      invDenominator[t] = 1 / (betaSum + mass[t] + nt[t]);
      coefficient[t] = alpha[t] * invDenominator[t];
    }
    for (int d = docFrom; d < docTo; d++) {
      sampleDocument(d, random);
    }
  }

  // A documented hot loop: one token per iteration, no allocation, no boxing.
  private void sampleDocument(int d, SplittableRandom random) {
    final int[] words = model.words;
    final int[] z = model.z;
    final int start = model.docStart[d];
    final int end = model.docStart[d + 1];
    if (start == end) {
      return;
    }
    final int k = model.numTopics;
    final double[] alpha = model.alpha;
    final double beta = model.beta;
    final double betaSum = model.betaSum;
    final double[] mass = model.prior.mass;
    final int[] seedStart = model.prior.start;
    final int[] seedTopics = model.prior.topics;
    final double[] seedWeights = model.prior.weights;
    final int[] nwt = this.nwt;
    final int[] nt = this.nt;
    final int[] ndt = this.ndt;
    final int[] docNz = this.docNz;
    final double[] inv = this.invDenominator;
    final double[] coef = this.coefficient;
    final double[] qv = this.qValues;
    final int[] wordNz = this.wordNz;
    final int[] wordNzCount = this.wordNzCount;

    int docTopics = 0;
    for (int i = start; i < end; i++) {
      int t = z[i];
      if (ndt[t]++ == 0) {
        docNz[docTopics++] = t;
      }
    }
    double s = 0;
    for (int t = 0; t < k; t++) {
      s += alpha[t] * beta * inv[t];
    }
    double r = 0;
    for (int j = 0; j < docTopics; j++) {
      int t = docNz[j];
      r += ndt[t] * beta * inv[t];
      coef[t] = (alpha[t] + ndt[t]) * inv[t];
    }

    for (int i = start; i < end; i++) {
      final int w = words[i];
      final int base = w * k;
      int t = z[i];

      s -= alpha[t] * beta * inv[t];
      r -= ndt[t] * beta * inv[t];
      ndt[t]--;
      nt[t]--;
      int left = --nwt[base + t];
      double invT = 1 / (betaSum + mass[t] + nt[t]);
      inv[t] = invT;
      s += alpha[t] * beta * invT;
      r += ndt[t] * beta * invT;
      coef[t] = (alpha[t] + ndt[t]) * invT;
      if (ndt[t] == 0) {
        docTopics = remove(docNz, 0, docTopics, t);
      }
      if (left == 0) {
        wordNzCount[w] = remove(wordNz, base, wordNzCount[w], t) - base;
      }

      int nonZero = wordNzCount[w];
      double q = 0;
      for (int j = 0; j < nonZero; j++) {
        int topic = wordNz[base + j];
        double v = coef[topic] * nwt[base + topic];
        qv[j] = v;
        q += v;
      }
      int seedFrom = seedStart[w];
      int seeds = seedStart[w + 1] - seedFrom;
      for (int j = 0; j < seeds; j++) {
        double v = coef[seedTopics[seedFrom + j]] * seedWeights[seedFrom + j];
        qv[nonZero + j] = v;
        q += v;
      }

      double u = random.nextDouble() * (s + r + q);
      int chosen = -1;
      if (u < q) {
        int j = 0;
        int last = nonZero + seeds - 1;
        while (j < last && (u -= qv[j]) > 0) {
          j++;
        }
        chosen = j < nonZero ? wordNz[base + j] : seedTopics[seedFrom + j - nonZero];
      } else {
        u -= q;
        if (u < r) {
          int j = 0;
          while (j < docTopics - 1 && (u -= ndt[docNz[j]] * beta * inv[docNz[j]]) > 0) {
            j++;
          }
          chosen = docNz[j];
        } else {
          u -= r;
          int j = 0;
          while (j < k - 1 && (u -= alpha[j] * beta * inv[j]) > 0) {
            j++;
          }
          chosen = j;
        }
      }

      t = chosen;
      z[i] = t;
      s -= alpha[t] * beta * inv[t];
      r -= ndt[t] * beta * inv[t];
      if (ndt[t]++ == 0) {
        docNz[docTopics++] = t;
      }
      nt[t]++;
      if (nwt[base + t]++ == 0) {
        wordNz[base + wordNzCount[w]++] = t;
      }
      invT = 1 / (betaSum + mass[t] + nt[t]);
      inv[t] = invT;
      s += alpha[t] * beta * invT;
      r += ndt[t] * beta * invT;
      coef[t] = (alpha[t] + ndt[t]) * invT;
    }

    for (int j = 0; j < docTopics; j++) {
      int t = docNz[j];
      ndt[t] = 0;
      coef[t] = alpha[t] * inv[t];
    }
  }

  /** Removes value from list[from .. from + size) by swapping in the last; returns the new end. */
  private static int remove(int[] list, int from, int size, int value) {
    int end = from + size;
    for (int j = from; j < end; j++) {
      if (list[j] == value) {
        list[j] = list[end - 1];
        return end - 1;
      }
    }
    throw new IllegalStateException("topic " + value + " not in list");
  }
}
