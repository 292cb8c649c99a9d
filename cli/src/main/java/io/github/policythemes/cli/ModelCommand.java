package io.github.policythemes.cli;

import io.github.policythemes.classify.LinearThemeClassifier;
import io.github.policythemes.classify.ModelMetadata;
import io.github.policythemes.classify.ThemeClassifier;
import io.github.policythemes.features.FeatureExtractor;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code policy-themes model}: what a model is and what it learned. */
@Command(
    name = "model",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    header = "Show what a model is and the terms that weigh most for each theme.",
    description = {
      "Show a model's metadata (algorithm, settings, training data, metrics, thresholds) and,"
          + " for linear models, the terms that weigh most for each theme, as a person reads"
          + " them: Korean and Chinese character n-grams are mapped to the words they come from"
          + " (their weights summed per word, as explanations do), and the keyword feature of a"
          + " theme is shown as [keywords] THEME. --raw shows the features as the model has them."
    })
final class ModelCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "MODEL",
      description =
          "The bundled model (default), keywords[:TAXONOMY] (zero-shot) or a .ptm file;"
              + " without it, the bundled model.")
  String model = "default";

  @Option(names = "--top", defaultValue = "10", description = "Terms to show per theme.")
  int top;

  @Option(names = "--raw", description = "Show the model's own feature names (n-grams).")
  boolean raw;

  @Mixin Verbosity verbosity;

  @Override
  public Integer call() throws IOException {
    verbosity.check();
    if (top < 0) {
      throw new UsageException("--top must not be negative");
    }
    ThemeClassifier classifier = ModelOption.load(model);
    PrintWriter out = spec.commandLine().getOut();
    ModelMetadata metadata = classifier.metadata();
    out.printf("model          %s%n", model);
    out.printf(
        "taxonomy       %s v%s%n", classifier.taxonomy().id(), classifier.taxonomy().version());
    out.printf("algorithm      %s %s%n", metadata.algorithm(), metadata.parameters());
    out.printf("analysis       %s%n", metadata.analysis());
    out.printf(
        "library        %s (format %d), created %s%n",
        metadata.libraryVersion(), metadata.formatVersion(), metadata.createdAt());
    out.printf(
        "training data  %d documents, sha256 %s%n",
        metadata.trainingDocuments(), metadata.trainingSha256());
    out.printf("metrics        %s%n", metadata.metrics());
    out.printf("thresholds     %s%n", metadata.thresholds());
    if (classifier instanceof LinearThemeClassifier linear && top > 0) {
      printTopTerms(out, linear);
    }
    out.flush();
    return Main.OK;
  }

  private void printTopTerms(PrintWriter out, LinearThemeClassifier linear) {
    FeatureExtractor extractor = linear.extractor();
    float[] weights = linear.weights();
    List<String> ids = linear.taxonomy().themeIds();
    int themes = ids.size();
    int features = extractor.featureCount();
    int columns = weights.length / features;
    ReadableTerms readable = raw ? null : new ReadableTerms(linear.taxonomy());
    int width = ids.stream().mapToInt(String::length).max().orElse(10);
    out.println();
    for (int t = 0; t < themes; t++) {
      int theme = t;
      Map<String, Double> terms = new LinkedHashMap<>();
      IntStream.range(0, features)
          .boxed()
          .filter(f -> weights[f * columns + theme] > 0)
          .sorted(Comparator.comparingDouble(f -> -weights[f * columns + theme]))
          .limit(raw ? top : top * 6L)
          .forEach(
              f -> {
                String name = extractor.describe(f, linear.taxonomy());
                terms.merge(
                    raw ? name : readable.readable(name),
                    (double) weights[f * columns + theme],
                    Double::sum);
              });
      StringBuilder line = new StringBuilder();
      terms.entrySet().stream()
          .sorted(Map.Entry.comparingByValue(Comparator.reverseOrder()))
          .limit(top)
          .forEach(
              e ->
                  line.append(String.format(Locale.ROOT, "%s (%.2f)  ", e.getKey(), e.getValue())));
      out.println(DisplayWidth.padRight(ids.get(t), width) + "  " + line.toString().strip());
    }
  }
}
