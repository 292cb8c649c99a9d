package io.github.policythemes.classify;

import io.github.policythemes.PolicyThemes;
import io.github.policythemes.analysis.Language;
import io.github.policythemes.article.Article;
import io.github.policythemes.taxonomy.Keyword;
import io.github.policythemes.taxonomy.Taxonomy;
import io.github.policythemes.taxonomy.Theme;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The zero-shot classifier: scores each theme by the taxonomy keywords found in the article.
 *
 * <p>Keywords and article are analysed with the same chain, so "local governments" matches the
 * keyword "local government" and "지방소멸대응기금을" matches "지방소멸대응기금". Scores are comparable across
 * lengths: the evidence is divided by a length factor before it is squashed into [0, 1].
 */
final class KeywordThemeClassifier implements ThemeClassifier {
  /** A theme is assigned at this score; one strong keyword in a headline reaches it. */
  static final double THRESHOLD = 0.5;

  /** Documents up to this many terms count as one unit of length. */
  static final int UNIT_LENGTH = 25;

  private final Taxonomy taxonomy;
  private final Map<Language, Map<String, float[]>> phrases;
  private final Map<Language, Integer> longest;
  private final double[] thresholds;
  private final ModelMetadata metadata;

  private KeywordThemeClassifier(
      Taxonomy taxonomy,
      Map<Language, Map<String, float[]>> phrases,
      Map<Language, Integer> longest,
      double[] values) {
    this.taxonomy = taxonomy;
    this.phrases = phrases;
    this.longest = longest;
    this.thresholds = values.clone();
    Map<String, Double> thresholds = new LinkedHashMap<>();
    for (int t = 0; t < values.length; t++) {
      thresholds.put(taxonomy.themeIds().get(t), values[t]);
    }
    this.metadata =
        new ModelMetadata(
            0,
            PolicyThemes.version(),
            null,
            "keyword",
            Map.of("taxonomy", taxonomy.id() + " v" + taxonomy.version()),
            Map.of("chain", "words"),
            0,
            "",
            Map.of(),
            thresholds);
  }

  static KeywordThemeClassifier create(Taxonomy taxonomy) {
    List<Theme> themes = taxonomy.themes();
    Map<Language, Map<String, float[]>> phrases = new EnumMap<>(Language.class);
    Map<Language, Integer> longest = new EnumMap<>(Language.class);
    for (int t = 0; t < themes.size(); t++) {
      for (Map.Entry<Language, List<Keyword>> entry : themes.get(t).keywords().entrySet()) {
        Language language = entry.getKey();
        for (Keyword keyword : entry.getValue()) {
          TermSequence sequence = TermSequence.of(keyword.phrase(), language);
          if (sequence.size() == 0) {
            continue;
          }
          float[] weights =
              phrases
                  .computeIfAbsent(language, l -> new HashMap<>())
                  .computeIfAbsent(sequence.key(0, sequence.size()), k -> new float[themes.size()]);
          weights[t] = (float) Math.max(weights[t], keyword.weight());
          longest.merge(language, sequence.size(), Math::max);
        }
      }
    }
    if (phrases.isEmpty()) {
      throw new IllegalArgumentException(
          "taxonomy '" + taxonomy.id() + "' has no keywords: a keyword classifier needs them");
    }
    double[] thresholds = new double[themes.size()];
    java.util.Arrays.fill(thresholds, THRESHOLD);
    return new KeywordThemeClassifier(taxonomy, phrases, longest, thresholds);
  }

  @Override
  public Classification classify(Article article) {
    return score(article, null);
  }

  @Override
  public Explanation explain(Article article) {
    List<List<Occurrence>> occurrences = new ArrayList<>();
    taxonomy.themes().forEach(theme -> occurrences.add(new ArrayList<>()));
    Classification classification = score(article, occurrences);
    EvidenceBuilder builder = new EvidenceBuilder(article.content(), classification.language());
    List<ThemeEvidence> evidence = new ArrayList<>();
    for (ThemeScore score : classification.assigned()) {
      int t = taxonomy.themeIds().indexOf(score.themeId());
      evidence.add(builder.build(score, occurrences.get(t)));
    }
    return new Explanation(classification, evidence);
  }

  private Classification score(Article article, List<List<Occurrence>> occurrences) {
    String content = article.content();
    Language language = Languages.of(article, content);
    TermSequence sequence = TermSequence.of(content, language);
    Map<String, float[]> table = phrases.getOrDefault(language, Map.of());
    int maxLength = longest.getOrDefault(language, 0);
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < sequence.size(); i++) {
      for (int n = 1; n <= maxLength && i + n <= sequence.size(); n++) {
        String key = sequence.key(i, n);
        float[] weights = table.get(key);
        if (weights == null) {
          continue;
        }
        counts.merge(key, 1, Integer::sum);
        if (occurrences != null) {
          int start = sequence.offsets.get(i)[0];
          int end = sequence.offsets.get(i + n - 1)[1];
          for (int t = 0; t < weights.length; t++) {
            if (weights[t] > 0) {
              occurrences.get(t).add(new Occurrence(start, end, weights[t]));
            }
          }
        }
      }
    }
    double[] evidence = new double[taxonomy.themes().size()];
    counts.forEach(
        (key, count) -> {
          float[] weights = table.get(key);
          for (int t = 0; t < evidence.length; t++) {
            evidence[t] += weights[t] * (1 + Math.log(count));
          }
        });
    double lengthFactor = Math.sqrt(Math.max(sequence.size(), UNIT_LENGTH) / (double) UNIT_LENGTH);
    double[] scores = new double[evidence.length];
    for (int t = 0; t < evidence.length; t++) {
      scores[t] = 1 - Math.exp(-evidence[t] / lengthFactor);
    }
    return Scores.rank(
        article.id(), language, taxonomy, scores, thresholds, !taxonomy.multiLabel());
  }

  @Override
  public ThemeClassifier withThresholds(Thresholds values) {
    return new KeywordThemeClassifier(
        taxonomy, phrases, longest, values.resolve(taxonomy, thresholds));
  }

  @Override
  public double[] thresholds() {
    return thresholds.clone();
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
    return "KeywordThemeClassifier[" + taxonomy.id() + "]";
  }
}
