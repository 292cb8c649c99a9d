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
   * token over the topics in which the word occurs, plus the word's seed topics. Most of the mass
   * lies in q, so the O(K) walk over s is rare.
   *
   * As in the paper, each word's non-zero topic counts are packed into single ints (count in the
   * high bits, topic in the low bits) and kept sorted by count, largest first: computing q reads
   * one short array, and the walk through q usually stops after the first entry or two. The
   * packed entries of all words share one slab; a word has room for min(K, its frequency).
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
  private final boolean shared;
  final int[] nwt;
  final int[] nt;
  private final int[] slabStart;
  private final int[] packed;
  private final double[] invDenominator;
  private final double[] coefficient;
  private final int[] ndt;
  private final int[] docNz;
  private final double[] qValues;

  SamplerWorker(GibbsSampler model, int docFrom, int docTo, boolean shared) {
    this.model = model;
    this.docFrom = docFrom;
    this.docTo = docTo;
    this.shared = shared;
    int k = model.numTopics;
    this.nwt = shared ? model.nwt : new int[model.vocabularySize * k];
    this.nt = shared ? model.nt : new int[k];
    this.slabStart = new int[model.vocabularySize + 1];
    int size = 0;
    for (int w = 0; w < model.vocabularySize; w++) {
      slabStart[w] = size;
      long frequency = 0;
      for (int t = 0; t < k; t++) {
        frequency += model.nwt[w * k + t];
      }
      size += (int) Math.min(k, frequency);
    }
    slabStart[model.vocabularySize] = size;
    this.packed = new int[size];
    this.invDenominator = new double[k];
    this.coefficient = new double[k];
    this.ndt = new int[k];
    this.docNz = new int[k];
    this.qValues = new double[k + model.prior.maxSeedsPerWord()];
  }

  /** Packs the global counts (and takes the topic totals when not shared). */
  void prepare() {
    int k = model.numTopics;
    int bits = model.topicBits;
    if (!shared) {
      System.arraycopy(model.nt, 0, nt, 0, k);
    }
    for (int w = 0; w < model.vocabularySize; w++) {
      int base = w * k;
      int from = slabStart[w];
      int n = 0;
      for (int t = 0; t < k; t++) {
        int count = model.nwt[base + t];
        if (count != 0) {
          int value = (count << bits) | t;
          int j = from + n++;
          while (j > from && (packed[j - 1] >>> bits) < count) {
            packed[j] = packed[j - 1];
            j--;
          }
          packed[j] = value;
        }
      }
      for (int j = from + n; j < slabStart[w + 1]; j++) {
        packed[j] = 0;
      }
    }
  }

  /** Writes the packed counts back into this worker's dense table. */
  void finish() {
    int k = model.numTopics;
    int bits = model.topicBits;
    int mask = (1 << bits) - 1;
    for (int w = 0; w < model.vocabularySize; w++) {
      int base = w * k;
      for (int t = 0; t < k; t++) {
        nwt[base + t] = 0;
      }
      for (int j = slabStart[w]; j < slabStart[w + 1] && packed[j] != 0; j++) {
        nwt[base + (packed[j] & mask)] = packed[j] >>> bits;
      }
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
    final int bits = model.topicBits;
    final int mask = (1 << bits) - 1;
    final int one = 1 << bits;
    final double[] alpha = model.alpha;
    final double beta = model.beta;
    final double betaSum = model.betaSum;
    final double[] mass = model.prior.mass;
    final int[] seedStart = model.prior.start;
    final int[] seedTopics = model.prior.topics;
    final double[] seedWeights = model.prior.weights;
    final int[] nt = this.nt;
    final int[] ndt = this.ndt;
    final int[] docNz = this.docNz;
    final double[] inv = this.invDenominator;
    final double[] coef = this.coefficient;
    final double[] qv = this.qValues;
    final int[] packed = this.packed;
    final int[] slabStart = this.slabStart;

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
      final int from = slabStart[w];
      final int to = slabStart[w + 1];
      int t = z[i];

      s -= alpha[t] * beta * inv[t];
      r -= ndt[t] * beta * inv[t];
      ndt[t]--;
      nt[t]--;
      double invT = 1 / (betaSum + mass[t] + nt[t]);
      inv[t] = invT;
      s += alpha[t] * beta * invT;
      r += ndt[t] * beta * invT;
      coef[t] = (alpha[t] + ndt[t]) * invT;
      if (ndt[t] == 0) {
        docTopics = remove(docNz, docTopics, t);
      }

      // One pass over the word's entries: decrement t's count (moving the entry down to keep
      // the order) and sum q. Position j - from always equals the index into qv.
      double q = 0;
      int nonZero = 0;
      boolean pending = true;
      int j = from;
      while (j < to) {
        int entry = packed[j];
        if (entry == 0) {
          break;
        }
        if (pending && (entry & mask) == t) {
          pending = false;
          entry -= one;
          int x = j;
          if (entry >>> bits == 0) {
            while (x + 1 < to && packed[x + 1] != 0) {
              packed[x] = packed[x + 1];
              x++;
            }
            packed[x] = 0;
            continue;
          }
          int count = entry >>> bits;
          while (x + 1 < to && (packed[x + 1] >>> bits) > count) {
            packed[x] = packed[x + 1];
            x++;
          }
          packed[x] = entry;
          if (x != j) {
            continue;
          }
        }
        double v = coef[entry & mask] * (entry >>> bits);
        qv[nonZero++] = v;
        q += v;
        j++;
      }
      int seedFrom = seedStart[w];
      int seeds = seedStart[w + 1] - seedFrom;
      for (j = 0; j < seeds; j++) {
        double v = coef[seedTopics[seedFrom + j]] * seedWeights[seedFrom + j];
        qv[nonZero + j] = v;
        q += v;
      }

      double u = random.nextDouble() * (s + r + q);
      if (u < q) {
        j = 0;
        int last = nonZero + seeds - 1;
        while (j < last && (u -= qv[j]) > 0) {
          j++;
        }
        if (j < nonZero) {
          t = packed[from + j] & mask;
          increment(packed, from, from + j, bits);
        } else {
          t = seedTopics[seedFrom + j - nonZero];
          add(packed, from, to, t, bits, mask);
        }
      } else {
        u -= q;
        if (u < r) {
          j = 0;
          while (j < docTopics - 1 && (u -= ndt[docNz[j]] * beta * inv[docNz[j]]) > 0) {
            j++;
          }
          t = docNz[j];
        } else {
          u -= r;
          j = 0;
          while (j < k - 1 && (u -= alpha[j] * beta * inv[j]) > 0) {
            j++;
          }
          t = j;
        }
        add(packed, from, to, t, bits, mask);
      }

      z[i] = t;
      s -= alpha[t] * beta * inv[t];
      r -= ndt[t] * beta * inv[t];
      if (ndt[t]++ == 0) {
        docNz[docTopics++] = t;
      }
      nt[t]++;
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

  /** Adds one to the entry at {@code at} and moves it up to keep the order. */
  private static void increment(int[] packed, int from, int at, int bits) {
    int value = packed[at] + (1 << bits);
    int count = value >>> bits;
    while (at > from && (packed[at - 1] >>> bits) < count) {
      packed[at] = packed[at - 1];
      at--;
    }
    packed[at] = value;
  }

  /** Adds one to the word's count of topic t, making an entry when there is none. */
  private static void add(int[] packed, int from, int to, int t, int bits, int mask) {
    for (int j = from; j < to; j++) {
      int entry = packed[j];
      if (entry == 0) {
        packed[j] = (1 << bits) | t;
        return;
      }
      if ((entry & mask) == t) {
        increment(packed, from, j, bits);
        return;
      }
    }
    throw new IllegalStateException("no room for topic " + t + " in a word's counts");
  }

  /** Removes value from list[0 .. size) by swapping in the last; returns the new size. */
  private static int remove(int[] list, int size, int value) {
    for (int j = 0; j < size; j++) {
      if (list[j] == value) {
        list[j] = list[size - 1];
        return size - 1;
      }
    }
    throw new IllegalStateException("topic " + value + " not in list");
  }
}
