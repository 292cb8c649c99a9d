package io.github.policythemes.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The state of a collapsed Gibbs sampler for LDA: topic assignments and dense count tables, the
 * priors, and the workers that sweep over blocks of documents. Mutable; used by one trainer.
 */
final class GibbsSampler implements AutoCloseable {
  final int numTopics;
  final int vocabularySize;
  final int[] words;
  final int[] docStart;
  final int[] z;
  final double[] alpha;
  final double beta;
  final double betaSum;
  final SeedPrior prior;
  final int[] nwt;
  final int[] nt;

  /** Low bits of a packed count that hold the topic. */
  final int topicBits;

  private final long seed;
  private final SamplerWorker[] workers;
  private final ExecutorService executor;

  GibbsSampler(
      int[] words,
      int[] docStart,
      int vocabularySize,
      double[] alpha,
      double beta,
      SeedPrior prior,
      int threads,
      long seed) {
    this.numTopics = alpha.length;
    this.vocabularySize = vocabularySize;
    this.words = words;
    this.docStart = docStart;
    this.z = new int[words.length];
    this.alpha = alpha.clone();
    this.beta = beta;
    this.betaSum = beta * vocabularySize;
    this.prior = prior;
    this.nwt = new int[vocabularySize * numTopics];
    this.nt = new int[numTopics];
    this.seed = seed;
    this.topicBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(numTopics - 1));
    initialize();
    checkFrequencies();
    int documents = docStart.length - 1;
    int blocks = Math.max(1, Math.min(threads, documents));
    this.workers = new SamplerWorker[blocks];
    int[] bounds = blockBounds(docStart, blocks);
    for (int b = 0; b < blocks; b++) {
      workers[b] = new SamplerWorker(this, bounds[b], bounds[b + 1], blocks == 1);
    }
    this.executor =
        blocks == 1
            ? null
            : Executors.newFixedThreadPool(
                blocks,
                runnable -> {
                  Thread thread = new Thread(runnable, "policy-themes-lda");
                  thread.setDaemon(true);
                  return thread;
                });
  }

  /** Splits the documents into blocks of about equal token counts. */
  static int[] blockBounds(int[] docStart, int blocks) {
    int documents = docStart.length - 1;
    int[] bounds = new int[blocks + 1];
    long total = docStart[documents];
    int d = 0;
    for (int b = 1; b < blocks; b++) {
      long target = total * b / blocks;
      while (d < documents && docStart[d] < target) {
        d++;
      }
      bounds[b] = Math.max(d, bounds[b - 1]);
    }
    bounds[blocks] = documents;
    return bounds;
  }

  /** Random topics, except that a seed word starts in one of its seed topics. */
  private void initialize() {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < words.length; i++) {
      int w = words[i];
      int seeds = prior.start[w + 1] - prior.start[w];
      int t =
          seeds > 0
              ? prior.topics[prior.start[w] + random.nextInt(seeds)]
              : random.nextInt(numTopics);
      z[i] = t;
      nwt[w * numTopics + t]++;
      nt[t]++;
    }
  }

  /** A word's count in a topic must fit in the bits that the topic leaves free. */
  private void checkFrequencies() {
    long limit = (1L << (32 - topicBits)) - 1;
    int[] frequency = new int[vocabularySize];
    for (int w : words) {
      frequency[w]++;
    }
    for (int w = 0; w < vocabularySize; w++) {
      if (frequency[w] > limit) {
        throw new IllegalArgumentException(
            "a term occurs "
                + frequency[w]
                + " times, more than "
                + limit
                + " that a model with "
                + numTopics
                + " topics can count");
      }
    }
  }

  /** Runs one sweep over every document. */
  void sweep(int iteration) {
    if (workers.length == 1) {
      if (iteration == 0) {
        workers[0].prepare();
      }
      workers[0].sweep(mix(seed, iteration, 0));
      workers[0].finish();
      return;
    }
    List<Callable<Void>> tasks = new ArrayList<>();
    for (int b = 0; b < workers.length; b++) {
      SamplerWorker worker = workers[b];
      long workerSeed = mix(seed, iteration, b);
      tasks.add(
          () -> {
            worker.prepare();
            worker.sweep(workerSeed);
            worker.finish();
            return null;
          });
    }
    runAll(tasks);
    merge();
  }

  private void runAll(List<Callable<Void>> tasks) {
    try {
      for (Future<Void> future : executor.invokeAll(tasks)) {
        future.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("topic sampling was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a sampling thread failed", e.getCause());
    }
  }

  /** Adds every worker's changes to the global counts. */
  private void merge() {
    for (int i = 0; i < nwt.length; i++) {
      int global = nwt[i];
      int sum = global;
      for (SamplerWorker worker : workers) {
        sum += worker.nwt[i] - global;
      }
      nwt[i] = sum;
    }
    for (int t = 0; t < numTopics; t++) {
      int global = nt[t];
      int sum = global;
      for (SamplerWorker worker : workers) {
        sum += worker.nt[t] - global;
      }
      nt[t] = sum;
    }
  }

  /** After a change of alpha: nothing cached outside a sweep depends on it. */
  void optimizeAlpha(int rounds) {
    int maxLength = 0;
    for (int d = 0; d + 1 < docStart.length; d++) {
      maxLength = Math.max(maxLength, docStart[d + 1] - docStart[d]);
    }
    int[] lengthHistogram = new int[maxLength + 1];
    int[][] countHistogram = new int[numTopics][maxLength + 1];
    int[] counts = new int[numTopics];
    for (int d = 0; d + 1 < docStart.length; d++) {
      int length = docStart[d + 1] - docStart[d];
      if (length == 0) {
        continue;
      }
      lengthHistogram[length]++;
      for (int i = docStart[d]; i < docStart[d + 1]; i++) {
        counts[z[i]]++;
      }
      for (int t = 0; t < numTopics; t++) {
        if (counts[t] > 0) {
          countHistogram[t][counts[t]]++;
          counts[t] = 0;
        }
      }
    }
    Dirichlet.optimize(alpha, countHistogram, lengthHistogram, rounds);
  }

  /** The log joint probability of words and topic assignments, log p(w, z). */
  double logLikelihood() {
    double alphaSum = 0;
    for (double a : alpha) {
      alphaSum += a;
    }
    double[] logGammaAlpha = new double[numTopics];
    for (int t = 0; t < numTopics; t++) {
      logGammaAlpha[t] = Dirichlet.logGamma(alpha[t]);
    }
    double ll = 0;
    int[] counts = new int[numTopics];
    double logGammaAlphaSum = Dirichlet.logGamma(alphaSum);
    for (int d = 0; d + 1 < docStart.length; d++) {
      int length = docStart[d + 1] - docStart[d];
      if (length == 0) {
        continue;
      }
      for (int i = docStart[d]; i < docStart[d + 1]; i++) {
        counts[z[i]]++;
      }
      ll += logGammaAlphaSum - Dirichlet.logGamma(alphaSum + length);
      for (int t = 0; t < numTopics; t++) {
        if (counts[t] > 0) {
          ll += Dirichlet.logGamma(alpha[t] + counts[t]) - logGammaAlpha[t];
          counts[t] = 0;
        }
      }
    }
    double logGammaBeta = Dirichlet.logGamma(beta);
    for (int t = 0; t < numTopics; t++) {
      double topicBeta = betaSum + prior.mass[t];
      ll += Dirichlet.logGamma(topicBeta) - Dirichlet.logGamma(topicBeta + nt[t]);
    }
    for (int w = 0; w < vocabularySize; w++) {
      int base = w * numTopics;
      boolean seeded = prior.start[w + 1] > prior.start[w];
      for (int t = 0; t < numTopics; t++) {
        int n = nwt[base + t];
        if (n == 0) {
          continue;
        }
        if (seeded) {
          double b = beta + prior.weight(w, t);
          ll += Dirichlet.logGamma(b + n) - Dirichlet.logGamma(b);
        } else {
          ll += Dirichlet.logGamma(beta + n) - logGammaBeta;
        }
      }
    }
    return ll;
  }

  /** The topic counts of one document. */
  int[] documentCounts(int d) {
    int[] counts = new int[numTopics];
    for (int i = docStart[d]; i < docStart[d + 1]; i++) {
      counts[z[i]]++;
    }
    return counts;
  }

  static long mix(long seed, int iteration, int worker) {
    long x = seed ^ (0x9E3779B97F4A7C15L * (iteration + 1)) ^ (0xC2B2AE3D27D4EB4FL * (worker + 1));
    x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
    x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
    return x ^ (x >>> 31);
  }

  @Override
  public void close() {
    if (executor != null) {
      executor.shutdownNow();
    }
  }
}
