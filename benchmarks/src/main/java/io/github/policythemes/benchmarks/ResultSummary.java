package io.github.policythemes.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policythemes.classify.ThemeClassifier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns JMH's JSON results ({@code -rf json}) and {@link ChainAccuracy}'s rows into the Markdown
 * summary that {@code run.sh} prints: MB/s, ratios against the peers of the same run, allocation
 * per article, load times, and each target of issue 7 met or missed.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.policythemes.benchmarks.ResultSummary \
 *     results/tokenize.json results/classify.json results/load.json results/accuracy.json
 * }</pre>
 */
public final class ResultSummary {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] LANGUAGES = {"EN", "KO", "ZH"};
  private static final String[] SIZES = {"SHORT", "MEDIUM", "LONG"};
  private static final String[] PEERS = {"OPENNLP_DOCCAT", "SMILE_LOGISTIC", "LUCENE_NAIVE_BAYES"};
  private static final String[] STEPS = {
    "EN_STANDARD_TOKENIZER", "EN_POSSESSIVE", "EN_LOWER_CASE", "EN_STOP_WORDS", "EN_MINIMAL_STEM"
  };

  private final Map<String, JsonNode> tokenize = new LinkedHashMap<>();
  private final Map<String, JsonNode> classify = new LinkedHashMap<>();
  private final Map<String, JsonNode> load = new LinkedHashMap<>();
  private final List<JsonNode> accuracy = new ArrayList<>();
  private final StringBuilder out = new StringBuilder();
  private final List<String> targets = new ArrayList<>();
  private String jdk = "";

  private ResultSummary() {}

  /**
   * Prints the summary of result files.
   *
   * @param args JMH JSON result files and accuracy JSON files, in any order
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    ResultSummary summary = new ResultSummary();
    for (String arg : args) {
      summary.add(JSON.readTree(Path.of(arg).toFile()));
    }
    System.out.print(summary.render());
  }

  private void add(JsonNode array) {
    for (JsonNode node : array) {
      if (node.has("data")) {
        accuracy.add(node);
        continue;
      }
      String benchmark = node.path("benchmark").asText();
      JsonNode params = node.path("params");
      jdk = node.path("jdkVersion").asText() + " " + node.path("vmName").asText();
      if (benchmark.endsWith("TokenizeBenchmark.tokenize")) {
        tokenize.put(params.path("tokenizer").asText(), node);
      } else if (benchmark.endsWith("ClassifyBenchmark.classify")) {
        String key =
            params.path("peer").asText()
                + "/"
                + params.path("lang").asText()
                + "/"
                + params.path("size").asText();
        classify.put(key, node);
      } else if (benchmark.contains("LoadBenchmark.")) {
        load.put(benchmark.substring(benchmark.lastIndexOf('.') + 1), node);
      }
    }
  }

  private String render() {
    line("JDK: " + jdk + ". MB = 10^6 bytes of UTF-16 text (2 per char); one thread.");
    line("");
    if (!classify.isEmpty()) {
      classifyTable();
    }
    if (!tokenize.isEmpty()) {
      tokenizeTable();
      filterTable();
    }
    if (!accuracy.isEmpty()) {
      accuracyTable();
    }
    if (!load.isEmpty()) {
      loadTable();
    }
    if (!targets.isEmpty()) {
      line("### Targets (issue 7)");
      line("");
      targets.forEach(this::line);
      line("");
    }
    return out.toString();
  }

  private void classifyTable() {
    int themes = ThemeClassifier.defaultModel().taxonomy().themes().size();
    long result = resultBytes(themes);
    line("### Classify: text in, themes out (MB/s; ratio = policy-themes / peer)");
    line("");
    line(
        "| lang | size | policy-themes MB/s ± error (docs/s) | alloc B/doc | OpenNLP doccat |"
            + " ratio | Smile logistic | ratio | Lucene naive Bayes | ratio |");
    line("|---|---|---|---|---|---|---|---|---|---|");
    for (String lang : LANGUAGES) {
      for (String size : SIZES) {
        JsonNode ours = classify.get("POLICY_THEMES/" + lang + "/" + size);
        if (ours == null) {
          continue;
        }
        StringBuilder row = new StringBuilder();
        row.append(
            String.format(
                Locale.ROOT,
                "| %s | %s | %s ± %s (%,.0f) | %s |",
                lang,
                size.toLowerCase(Locale.ROOT),
                mbs(ours),
                mbsError(ours),
                ops(ours),
                alloc(ours)));
        for (String peer : PEERS) {
          JsonNode other = classify.get(peer + "/" + lang + "/" + size);
          row.append(
              other == null
                  ? " - | - |"
                  : " "
                      + mbs(other)
                      + " | "
                      + ratio(bytesPerSecond(ours), bytesPerSecond(other))
                      + " |");
        }
        line(row.toString());
      }
    }
    line("");
    line(
        String.format(
            Locale.ROOT,
            "alloc B/doc is JMH's gc.alloc.rate.norm (-prof gc); the result itself (a Classification"
                + " of %d themes) takes about %d B of it.",
            themes,
            result));
    line("");
    JsonNode enOurs = classify.get("POLICY_THEMES/EN/MEDIUM");
    JsonNode enDoccat = classify.get("OPENNLP_DOCCAT/EN/MEDIUM");
    if (enOurs != null && enDoccat != null) {
      double r = bytesPerSecond(enOurs) / bytesPerSecond(enDoccat);
      target(
          r >= 1.5,
          String.format(
              Locale.ROOT,
              "English medium, tokenize+classify vs OpenNLP doccat: %.2fx (target >= 1.5x, aim 2x)",
              r));
    }
    for (String lang : new String[] {"KO", "ZH"}) {
      JsonNode ours = classify.get("POLICY_THEMES/" + lang + "/MEDIUM");
      if (ours != null) {
        double mb = bytesPerSecond(ours) / 1e6;
        target(
            mb >= 20,
            String.format(
                Locale.ROOT,
                "%s medium, tokenize+classify: %.1f MB/s (target >= 20 MB/s per core)",
                lang,
                mb));
      }
    }
    for (String lang : LANGUAGES) {
      JsonNode ours = classify.get("POLICY_THEMES/" + lang + "/MEDIUM");
      JsonNode gc = ours == null ? null : ours.path("secondaryMetrics").get("gc.alloc.rate.norm");
      if (gc != null) {
        double beyond = gc.path("score").asDouble() - result;
        target(
            beyond < 2048,
            String.format(
                Locale.ROOT,
                "%s medium, allocated beyond the result: %.0f B/doc (target < 2048 B)",
                lang,
                beyond));
      }
    }
  }

  private void tokenizeTable() {
    line("### Tokenize (MB/s; ratio = tokenizer / Lucene StandardAnalyzer on the same text)");
    line("");
    line("| tokenizer | MB/s | ± | ratio |");
    line("|---|---|---|---|");
    for (Map.Entry<String, JsonNode> entry : tokenize.entrySet()) {
      String name = entry.getKey();
      JsonNode standard = tokenize.get(name.substring(0, 3) + "STANDARD_ANALYZER");
      line(
          String.format(
              Locale.ROOT,
              "| %s | %s | %s | %s |",
              name,
              mbs(entry.getValue()),
              mbsError(entry.getValue()),
              standard == null
                  ? "-"
                  : ratio(bytesPerSecond(entry.getValue()), bytesPerSecond(standard))));
    }
    line("");
    for (String[] pair :
        new String[][] {
          {"EN_WORDS", "EN_OPENNLP_SIMPLE"},
          {"EN_WORDS", "EN_OPENNLP_ME"},
          {"EN_WORDS", "EN_ENGLISH_ANALYZER"},
          {"KO_BIGRAMS", "KO_KOREAN_ANALYZER"},
          {"KO_WORDS", "KO_KOREAN_ANALYZER"},
          {"ZH_BIGRAMS", "ZH_SMART_CHINESE_ANALYZER"},
          {"ZH_WORDS", "ZH_SMART_CHINESE_ANALYZER"}
        }) {
      JsonNode a = tokenize.get(pair[0]);
      JsonNode b = tokenize.get(pair[1]);
      if (a != null && b != null) {
        line("- " + pair[0] + " / " + pair[1] + ": " + ratio(bytesPerSecond(a), bytesPerSecond(b)));
      }
    }
    line("");
  }

  private void filterTable() {
    line("### What each English filter costs (StandardTokenizer, then one filter more per row)");
    line("");
    line("| step | MB/s | ms per MB | added by the step, ms per MB |");
    line("|---|---|---|---|");
    double previous = Double.NaN;
    for (String step : STEPS) {
      JsonNode node = tokenize.get(step);
      if (node == null) {
        continue;
      }
      double msPerMb = 1e9 / bytesPerSecond(node);
      line(
          String.format(
              Locale.ROOT,
              "| %s | %s | %.2f | %s |",
              step,
              mbs(node),
              msPerMb,
              Double.isNaN(previous)
                  ? "-"
                  : String.format(Locale.ROOT, "%+.2f", msPerMb - previous)));
      previous = msPerMb;
    }
    line("");
  }

  private void accuracyTable() {
    line("### What the English words chain buys (accuracy of our model, linear SVM, C = 1)");
    line("");
    line("| data | English chain | docs | accuracy | macro-F1 | micro-F1 |");
    line("|---|---|---|---|---|---|");
    for (JsonNode row : accuracy) {
      line(
          String.format(
              Locale.ROOT,
              "| %s | %s | %d | %.4f | %.4f | %.4f |",
              row.path("data").asText(),
              row.path("chain").asText(),
              row.path("documents").asInt(),
              row.path("accuracy").asDouble(),
              row.path("macroF1").asDouble(),
              row.path("microF1").asDouble()));
    }
    line("");
  }

  private void loadTable() {
    line("### Default model load");
    line("");
    line("| measure | ms | ± | runs |");
    line("|---|---|---|---|");
    for (Map.Entry<String, JsonNode> entry : load.entrySet()) {
      JsonNode metric = entry.getValue().path("primaryMetric");
      line(
          String.format(
              Locale.ROOT,
              "| %s (%s) | %.1f | %.1f | %d |",
              entry.getKey(),
              entry.getValue().path("mode").asText(),
              metric.path("score").asDouble(),
              error(metric),
              metric.path("rawData").size() * metric.path("rawData").path(0).size()));
    }
    line("");
    JsonNode cold = load.get("cold");
    if (cold != null) {
      double ms = cold.path("primaryMetric").path("score").asDouble();
      target(
          ms < 500,
          String.format(
              Locale.ROOT,
              "default model load, first call in a fresh JVM: %.0f ms (target < 500 ms)",
              ms));
    }
  }

  private void target(boolean met, String text) {
    targets.add("- " + (met ? "MET" : "MISSED") + ": " + text);
  }

  /** A Classification of n themes: the record, its immutable list and array, n ThemeScores. */
  static long resultBytes(int themes) {
    long array = align(16 + 4L * themes);
    return 24 + 24 + array + 32L * themes;
  }

  private static long align(long bytes) {
    return (bytes + 7) / 8 * 8;
  }

  private static double bytesPerSecond(JsonNode node) {
    return node.path("secondaryMetrics").path("utf16Bytes").path("score").asDouble();
  }

  private static double ops(JsonNode node) {
    return node.path("primaryMetric").path("score").asDouble();
  }

  private static String mbs(JsonNode node) {
    double mb = bytesPerSecond(node) / 1e6;
    return String.format(Locale.ROOT, mb >= 10 ? "%.1f" : mb >= 0.1 ? "%.2f" : "%.4f", mb);
  }

  private static String mbsError(JsonNode node) {
    double error = node.path("secondaryMetrics").path("utf16Bytes").path("scoreError").asDouble();
    return Double.isNaN(error) ? "-" : String.format(Locale.ROOT, "%.1f", error / 1e6);
  }

  private static double error(JsonNode metric) {
    double error = metric.path("scoreError").asDouble();
    return Double.isNaN(error) ? 0 : error;
  }

  private static String alloc(JsonNode node) {
    JsonNode gc = node.path("secondaryMetrics").get("gc.alloc.rate.norm");
    return gc == null ? "-" : String.format(Locale.ROOT, "%.0f", gc.path("score").asDouble());
  }

  private static String ratio(double a, double b) {
    double r = a / b;
    return String.format(Locale.ROOT, r >= 100 ? "%.0fx" : r >= 10 ? "%.1fx" : "%.2fx", r);
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
