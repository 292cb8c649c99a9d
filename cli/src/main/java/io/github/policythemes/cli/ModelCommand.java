package io.github.policythemes.cli;

import io.github.policythemes.classify.LinearThemeClassifier;
import io.github.policythemes.classify.ModelMetadata;
import io.github.policythemes.classify.ThemeClassifier;
import io.github.policythemes.features.FeatureExtractor;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code policy-themes model}: what a model is and what it learned. */
@Command(
    name = "model",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Show a model's metadata (algorithm, settings, training data, metrics, thresholds)",
      "and, for linear models, the terms that weigh most for each theme."
    })
final class ModelCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "MODEL",
      description = "default, keywords[:TAXONOMY] or a .ptm file (default: default).")
  String model = "default";

  @Option(names = "--top", defaultValue = "10", description = "Terms to show per theme.")
  int top;

  @Override
  public Integer call() throws IOException {
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
        metadata.libraryVersion(),
        metadata.formatVersion(),
        metadata.createdAt() == null ? "(time not recorded)" : metadata.createdAt());
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
    out.println();
    for (int t = 0; t < themes; t++) {
      int theme = t;
      List<Integer> best =
          IntStream.range(0, features)
              .boxed()
              .sorted(Comparator.comparingDouble(f -> -weights[f * columns + theme]))
              .limit(top)
              .toList();
      StringBuilder line = new StringBuilder();
      for (int f : best) {
        line.append(
            String.format(
                Locale.ROOT,
                "%s (%.2f)  ",
                extractor.describe(f, linear.taxonomy()),
                weights[f * columns + t]));
      }
      out.printf("%-30s %s%n", ids.get(t), line.toString().strip());
    }
  }
}
