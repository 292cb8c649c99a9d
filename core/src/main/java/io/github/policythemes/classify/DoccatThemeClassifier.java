package io.github.policythemes.classify;

import io.github.policythemes.analysis.Language;
import io.github.policythemes.article.Article;
import io.github.policythemes.taxonomy.Taxonomy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;

/**
 * An OpenNLP document categorizer ({@code DocumentCategorizerME}) behind the theme classifier
 * interface: the baseline, and the way to use doccat models users already have. Single-label: the
 * top category is assigned. Tokenization is OpenNLP's {@code SimpleTokenizer}, as doccat users know
 * it.
 *
 * <p>Explanations come from occlusion: a term's contribution is how much the theme's probability
 * falls when every occurrence of the term is removed (for the most frequent terms of the article),
 * since doccat does not expose per-feature weights.
 *
 * <p>Immutable and thread-safe: one categorizer per thread over the shared model.
 */
public final class DoccatThemeClassifier implements ThemeClassifier {
  private static final int OCCLUDED_TERMS = 40;

  private final Taxonomy taxonomy;
  private final DoccatModel model;
  private final ModelMetadata metadata;
  private final int[] categoryOfTheme;
  private final double[] thresholds;
  private final ThreadLocal<DocumentCategorizerME> categorizer;

  private DoccatThemeClassifier(
      Taxonomy taxonomy, DoccatModel model, ModelMetadata metadata, double[] thresholds) {
    this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
    this.model = Objects.requireNonNull(model, "model");
    this.metadata = Objects.requireNonNull(metadata, "metadata");
    this.thresholds = thresholds.clone();
    this.categorizer = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
    DocumentCategorizerME probe = new DocumentCategorizerME(model);
    List<String> ids = taxonomy.themeIds();
    categoryOfTheme = new int[ids.size()];
    for (int t = 0; t < ids.size(); t++) {
      categoryOfTheme[t] = probe.getIndex(ids.get(t));
    }
  }

  /**
   * Wraps a doccat model; called by trainers and loaders.
   *
   * @param taxonomy the themes; every category of the model must be one
   * @param model the OpenNLP model
   * @param metadata what made it
   * @return the classifier
   * @throws IllegalArgumentException if a category of the model is not a theme
   */
  public static DoccatThemeClassifier of(
      Taxonomy taxonomy, DoccatModel model, ModelMetadata metadata) {
    DocumentCategorizerME probe = new DocumentCategorizerME(model);
    for (int c = 0; c < probe.getNumberOfCategories(); c++) {
      if (!taxonomy.contains(probe.getCategory(c))) {
        throw new IllegalArgumentException(
            "doccat category '" + probe.getCategory(c) + "' is not a theme of " + taxonomy.id());
      }
    }
    return new DoccatThemeClassifier(
        taxonomy, model, metadata, new double[taxonomy.themes().size()]);
  }

  /**
   * Reads a doccat model from its OpenNLP serialisation.
   *
   * @param bytes the bytes of a {@code .bin} doccat model
   * @return the model
   * @throws IOException if the bytes are not a doccat model
   */
  public static DoccatModel readModel(byte[] bytes) throws IOException {
    return new DoccatModel(new ByteArrayInputStream(bytes));
  }

  /**
   * Returns the model in OpenNLP's serialisation, for a model bundle.
   *
   * @return the bytes
   */
  public byte[] modelBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      model.serialize(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Override
  public Classification classify(Article article) {
    String content = article.content();
    return rank(article.id(), Languages.of(article, content), tokens(content));
  }

  @Override
  public Explanation explain(Article article) {
    String content = article.content();
    Language language = Languages.of(article, content);
    Span[] spans = SimpleTokenizer.INSTANCE.tokenizePos(content);
    String[] tokens = Span.spansToStrings(spans, content);
    Classification classification = rank(article.id(), language, tokens);
    Map<String, Integer> frequency = new LinkedHashMap<>();
    for (String token : tokens) {
      frequency.merge(token.toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
    }
    List<String> candidates =
        frequency.entrySet().stream()
            .sorted((a, b) -> b.getValue() - a.getValue())
            .limit(OCCLUDED_TERMS)
            .map(Map.Entry::getKey)
            .toList();
    EvidenceBuilder evidence = new EvidenceBuilder(content, language);
    List<ThemeEvidence> themes = new ArrayList<>();
    for (ThemeScore score : classification.assigned()) {
      List<Occurrence> occurrences = new ArrayList<>();
      for (String candidate : candidates) {
        String[] without =
            java.util.Arrays.stream(tokens)
                .filter(t -> !t.toLowerCase(java.util.Locale.ROOT).equals(candidate))
                .toArray(String[]::new);
        double drop = score.score() - probability(without, score.themeId());
        for (int i = 0; i < tokens.length; i++) {
          if (tokens[i].toLowerCase(java.util.Locale.ROOT).equals(candidate)) {
            occurrences.add(
                new Occurrence(
                    spans[i].getStart(), spans[i].getEnd(), drop / frequency.get(candidate)));
          }
        }
      }
      themes.add(evidence.build(score, occurrences));
    }
    return new Explanation(classification, themes);
  }

  private double probability(String[] tokens, String themeId) {
    DocumentCategorizerME me = categorizer.get();
    return me.categorize(tokens)[me.getIndex(themeId)];
  }

  private Classification rank(String id, Language language, String[] tokens) {
    double[] outcomes = categorizer.get().categorize(tokens);
    double[] scores = new double[categoryOfTheme.length];
    for (int t = 0; t < scores.length; t++) {
      scores[t] = categoryOfTheme[t] >= 0 ? outcomes[categoryOfTheme[t]] : 0;
    }
    return Scores.rank(id, language, taxonomy, scores, thresholds, true);
  }

  @Override
  public ThemeClassifier withThresholds(Thresholds values) {
    double[] resolved = values.resolve(taxonomy, thresholds);
    return new DoccatThemeClassifier(
        taxonomy, model, Scores.withThresholds(metadata, taxonomy, resolved), resolved);
  }

  @Override
  public double[] thresholds() {
    return thresholds.clone();
  }

  private static String[] tokens(String content) {
    return SimpleTokenizer.INSTANCE.tokenize(content);
  }

  @Override
  public Taxonomy taxonomy() {
    return taxonomy;
  }

  @Override
  public ModelMetadata metadata() {
    return metadata;
  }

  @Override
  public String toString() {
    return "DoccatThemeClassifier[" + taxonomy.id() + "]";
  }
}
