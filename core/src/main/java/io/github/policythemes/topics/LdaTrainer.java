package io.github.policythemes.topics;

import static io.github.policythemes.internal.Checks.requireArgument;
import static io.github.policythemes.internal.Checks.requireState;

import io.github.policythemes.Progress;
import io.github.policythemes.ProgressListener;
import io.github.policythemes.taxonomy.Taxonomy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Trains LDA topic models by collapsed Gibbs sampling (a sparse sampler, on one or more threads),
 * optionally with a taxonomy's keywords anchoring one topic per theme.
 *
 * <p>Made by a builder in the manner of Caffeine: each setter validates at once and may be called
 * once; {@link Builder#build()} returns an immutable trainer that may train any number of corpora,
 * from any thread. Training is repeatable: the same corpus, seed and thread count give the same
 * model.
 *
 * <pre>{@code
 * LdaResult result = LdaTrainer.builder()
 *     .topics(20)
 *     .iterations(500)
 *     .threads(2)
 *     .seed(42)
 *     .build()
 *     .train(TopicCorpus.builder().build(articles));
 * result.model().topics().forEach(topic -> System.out.println(topic.name()));
 * }</pre>
 */
public final class LdaTrainer {
  /** The default number of free topics. */
  public static final int DEFAULT_TOPICS = 20;

  /** The default number of Gibbs sweeps. */
  public static final int DEFAULT_ITERATIONS = 500;

  /** The default document-topic prior per topic. */
  public static final double DEFAULT_ALPHA = 0.1;

  /** The default topic-word prior per word. */
  public static final double DEFAULT_BETA = 0.01;

  /** The default random seed. */
  public static final long DEFAULT_SEED = 42;

  /** The default sweeps between log-likelihood measurements. */
  public static final int DEFAULT_LIKELIHOOD_INTERVAL = 10;

  /** The default sweeps before alpha is first optimised. */
  public static final int DEFAULT_BURN_IN = 100;

  /** The default strength of seed words (see {@link Builder#seedStrength(double)}). */
  public static final double DEFAULT_SEED_STRENGTH = 1.0;

  final int topics;
  final int iterations;
  final double alpha;
  final double beta;
  final int threads;
  final long seed;
  final int optimizeInterval;
  final int burnIn;
  private final int likelihoodInterval;
  final double heldOutFraction;
  final Taxonomy seedTaxonomy;
  final double seedStrength;
  private final ProgressListener progress;

  private LdaTrainer(Builder b) {
    this.topics = b.topics != null ? b.topics : DEFAULT_TOPICS;
    this.iterations = b.iterations != null ? b.iterations : DEFAULT_ITERATIONS;
    this.alpha = b.alpha != null ? b.alpha : DEFAULT_ALPHA;
    this.beta = b.beta != null ? b.beta : DEFAULT_BETA;
    this.threads = b.threads != null ? b.threads : 1;
    this.seed = b.seed != null ? b.seed : DEFAULT_SEED;
    this.optimizeInterval = b.optimizeInterval != null ? b.optimizeInterval : 0;
    this.burnIn = b.burnIn != null ? b.burnIn : DEFAULT_BURN_IN;
    this.likelihoodInterval =
        b.likelihoodInterval != null ? b.likelihoodInterval : DEFAULT_LIKELIHOOD_INTERVAL;
    this.heldOutFraction = b.heldOutFraction != null ? b.heldOutFraction : 0;
    this.seedTaxonomy = b.seedTaxonomy;
    this.seedStrength = b.seedStrength != null ? b.seedStrength : DEFAULT_SEED_STRENGTH;
    this.progress = b.progress != null ? b.progress : ProgressListener.none();
    requireArgument(
        topics + (seedTaxonomy == null ? 0 : seedTaxonomy.themes().size()) >= 1,
        "a topic model needs at least one topic");
  }

  /**
   * Starts a builder with the defaults: {@value #DEFAULT_TOPICS} topics, {@value
   * #DEFAULT_ITERATIONS} iterations, alpha {@value #DEFAULT_ALPHA}, beta {@value #DEFAULT_BETA},
   * one thread, seed {@value #DEFAULT_SEED}, no hyper-parameter optimisation, nothing held out, no
   * seeds.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Trains a model on a corpus.
   *
   * @param corpus the corpus
   * @return the model, the document topics, the likelihood trace and the seed reports
   * @throws IllegalArgumentException if the corpus has no tokens, or holding out leaves no training
   *     document
   */
  public LdaResult train(TopicCorpus corpus) {
    Objects.requireNonNull(corpus, "corpus");
    if (corpus.tokens() == 0) {
      throw new IllegalArgumentException(
          "the corpus has no tokens left after the document-frequency cut-offs (" + corpus + ")");
    }
    boolean[] heldOut = chooseHeldOut(corpus.documents());
    LdaResults.Training training = LdaResults.Training.of(corpus, heldOut);
    int seeded = seedTaxonomy == null ? 0 : seedTaxonomy.themes().size();
    int k = seeded + topics;
    Seeds.Plan plan =
        seedTaxonomy == null
            ? new Seeds.Plan(SeedPrior.none(corpus.vocabularySize(), k), List.of(), List.of())
            : Seeds.plan(seedTaxonomy, corpus, k, seedStrength);
    double[] alphas = new double[k];
    Arrays.fill(alphas, alpha);
    List<LikelihoodPoint> trace = new ArrayList<>();
    long nanos = 0;
    long started = System.nanoTime();
    try (GibbsSampler sampler =
        new GibbsSampler(
            training.words(),
            training.docStart(),
            corpus.vocabularySize(),
            alphas,
            beta,
            plan.prior(),
            threads,
            seed)) {
      for (int iteration = 0; iteration < iterations; iteration++) {
        long begin = System.nanoTime();
        sampler.sweep(iteration);
        nanos += System.nanoTime() - begin;
        int done = iteration + 1;
        if (optimizeInterval > 0 && done > burnIn && done % optimizeInterval == 0) {
          sampler.optimizeAlpha(5);
        }
        if (done % likelihoodInterval == 0 || done == iterations) {
          double ll = sampler.logLikelihood();
          trace.add(new LikelihoodPoint(done, ll, ll / training.words().length));
        }
        report(done, training.words().length * (double) done / Math.max(1, nanos) * 1e9, started);
      }
      double speed = (double) training.words().length * iterations / Math.max(1, nanos) * 1e9;
      return new LdaResults(this).finish(corpus, training, sampler, plan, trace, speed, k);
    }
  }

  private void report(int done, double tokensPerSecond, long started) {
    progress.onProgress(
        new Progress(
            "topics",
            "sampling",
            done,
            iterations,
            "iterations",
            Duration.ofNanos(System.nanoTime() - started),
            String.format(Locale.ROOT, "%.1fM tokens/s", tokensPerSecond / 1e6)));
  }

  private boolean[] chooseHeldOut(int documents) {
    boolean[] heldOut = new boolean[documents];
    int count = (int) Math.round(heldOutFraction * documents);
    if (heldOutFraction > 0 && count == 0 && documents > 1) {
      count = 1;
    }
    if (count >= documents) {
      throw new IllegalArgumentException(
          "holding out "
              + heldOutFraction
              + " of "
              + documents
              + " documents leaves none to train");
    }
    int[] order = new int[documents];
    for (int d = 0; d < documents; d++) {
      order[d] = d;
    }
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    for (int i = documents - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    for (int i = 0; i < count; i++) {
      heldOut[order[i]] = true;
    }
    return heldOut;
  }

  /**
   * Configures an {@link LdaTrainer}. Each setter validates its value at once and may be called
   * once. Not thread-safe.
   */
  public static final class Builder {
    private Integer topics;
    private Integer iterations;
    private Double alpha;
    private Double beta;
    private Integer threads;
    private Long seed;
    private Integer optimizeInterval;
    private Integer burnIn;
    private Integer likelihoodInterval;
    private ProgressListener progress;
    private Double heldOutFraction;
    private Taxonomy seedTaxonomy;
    private Double seedStrength;

    private Builder() {}

    private static void once(Object current, String name) {
      requireState(current == null, "%s was already set to %s", name, current);
    }

    /**
     * Sets the number of free topics; with {@link #seedTopics(Taxonomy)} these come on top of the
     * one topic per theme.
     *
     * @param count at least 1, or 0 in a seeded model; default {@value #DEFAULT_TOPICS}
     * @return this builder
     * @throws IllegalArgumentException if count is negative or above 10,000
     * @throws IllegalStateException if it was already set
     */
    public Builder topics(int count) {
      once(topics, "topics");
      requireArgument(count >= 0 && count <= 10_000, "topics must be in [0, 10000]: %s", count);
      topics = count;
      return this;
    }

    /**
     * Sets the number of Gibbs sweeps over the corpus.
     *
     * @param count at least 1; default {@value #DEFAULT_ITERATIONS}
     * @return this builder
     * @throws IllegalArgumentException if count is less than 1
     * @throws IllegalStateException if it was already set
     */
    public Builder iterations(int count) {
      once(iterations, "iterations");
      requireArgument(count >= 1, "iterations must be >= 1: %s", count);
      iterations = count;
      return this;
    }

    /**
     * Sets the symmetric document-topic prior (the starting point when it is optimised).
     *
     * @param value per topic, positive and finite; default {@value #DEFAULT_ALPHA}
     * @return this builder
     * @throws IllegalArgumentException if value is not positive and finite
     * @throws IllegalStateException if it was already set
     */
    public Builder alpha(double value) {
      once(alpha, "alpha");
      alpha = positive(value, "alpha");
      return this;
    }

    /**
     * Sets the symmetric topic-word prior.
     *
     * @param value per word, positive and finite; default {@value #DEFAULT_BETA}
     * @return this builder
     * @throws IllegalArgumentException if value is not positive and finite
     * @throws IllegalStateException if it was already set
     */
    public Builder beta(double value) {
      once(beta, "beta");
      beta = positive(value, "beta");
      return this;
    }

    /**
     * Sets the number of sampling threads; documents are split into that many blocks.
     *
     * @param count in [1, 256]; default 1
     * @return this builder
     * @throws IllegalArgumentException if count is out of range
     * @throws IllegalStateException if it was already set
     */
    public Builder threads(int count) {
      once(threads, "threads");
      requireArgument(count >= 1 && count <= 256, "threads must be in [1, 256]: %s", count);
      threads = count;
      return this;
    }

    /**
     * Sets the random seed of every random step (initial topics, sweeps, held-out split).
     *
     * @param value any value; default {@value #DEFAULT_SEED}
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder seed(long value) {
      once(seed, "seed");
      seed = value;
      return this;
    }

    /**
     * Turns on optimisation of an asymmetric alpha (Minka's fixed point) every so many sweeps after
     * the burn-in.
     *
     * @param sweeps at least 1; default off
     * @return this builder
     * @throws IllegalArgumentException if sweeps is less than 1
     * @throws IllegalStateException if it was already set
     */
    public Builder optimizeInterval(int sweeps) {
      once(optimizeInterval, "optimizeInterval");
      requireArgument(sweeps >= 1, "optimizeInterval must be >= 1: %s", sweeps);
      optimizeInterval = sweeps;
      return this;
    }

    /**
     * Sets how many sweeps run before alpha is first optimised.
     *
     * @param sweeps at least 0; default {@value #DEFAULT_BURN_IN}
     * @return this builder
     * @throws IllegalArgumentException if sweeps is negative
     * @throws IllegalStateException if it was already set
     */
    public Builder burnIn(int sweeps) {
      once(burnIn, "burnIn");
      requireArgument(sweeps >= 0, "burnIn must be >= 0: %s", sweeps);
      burnIn = sweeps;
      return this;
    }

    /**
     * Sets how often the log-likelihood is measured (it is always measured after the last sweep).
     *
     * @param sweeps at least 1; default {@value #DEFAULT_LIKELIHOOD_INTERVAL}
     * @return this builder
     * @throws IllegalArgumentException if sweeps is less than 1
     * @throws IllegalStateException if it was already set
     */
    public Builder likelihoodInterval(int sweeps) {
      once(likelihoodInterval, "likelihoodInterval");
      requireArgument(sweeps >= 1, "likelihoodInterval must be >= 1: %s", sweeps);
      likelihoodInterval = sweeps;
      return this;
    }

    /**
     * Holds out a random share of the documents (chosen with the seed) to measure perplexity on.
     *
     * @param fraction in [0, 0.9]; default 0
     * @return this builder
     * @throws IllegalArgumentException if fraction is out of range
     * @throws IllegalStateException if it was already set
     */
    public Builder heldOutFraction(double fraction) {
      once(heldOutFraction, "heldOutFraction");
      requireArgument(
          fraction >= 0 && fraction <= 0.9, "heldOutFraction must be in [0, 0.9]: %s", fraction);
      heldOutFraction = fraction;
      return this;
    }

    /**
     * Anchors one topic per theme of the taxonomy with the theme's keywords (topics 0 to themes -
     * 1, in the taxonomy's order); the free topics follow.
     *
     * @param taxonomy the taxonomy whose keywords seed the topics
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder seedTopics(Taxonomy taxonomy) {
      once(seedTaxonomy, "seedTopics");
      seedTaxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
      return this;
    }

    /**
     * Sets how strongly seed words pull to their topic: a full-weight seed word gets {@code
     * strength * tokens / vocabulary size} prior pseudo-counts in its theme's topic.
     *
     * @param strength positive and finite; default {@value #DEFAULT_SEED_STRENGTH}
     * @return this builder
     * @throws IllegalArgumentException if strength is not positive and finite
     * @throws IllegalStateException if it was already set
     */
    public Builder seedStrength(double strength) {
      once(seedStrength, "seedStrength");
      seedStrength = positive(strength, "seedStrength");
      return this;
    }

    /**
     * Hears the sampler's progress after every iteration (default: nobody): iterations done of all,
     * token samples per second, time left.
     *
     * @param listener the listener, called from the thread that trains
     * @return this builder
     * @throws NullPointerException if listener is null
     * @throws IllegalStateException if it was already set
     */
    public Builder progressListener(ProgressListener listener) {
      once(progress, "progressListener");
      progress = Objects.requireNonNull(listener, "listener");
      return this;
    }

    private static double positive(double value, String name) {
      requireArgument(
          value > 0 && !Double.isInfinite(value),
          "%s must be positive and finite: %s",
          name,
          value);
      return value;
    }

    /**
     * Returns the trainer.
     *
     * @return an immutable trainer
     * @throws IllegalArgumentException if the settings make no topic (0 topics and no seeds)
     */
    public LdaTrainer build() {
      return new LdaTrainer(this);
    }
  }
}
