package io.github.policythemes.training;

import static io.github.policythemes.internal.Checks.requireArgument;
import static io.github.policythemes.internal.Checks.requireState;

import io.github.policythemes.PolicyThemes;
import io.github.policythemes.Progress;
import io.github.policythemes.ProgressListener;
import io.github.policythemes.analysis.Chain;
import io.github.policythemes.analysis.Language;
import io.github.policythemes.analysis.LanguageDetector;
import io.github.policythemes.classify.DoccatThemeClassifier;
import io.github.policythemes.classify.LinearThemeClassifier;
import io.github.policythemes.classify.ModelMetadata;
import io.github.policythemes.eval.Evaluation;
import io.github.policythemes.eval.LabelledArticle;
import io.github.policythemes.eval.LabelledData;
import io.github.policythemes.eval.StratifiedFolds;
import io.github.policythemes.features.FeatureBuffer;
import io.github.policythemes.features.FeatureExtractor;
import io.github.policythemes.features.FeatureSettings;
import io.github.policythemes.features.Vocabulary;
import io.github.policythemes.features.VocabularyBuilder;
import io.github.policythemes.taxonomy.Taxonomy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Trains a linear theme classifier on labelled articles.
 *
 * <p>Single-label data (every article one label) trains a single-label model with a softmax output;
 * otherwise one binary model per theme with a calibrated sigmoid and a threshold per theme. Unless
 * a regularisation value is fixed, stratified k-fold cross-validation picks it from a few
 * candidates; the out-of-fold predictions of the chosen value also fit the calibration and the
 * thresholds, and give the metrics recorded in the model. The same data, settings and seed give the
 * same weights, byte for byte.
 *
 * <p>Immutable and thread-safe; training itself uses the common fork-join pool.
 *
 * <pre>{@code
 * TrainingResult result = ThemeTrainer.builder()
 *     .taxonomy(Taxonomy.builtIn("regional-governance"))
 *     .seed(7)
 *     .build()
 *     .train(LabelledData.read(Path.of("labelled.jsonl")));
 * ClassifierBundle.write(result.classifier(), Path.of("my-model.ptm"));
 * }</pre>
 */
public final class ThemeTrainer {
  private final Taxonomy taxonomy;
  private final Algorithm algorithm;
  private final int folds;
  private final long seed;
  private final FeatureSettings features;
  private final double regularization;
  private final Instant createdAt;
  private final Consumer<String> log;
  private final ProgressListener progress;
  private final boolean relevance;
  private final double noThemeShare;

  private ThemeTrainer(Builder builder) {
    this.taxonomy = builder.taxonomy;
    this.algorithm = builder.algorithm == null ? Algorithm.AUTO : builder.algorithm;
    this.folds = builder.folds == null ? 5 : builder.folds < 2 ? -1 : builder.folds;
    this.seed = builder.seed == null ? 42L : builder.seed;
    this.features = builder.features == null ? FeatureSettings.defaults() : builder.features;
    this.regularization = builder.regularization == null ? Double.NaN : builder.regularization;
    this.createdAt = builder.createdAt;
    this.log = builder.log == null ? message -> {} : builder.log;
    this.progress = builder.progress == null ? ProgressListener.none() : builder.progress;
    this.relevance = builder.relevance == null || builder.relevance;
    this.noThemeShare = builder.noThemeShare == null ? 0 : builder.noThemeShare;
  }

  /**
   * Starts configuring a trainer. Every setter may be called once.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Trains on labelled data.
   *
   * @param data the labelled articles
   * @return the classifier and its cross-validated metrics
   * @throws IllegalArgumentException if a label is not in the taxonomy, the data has fewer than two
   *     labels, or multi-label data meets a single-label taxonomy
   */
  public TrainingResult train(LabelledData data) {
    long start = System.nanoTime();
    Taxonomy themes = themes(data);
    boolean singleLabel = data.singleLabel() && themes.themes().size() > 1;
    List<String> ids = themes.themeIds();
    List<LabelledArticle> articles = data.articles();
    int n = articles.size();
    if (algorithm == Algorithm.DOCCAT) {
      return trainDoccat(data, themes, singleLabel, start);
    }
    log.accept("analysing " + n + " articles");
    Language[] languages = new Language[n];
    String[] contents = new String[n];
    VocabularyBuilder vocabularyBuilder = new VocabularyBuilder(features);
    for (int i = 0; i < n; i++) {
      contents[i] = articles.get(i).article().content();
      Language forced = articles.get(i).article().language();
      languages[i] = forced != null ? forced : LanguageDetector.standard().detect(contents[i]);
      vocabularyBuilder.add(contents[i], languages[i]);
    }
    Vocabulary vocabulary = vocabularyBuilder.build();
    FeatureExtractor extractor = new FeatureExtractor(features, vocabulary, themes);
    SparseRows rows = vectorize(extractor, contents, languages);
    log.accept(vocabulary.size() + " features");

    List<List<String>> gold = new ArrayList<>();
    articles.forEach(a -> gold.add(a.labels()));
    boolean validate = folds >= 2 && n >= 2 * folds;
    boolean unlabelled = gold.stream().anyMatch(List::isEmpty);
    boolean labelled = gold.stream().anyMatch(g -> !g.isEmpty());
    Problem problem =
        new Problem(
            rows, articles, ids, singleLabel, relevance && validate && unlabelled && labelled);
    List<Candidate> candidates =
        Double.isNaN(regularization)
            ? algorithm.candidates(singleLabel)
            : List.of(new Candidate(algorithm.defaultLearner(), regularization));
    Fit best = null;
    int fits = (validate ? candidates.size() * folds : 0) + 1;
    int[] fitsDone = {0};
    if (validate) {
      int[] fold = StratifiedFolds.assign(gold, folds, seed);
      for (Candidate candidate : candidates) {
        IntConsumer afterFold =
            f ->
                report(
                    "cross-validation " + candidate.describe() + ", fold " + (f + 1) + "/" + folds,
                    ++fitsDone[0],
                    fits,
                    start);
        Fit fit =
            problem.crossValidate(candidate, fold, folds, seed, gold, noThemeShare, afterFold);
        log.accept(
            String.format(
                Locale.ROOT,
                "%s: accuracy %.4f, macro-F1 %.4f, micro-F1 %.4f",
                candidate.describe(),
                fit.evaluation.accuracy(),
                fit.evaluation.macroF1(),
                fit.evaluation.microF1()));
        if (best == null || fit.score() > best.score() + 1e-9) {
          best = fit;
        }
      }
    }
    Candidate chosen = best != null ? best.candidate : candidates.get(0);
    report("final fit " + chosen.describe(), fitsDone[0], fits, start);
    double[][] weights = problem.fit(chosen, problem.all(), seed);
    report("final fit " + chosen.describe(), fits, fits, start);
    Calibrated calibrated =
        best != null ? best.calibrated : Calibrated.identity(ids.size(), singleLabel);
    Map<String, Double> thresholds = new LinkedHashMap<>();
    for (int t = 0; t < ids.size(); t++) {
      thresholds.put(ids.get(t), calibrated.thresholds[t]);
    }
    ModelMetadata metadata =
        new ModelMetadata(
            0,
            PolicyThemes.version(),
            createdAt != null ? createdAt : Instant.now(),
            algorithm.id(),
            parameters(chosen, validate, calibrated),
            analysis(vocabulary),
            n,
            data.sha256(),
            best != null ? best.evaluation.summary() : Map.of(),
            thresholds);
    LinearThemeClassifier classifier =
        calibrated.fold(themes, extractor, weights, metadata, singleLabel);
    return new TrainingResult(
        classifier,
        Optional.ofNullable(best).map(fit -> fit.evaluation),
        chosen.c(),
        Duration.ofNanos(System.nanoTime() - start));
  }

  private TrainingResult trainDoccat(
      LabelledData data, Taxonomy themes, boolean singleLabel, long start) {
    if (!singleLabel) {
      throw new IllegalArgumentException(
          data.source()
              + ": doccat trains single-label models, but this data has articles with"
              + " no label or several labels; use svm, logistic or naive-bayes");
    }
    List<LabelledArticle> articles = data.articles();
    List<List<String>> gold = new ArrayList<>();
    articles.forEach(a -> gold.add(a.labels()));
    boolean validate = folds >= 2 && articles.size() >= 2 * folds;
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("iterations", Integer.toString(DoccatTraining.ITERATIONS));
    parameters.put("cutoff", "0");
    parameters.put("tokenizer", "opennlp SimpleTokenizer");
    parameters.put("folds", validate ? Integer.toString(folds) : "none");
    Function<Map<String, Double>, ModelMetadata> metadata =
        metrics ->
            new ModelMetadata(
                0,
                PolicyThemes.version(),
                createdAt != null ? createdAt : Instant.now(),
                Algorithm.DOCCAT.id(),
                parameters,
                Map.of("tokenizer", "opennlp SimpleTokenizer"),
                articles.size(),
                data.sha256(),
                metrics,
                Map.of());
    Optional<Evaluation> evaluation = Optional.empty();
    if (validate) {
      int[] fold = StratifiedFolds.assign(gold, folds, seed);
      evaluation =
          Optional.of(
              DoccatTraining.crossValidate(
                  articles, themes, fold, folds, metadata.apply(Map.of())));
      log.accept(
          String.format(
              Locale.ROOT,
              "doccat: accuracy %.4f, macro-F1 %.4f",
              evaluation.get().accuracy(),
              evaluation.get().macroF1()));
    }
    DoccatThemeClassifier classifier =
        DoccatThemeClassifier.of(
            themes,
            DoccatTraining.train(articles),
            metadata.apply(evaluation.map(Evaluation::summary).orElse(Map.of())));
    return new TrainingResult(
        classifier, evaluation, Double.NaN, Duration.ofNanos(System.nanoTime() - start));
  }

  private Taxonomy themes(LabelledData data) {
    if (taxonomy != null) {
      data.requireLabelsIn(taxonomy);
      if (!taxonomy.multiLabel() && !data.singleLabel()) {
        LabelledArticle offending =
            data.articles().stream().filter(a -> a.labels().size() != 1).findFirst().orElseThrow();
        throw new IllegalArgumentException(
            data.source()
                + ":"
                + offending.line()
                + ": taxonomy '"
                + taxonomy.id()
                + "' is single-label, but this article has "
                + offending.labels().size()
                + " labels");
      }
      return taxonomy;
    }
    List<String> labels = new ArrayList<>(data.labels());
    if (labels.size() < 2) {
      throw new IllegalArgumentException(
          data.source() + ": training needs at least two labels, found " + labels);
    }
    labels.sort(LABEL_ORDER);
    return Taxonomy.ofLabels("labels", labels, !data.singleLabel());
  }

  /** Numbers in numeric order (CAP codes 1, 2, ..., 10), other labels alphabetically. */
  private static final Comparator<String> LABEL_ORDER =
      (a, b) -> {
        boolean numbers = a.matches("\\d{1,9}") && b.matches("\\d{1,9}");
        return numbers ? Integer.compare(Integer.parseInt(a), Integer.parseInt(b)) : a.compareTo(b);
      };

  private static SparseRows vectorize(
      FeatureExtractor extractor, String[] contents, Language[] languages) {
    int n = contents.length;
    int[][] indices = new int[n][];
    float[][] values = new float[n][];
    FeatureBuffer buffer = extractor.newBuffer();
    for (int i = 0; i < n; i++) {
      extractor.extract(contents[i], languages[i], buffer, false);
      int size = buffer.size();
      Integer[] order = new Integer[size];
      for (int j = 0; j < size; j++) {
        order[j] = j;
      }
      java.util.Arrays.sort(order, Comparator.comparingInt(buffer::index));
      indices[i] = new int[size];
      values[i] = new float[size];
      for (int j = 0; j < size; j++) {
        indices[i][j] = buffer.index(order[j]);
        values[i][j] = buffer.value(order[j]);
      }
    }
    return new SparseRows(indices, values, extractor.featureCount());
  }

  private Map<String, String> parameters(
      Candidate chosen, boolean validated, Calibrated calibrated) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("learner", chosen.learner().toString());
    parameters.put("C", Double.toString(chosen.c()));
    parameters.put("regularization", Double.isNaN(regularization) ? "cross-validated" : "fixed");
    parameters.put("folds", validated ? Integer.toString(folds) : "none");
    parameters.put("seed", Long.toString(seed));
    parameters.put("calibration", calibrated.describe());
    if (noThemeShare > 0) {
      parameters.put("noThemeShare", Double.toString(noThemeShare));
    }
    return parameters;
  }

  private Map<String, String> analysis(Vocabulary vocabulary) {
    Map<String, String> analysis = new LinkedHashMap<>();
    // in the languages' declared order: the chains map's own order varies from one JVM to the next,
    // and the manifest must be the same bytes for the same sources
    for (Language language : Language.values()) {
      Chain chain = features.chains().get(language);
      if (chain != null) {
        analysis.put("chain." + language.code(), chain.name());
      }
    }
    analysis.put("chain.other", features.fallback().name());
    analysis.put("ngrams", Integer.toString(features.ngrams()));
    analysis.put("weighting", features.sublinearTf() ? "1+log(tf) * idf, L2" : "tf * idf, L2");
    analysis.put("minDf", Integer.toString(features.minDf()));
    if (features.keywordFeatures()) {
      analysis.put(
          "keywordFeatures",
          "taxonomy keyword evidence, one feature per theme, scale " + features.keywordScale());
    }
    analysis.put("features", Integer.toString(vocabulary.size()));
    return analysis;
  }

  private void report(String stage, int done, int total, long start) {
    progress.onProgress(
        new Progress(
            "train", stage, done, total, "fits", Duration.ofNanos(System.nanoTime() - start), ""));
  }

  /** Configures a {@link ThemeTrainer}; each setter validates and may be called once. */
  public static final class Builder {
    private Taxonomy taxonomy;
    private Algorithm algorithm;
    private Integer folds;
    private Long seed;
    private FeatureSettings features;
    private Double regularization;
    private Instant createdAt;
    private Consumer<String> log;
    private ProgressListener progress;
    private Boolean relevance;
    private Double noThemeShare;

    private Builder() {}

    /**
     * Sets whether a multi-label model with unlabelled training articles also learns a relevance
     * column, the probability that an article has any theme at all, which multiplies every theme's
     * score (default true). It keeps ordinary articles from getting a theme on the strength of one
     * ambiguous word.
     *
     * @param value true for a relevance column
     * @return this builder
     */
    public Builder relevance(boolean value) {
      requireUnset(relevance, "relevance");
      relevance = value;
      return this;
    }

    /**
     * Sets the share of articles without a theme in the stream the model will read, for
     * calibration: out-of-fold scores and F1-optimal thresholds are fitted with the training
     * articles without a theme weighted to make up this share (default 0: as in the training data).
     *
     * @param value the share, 0 (as in the data) or in (0, 1)
     * @return this builder
     * @throws IllegalArgumentException if not 0 and not in (0, 1)
     */
    public Builder noThemeShare(double value) {
      requireUnset(noThemeShare, "noThemeShare");
      if (!(value == 0 || (value > 0 && value < 1))) {
        throw new IllegalArgumentException("noThemeShare must be 0 or in (0, 1), not " + value);
      }
      noThemeShare = value;
      return this;
    }

    /**
     * Sets the taxonomy whose themes the labels must be; without one the labels of the data become
     * the themes.
     *
     * @param value the taxonomy
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder taxonomy(Taxonomy value) {
      requireUnset(taxonomy, "taxonomy");
      taxonomy = Objects.requireNonNull(value, "taxonomy");
      return this;
    }

    /**
     * Sets the algorithm (default {@link Algorithm#AUTO}).
     *
     * @param value the algorithm
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder algorithm(Algorithm value) {
      requireUnset(algorithm, "algorithm");
      algorithm = Objects.requireNonNull(value, "algorithm");
      return this;
    }

    /**
     * Sets the number of cross-validation folds (default 5); 0 or 1 turns cross-validation off.
     *
     * @param value the folds, 0 to 20
     * @return this builder
     * @throws IllegalArgumentException if out of range
     * @throws IllegalStateException if it was already set
     */
    public Builder folds(int value) {
      requireUnset(folds, "folds");
      requireArgument(value >= 0 && value <= 20, "folds must be between 0 and 20, not %s", value);
      folds = value;
      return this;
    }

    /**
     * Sets the seed of every random step (default 42).
     *
     * @param value the seed
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder seed(long value) {
      requireUnset(seed, "seed");
      seed = value;
      return this;
    }

    /**
     * Sets the feature settings (default {@link FeatureSettings#defaults()}).
     *
     * @param value the settings
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder features(FeatureSettings value) {
      requireUnset(features, "features");
      features = Objects.requireNonNull(value, "features");
      return this;
    }

    /**
     * Fixes the inverse regularisation strength C instead of choosing it by cross-validation.
     *
     * @param value C, positive
     * @return this builder
     * @throws IllegalArgumentException if not positive and finite
     * @throws IllegalStateException if it was already set
     */
    public Builder regularization(double value) {
      requireUnset(regularization, "regularization");
      requireArgument(
          value > 0 && !Double.isInfinite(value), "regularization must be positive, not %s", value);
      regularization = value;
      return this;
    }

    /**
     * Sets the creation time written to the model (default: now), for repeatable files.
     *
     * @param value the time
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder createdAt(Instant value) {
      requireUnset(createdAt, "createdAt");
      createdAt = Objects.requireNonNull(value, "createdAt");
      return this;
    }

    /**
     * Hears how far training has come (default: nobody): one report before and after each
     * cross-validation fit (candidate settings times folds) and the final fit, with the time left.
     *
     * @param value the listener, called from the thread that trains
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder progressListener(ProgressListener value) {
      requireUnset(progress, "progressListener");
      progress = Objects.requireNonNull(value, "progressListener");
      return this;
    }

    /**
     * Sets where progress messages go (default: nowhere).
     *
     * @param value the receiver
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder log(Consumer<String> value) {
      requireUnset(log, "log");
      log = Objects.requireNonNull(value, "log");
      return this;
    }

    /**
     * Builds the trainer.
     *
     * @return the trainer
     */
    public ThemeTrainer build() {
      return new ThemeTrainer(this);
    }

    private static void requireUnset(Object field, String name) {
      requireState(field == null, "%s was already set to %s", name, field);
    }
  }
}
