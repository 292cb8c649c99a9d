package io.github.policythemes.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.policythemes.analysis.Chain;
import io.github.policythemes.analysis.Language;
import io.github.policythemes.article.Article;
import io.github.policythemes.classify.LinearThemeClassifier;
import io.github.policythemes.classify.ThemeClassifier;
import io.github.policythemes.eval.Evaluation;
import io.github.policythemes.eval.LabelledArticle;
import io.github.policythemes.eval.LabelledData;
import io.github.policythemes.features.FeatureSettings;
import io.github.policythemes.taxonomy.Taxonomy;
import io.github.policythemes.training.ThemeTrainer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * What the English words chain (possessives, lower case, stop words, plural stemmer) buys in
 * accuracy over plain lower-cased words (the {@code BIGRAMS} chain, which for English is just
 * that): our model trained with {@link FeatureSettings#defaults()} and with {@code withChain(EN,
 * BIGRAMS)}, everything else equal (linear SVM, C = 1). Accuracy is not a timing, so this is a
 * small tool rather than a JMH benchmark; {@code run.sh} runs it next to {@code TokenizeBenchmark},
 * whose {@code EN_*} steps give what each filter costs.
 *
 * <p>Data: the English seed articles (multi-label, 5-fold cross-validation), and when the shared
 * data folder is there, BBC news (its 5 folds) and US bill titles (its train/test split), read in
 * place. The full run also trains the default settings on Korean YNAT headlines (train/test), the
 * accuracy the Korean and Chinese speed target must not give up.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.policythemes.benchmarks.ChainAccuracy \
 *     [--data ../shared/data] [--quick] [--out benchmarks/results/accuracy.json]
 * }</pre>
 */
public final class ChainAccuracy {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final FeatureSettings WORDS = FeatureSettings.defaults();
  private static final FeatureSettings LOWER_CASED =
      FeatureSettings.defaults().withChain(Language.EN, Chain.BIGRAMS);

  private final List<ObjectNode> rows = new ArrayList<>();

  private ChainAccuracy() {}

  /**
   * Runs the comparison.
   *
   * @param args {@code --data DIR}, {@code --quick} (seed articles and US bills only), {@code --out
   *     FILE} (JSON rows)
   * @throws IOException if a corpus or the output cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path data = Path.of("../shared/data");
    boolean quick = false;
    Path out = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--data" -> data = Path.of(args[++i]);
        case "--quick" -> quick = true;
        case "--out" -> out = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    ChainAccuracy run = new ChainAccuracy();
    System.out.printf(
        Locale.ROOT,
        "%-30s %-28s %6s %9s %9s %9s %7s%n",
        "data",
        "English chain (settings)",
        "docs",
        "accuracy",
        "macro-F1",
        "micro-F1",
        "train s");
    run.seeds();
    if (Files.isRegularFile(data.resolve("uscongress.jsonl"))) {
      run.split(data.resolve("uscongress.jsonl"), "uscongress (train -> test)", true);
    } else {
      System.out.println("(no " + data.resolve("uscongress.jsonl") + ": skipped)");
    }
    if (!quick && Files.isRegularFile(data.resolve("bbc.jsonl"))) {
      run.bbc(data.resolve("bbc.jsonl"));
    }
    if (!quick && Files.isRegularFile(data.resolve("ynat.jsonl"))) {
      run.split(data.resolve("ynat.jsonl"), "ynat, Korean (train -> test)", false);
    }
    if (out != null) {
      ArrayNode array = JSON.createArrayNode();
      run.rows.forEach(array::add);
      Files.createDirectories(out.toAbsolutePath().getParent());
      JSON.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), array);
    }
  }

  private void seeds() {
    LabelledData all = Corpus.load(Corpus.SEEDS).data();
    List<LabelledArticle> english =
        all.articles().stream().filter(a -> a.article().language() == Language.EN).toList();
    LabelledData data = new LabelledData(english, all.sha256(), all.source());
    for (FeatureSettings settings : List.of(WORDS, LOWER_CASED)) {
      long start = System.nanoTime();
      Evaluation cv =
          ThemeTrainer.builder()
              .taxonomy(Taxonomy.builtIn(Taxonomy.DEFAULT_ID))
              .features(settings)
              .regularization(1.0)
              .folds(5)
              .build()
              .train(data)
              .crossValidation()
              .orElseThrow();
      report("seeds, English (5-fold CV)", label(settings), cv, start);
    }
  }

  private void bbc(Path file) throws IOException {
    List<Row> rows = read(file);
    for (FeatureSettings settings : List.of(WORDS, LOWER_CASED)) {
      long start = System.nanoTime();
      List<String> labels = new ArrayList<>();
      List<List<String>> gold = new ArrayList<>();
      List<List<String>> predicted = new ArrayList<>();
      for (int fold = 1; fold <= 5; fold++) {
        String test = Integer.toString(fold);
        LinearThemeClassifier model = train(rows, row -> !row.group.equals(test), settings);
        labels = model.taxonomy().themeIds();
        predict(model, rows, row -> row.group.equals(test), gold, predicted);
      }
      report(
          "bbc (5 folds)", label(settings), Evaluation.of(labels, gold, predicted, false), start);
    }
  }

  private void split(Path file, String name, boolean compareChains) throws IOException {
    List<Row> rows = read(file);
    for (FeatureSettings settings : compareChains ? List.of(WORDS, LOWER_CASED) : List.of(WORDS)) {
      long start = System.nanoTime();
      LinearThemeClassifier model = train(rows, row -> row.group.equals("train"), settings);
      List<List<String>> gold = new ArrayList<>();
      List<List<String>> predicted = new ArrayList<>();
      predict(model, rows, row -> row.group.equals("test"), gold, predicted);
      report(
          name,
          compareChains ? label(settings) : "default (Korean: BIGRAMS)",
          Evaluation.of(model.taxonomy().themeIds(), gold, predicted, false),
          start);
    }
  }

  private static LinearThemeClassifier train(
      List<Row> rows, Predicate<Row> training, FeatureSettings settings) {
    List<LabelledArticle> articles = new ArrayList<>();
    for (Row row : rows) {
      if (training.test(row)) {
        articles.add(row.article);
      }
    }
    ThemeClassifier model =
        ThemeTrainer.builder()
            .features(settings)
            .regularization(1.0)
            .folds(0)
            .build()
            .train(new LabelledData(articles, "-", "subset"))
            .classifier();
    if (model instanceof LinearThemeClassifier linear) {
      return linear;
    }
    throw new IllegalStateException("the trainer's default is not a linear model: " + model);
  }

  private static void predict(
      LinearThemeClassifier model,
      List<Row> rows,
      Predicate<Row> test,
      List<List<String>> gold,
      List<List<String>> predicted) {
    for (Row row : rows) {
      if (test.test(row)) {
        gold.add(row.article.labels());
        predicted.add(model.classify(row.article.article()).assignedIds());
      }
    }
  }

  private static String label(FeatureSettings settings) {
    return settings == WORDS ? "words (default)" : "lower-cased words (BIGRAMS)";
  }

  private void report(String data, String chain, Evaluation evaluation, long start) {
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%-30s %-28s %6d %9.4f %9.4f %9.4f %7.1f%n",
        data,
        chain,
        evaluation.documents(),
        evaluation.accuracy(),
        evaluation.macroF1(),
        evaluation.microF1(),
        seconds);
    ObjectNode row = JSON.createObjectNode();
    row.put("data", data);
    row.put("chain", chain);
    row.put("documents", evaluation.documents());
    row.put("accuracy", evaluation.accuracy());
    row.put("macroF1", evaluation.macroF1());
    row.put("microF1", evaluation.microF1());
    row.put("trainSeconds", seconds);
    rows.add(row);
  }

  /** One labelled line of a shared data file, with its split ({@code split}) or fold. */
  private record Row(LabelledArticle article, String group) {}

  private static List<Row> read(Path file) throws IOException {
    List<Row> rows = new ArrayList<>();
    long line = 0;
    for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      line++;
      if (text.isBlank()) {
        continue;
      }
      JsonNode node = JSON.readTree(text);
      JsonNode group = node.has("split") ? node.get("split") : node.path("fold");
      Article article =
          new Article(node.path("id").asText(), "", node.path("text").asText(), null, null);
      rows.add(
          new Row(
              new LabelledArticle(article, List.of(node.path("label").asText()), line),
              group.asText()));
    }
    return rows;
  }
}
