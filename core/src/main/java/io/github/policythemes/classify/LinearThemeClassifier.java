package io.github.policythemes.classify;

import io.github.policythemes.analysis.Chain;
import io.github.policythemes.analysis.Language;
import io.github.policythemes.article.Article;
import io.github.policythemes.features.FeatureBuffer;
import io.github.policythemes.features.FeatureExtractor;
import io.github.policythemes.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A linear model over sparse tf-idf features: {@code score = W·x + b} per theme, then a sigmoid per
 * theme (multi-label, each theme assigned at its own threshold) or a softmax over themes
 * (single-label, the top theme assigned).
 *
 * <p>The weights are one dense {@code float} block, one row of {@code themes} floats per feature,
 * so one feature touches one cache line. Immutable and thread-safe: the per-document scratch
 * (feature buffer, raw scores) lives in a {@code ThreadLocal}. Made by trainers ({@code
 * policy-themes-models}) and by {@link io.github.policythemes.classify.ClassifierBundle}; users get
 * one from {@link ThemeClassifier#load} or {@link ThemeClassifier#defaultModel()}.
 */
public final class LinearThemeClassifier implements ThemeClassifier {
  /** How raw scores become probabilities. */
  public enum Output {
    /** One sigmoid per theme: multi-label. */
    SIGMOID,
    /** A softmax over the themes: single-label. */
    SOFTMAX,
    /**
     * Multi-label with a relevance column: the weight block has one more column, whose sigmoid is
     * the probability that the article has any theme at all, and each theme's score is its own
     * sigmoid times that one.
     */
    GATED_SIGMOID
  }

  private final Taxonomy taxonomy;
  private final FeatureExtractor extractor;
  private final float[] weights;
  private final float[] bias;
  private final double[] thresholds;
  private final Output output;
  private final ModelMetadata metadata;
  private final int themes;
  private final int columns; // themes, plus the relevance column of GATED_SIGMOID
  private final ThreadLocal<Scratch> scratch;

  private LinearThemeClassifier(
      Taxonomy taxonomy,
      FeatureExtractor extractor,
      float[] weights,
      float[] bias,
      double[] thresholds,
      Output output,
      ModelMetadata metadata) {
    this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.output = Objects.requireNonNull(output, "output");
    this.metadata = Objects.requireNonNull(metadata, "metadata");
    this.themes = taxonomy.themes().size();
    this.columns = themes + (output == Output.GATED_SIGMOID ? 1 : 0);
    int features = extractor.featureCount();
    if (weights.length != (long) features * columns) {
      throw new IllegalArgumentException(
          "weights has " + weights.length + " floats, expected " + features + " x " + columns);
    }
    if (bias.length != columns || thresholds.length != themes) {
      throw new IllegalArgumentException(
          "bias needs one value per weight column and thresholds one per theme");
    }
    for (double threshold : thresholds) {
      if (!(threshold >= 0 && threshold <= 1)) {
        throw new IllegalArgumentException("threshold " + threshold + " is not in [0, 1]");
      }
    }
    this.weights = weights.clone();
    this.bias = bias.clone();
    this.thresholds = thresholds.clone();
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(extractor.newBuffer(), columns));
  }

  /**
   * Makes a classifier; called by trainers and loaders.
   *
   * @param taxonomy the themes, in the order of the weight columns
   * @param extractor the feature extractor (settings and vocabulary)
   * @param weights {@code features x columns} floats, row-major by feature; columns is the number
   *     of themes, plus one for {@link Output#GATED_SIGMOID}
   * @param bias one float per column
   * @param thresholds one threshold in [0, 1] per theme (ignored for {@link Output#SOFTMAX})
   * @param output sigmoid or softmax
   * @param metadata what made the model
   * @return the classifier, holding copies of the arrays
   * @throws IllegalArgumentException if the array sizes do not fit
   */
  public static LinearThemeClassifier of(
      Taxonomy taxonomy,
      FeatureExtractor extractor,
      float[] weights,
      float[] bias,
      double[] thresholds,
      Output output,
      ModelMetadata metadata) {
    return new LinearThemeClassifier(
        taxonomy, extractor, weights, bias, thresholds, output, metadata);
  }

  @Override
  public Classification classify(Article article) {
    String content = article.content();
    Language language = Languages.of(article, content);
    Scratch local = scratch.get();
    extractor.extract(content, language, local.buffer, false);
    return rank(article.id(), language, local);
  }

  @Override
  public Explanation explain(Article article) {
    String content = article.content();
    Language language = Languages.of(article, content);
    Scratch local = scratch.get();
    FeatureBuffer buffer = local.buffer;
    extractor.extract(content, language, buffer, true);
    Classification classification = rank(article.id(), language, local);
    EvidenceBuilder evidence = new EvidenceBuilder(content, language);
    Readable readable =
        extractor.settings().chainFor(language) == Chain.WORDS
            ? null
            : new Readable(content, language);
    int[] counts = occurrenceCounts(buffer);
    List<ThemeEvidence> result = new ArrayList<>();
    List<String> ids = taxonomy.themeIds();
    for (ThemeScore score : classification.assigned()) {
      int t = ids.indexOf(score.themeId());
      List<Occurrence> occurrences = new ArrayList<>();
      for (int i = 0; i < buffer.occurrences(); i++) {
        int feature = buffer.occurrenceFeature(i);
        double contribution =
            buffer.weightOf(feature) * weights[feature * columns + t] / counts[feature];
        occurrences.add(
            new Occurrence(buffer.occurrenceStart(i), buffer.occurrenceEnd(i), contribution));
      }
      ThemeEvidence raw = evidence.build(score, occurrences);
      if (readable != null) {
        raw =
            new ThemeEvidence(
                raw.themeId(),
                raw.label(),
                raw.score(),
                evidence.terms(readable.words(occurrences)),
                raw.sentences());
      }
      result.add(raw);
    }
    return new Explanation(classification, result);
  }

  private static int[] occurrenceCounts(FeatureBuffer buffer) {
    int[] counts = new int[buffer.occurrences() == 0 ? 0 : maxFeature(buffer) + 1];
    for (int i = 0; i < buffer.occurrences(); i++) {
      counts[buffer.occurrenceFeature(i)]++;
    }
    return counts;
  }

  private static int maxFeature(FeatureBuffer buffer) {
    int max = 0;
    for (int i = 0; i < buffer.occurrences(); i++) {
      max = Math.max(max, buffer.occurrenceFeature(i));
    }
    return max;
  }

  /* The hot loop: each present feature adds its row of theme weights to the raw scores. */
  private Classification rank(String id, Language language, Scratch local) {
    double[] raw = local.raw;
    int width = columns;
    for (int t = 0; t < width; t++) {
      raw[t] = bias[t];
    }
    FeatureBuffer buffer = local.buffer;
    for (int i = 0, n = buffer.size(); i < n; i++) {
      float value = buffer.value(i);
      int row = buffer.index(i) * width;
      for (int t = 0; t < width; t++) {
        raw[t] += value * weights[row + t];
      }
    }
    double[] probabilities = new double[themes];
    if (output != Output.SOFTMAX) {
      double gate = output == Output.GATED_SIGMOID ? 1 / (1 + Math.exp(-raw[themes])) : 1;
      for (int t = 0; t < themes; t++) {
        probabilities[t] = gate / (1 + Math.exp(-raw[t]));
      }
    } else {
      double max = Double.NEGATIVE_INFINITY;
      for (int t = 0; t < themes; t++) {
        max = Math.max(max, raw[t]);
      }
      double sum = 0;
      for (int t = 0; t < themes; t++) {
        probabilities[t] = Math.exp(raw[t] - max);
        sum += probabilities[t];
      }
      for (int t = 0; t < themes; t++) {
        probabilities[t] /= sum;
      }
    }
    return Scores.rank(id, language, taxonomy, probabilities, thresholds, output == Output.SOFTMAX);
  }

  @Override
  public LinearThemeClassifier withThresholds(Thresholds values) {
    double[] resolved = values.resolve(taxonomy, thresholds);
    return new LinearThemeClassifier(
        taxonomy,
        extractor,
        weights,
        bias,
        resolved,
        output,
        Scores.withThresholds(metadata, taxonomy, resolved));
  }

  @Override
  public Taxonomy taxonomy() {
    return taxonomy;
  }

  @Override
  public ModelMetadata metadata() {
    return metadata;
  }

  /**
   * Returns the feature extractor (settings and vocabulary).
   *
   * @return the extractor
   */
  public FeatureExtractor extractor() {
    return extractor;
  }

  /**
   * Returns a copy of the weights, {@code features x columns}, row-major by feature (columns: the
   * themes, then the relevance column of {@link Output#GATED_SIGMOID}).
   *
   * @return the weights
   */
  public float[] weights() {
    return weights.clone();
  }

  /**
   * Returns a copy of the bias per weight column.
   *
   * @return the bias
   */
  public float[] bias() {
    return bias.clone();
  }

  @Override
  public double[] thresholds() {
    return thresholds.clone();
  }

  /**
   * Returns how raw scores become probabilities.
   *
   * @return sigmoid (multi-label) or softmax (single-label)
   */
  public Output output() {
    return output;
  }

  @Override
  public String toString() {
    return "LinearThemeClassifier["
        + taxonomy.id()
        + ", "
        + metadata.algorithm()
        + ", "
        + extractor.vocabulary().size()
        + " features]";
  }

  /** Per-thread scratch. */
  private static final class Scratch {
    final FeatureBuffer buffer;
    final double[] raw;

    Scratch(FeatureBuffer buffer, int themes) {
      this.buffer = buffer;
      this.raw = new double[themes];
    }
  }
}
