package io.github.policythemes.cli;

import io.github.policythemes.article.ReadOptions;
import io.github.policythemes.classify.ClassifierBundle;
import io.github.policythemes.eval.LabelledData;
import io.github.policythemes.training.Algorithm;
import io.github.policythemes.training.ThemeTrainer;
import io.github.policythemes.training.TrainingResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code policy-themes train}: trains a model on labelled data and saves it. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Train a theme classifier on labelled JSONL or CSV (text, optional title, labels or",
      "label), read as classify reads articles. Prints the cross-validated metrics and writes",
      "a model bundle (.ptm). Records that cannot be used are listed on stderr (exit code 3).",
      "The same data and --seed give the same bytes; the model records a creation time only",
      "when SOURCE_DATE_EPOCH is set (seconds since 1970)."
    })
final class TrainCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--data",
      required = true,
      description = "Labelled JSONL or CSV file, or a folder of JSONL files (repeatable).")
  List<Path> data;

  @Mixin TaxonomyOption taxonomy;

  @Option(
      names = "--algorithm",
      defaultValue = "auto",
      description =
          "auto (default: cross-validation picks among the svm settings and, for single-label"
              + " data, complement naive Bayes), svm, logistic, naive-bayes,"
              + " complement-naive-bayes or doccat (OpenNLP baseline).")
  String algorithm;

  @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds (0: none).")
  int folds;

  @Mixin SeedOption seed;

  @Mixin LabelsFieldOption labels;

  @Mixin InputOptions input;

  @Option(
      names = "--regularization",
      description = "Fix C instead of choosing it by cross-validation.")
  Double regularization;

  @Option(names = "--output", required = true, description = "Where to write the model (.ptm).")
  Path output;

  @Option(names = "--quiet", description = "Print only the summary.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (output.toString().equals("-")) {
      throw new UsageException("--output needs a file: a model is not written to standard output");
    }
    Outputs.check(output, "--output", false);
    ThemeTrainer.Builder builder =
        ThemeTrainer.builder().algorithm(Algorithm.parse(algorithm)).folds(folds).seed(seed.seed);
    if (taxonomy.isSet()) {
      builder.taxonomy(taxonomy.resolve());
    }
    if (regularization != null) {
      builder.regularization(regularization);
    }
    Instant created = sourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH"));
    if (created != null) {
      builder.createdAt(created);
    }
    if (!quiet) {
      builder.log(message -> err.println("policy-themes train: " + message));
    }
    ReadOptions options = input.applyTo(labels.labels(ReadOptions.Labels.REQUIRED)).build();
    LabelledData data = LabelledData.read(files(), options);
    data.rejected().forEach(error -> err.println(Reports.rejected(error)));
    TrainingResult result = builder.build().train(data);
    ClassifierBundle.write(result.classifier(), output);
    out.printf(
        Locale.ROOT,
        "trained %s%s on %d articles (%s features) in %.1f s; wrote %s%n",
        result.classifier().metadata().algorithm(),
        chosen(result.classifier().metadata().parameters()),
        result.classifier().metadata().trainingDocuments(),
        result.classifier().metadata().analysis().getOrDefault("features", "bag-of-words"),
        result.elapsed().toMillis() / 1000.0,
        output);
    result
        .crossValidation()
        .ifPresent(
            cv -> {
              out.printf(Locale.ROOT, "cross-validation (%d folds):%n", folds);
              Reports.table(out, cv);
            });
    return data.rejected().isEmpty() ? Main.OK : Main.PARTIAL;
  }

  private List<Path> files() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path path : data) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> listing = Files.list(path)) {
          listing.filter(p -> p.toString().endsWith(".jsonl")).sorted().forEach(files::add);
        }
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        throw new UsageException("no such file or folder: " + path);
      }
    }
    if (files.isEmpty()) {
      throw new UsageException("no .jsonl files in " + data);
    }
    return files;
  }

  /**
   * The creation time of reproducible builds (reproducible-builds.org): seconds since 1970 in
   * {@code SOURCE_DATE_EPOCH}; without it the model records none, and two trainings on the same
   * data with the same seed give the same bytes.
   */
  static Instant sourceDateEpoch(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.ofEpochSecond(Long.parseLong(value.strip()));
    } catch (NumberFormatException e) {
      throw new UsageException(
          "SOURCE_DATE_EPOCH must be seconds since 1970-01-01, not '" + value + "'");
    }
  }

  /** " (chose svm C=1.0)" when cross-validation chose among learners, else "". */
  private static String chosen(java.util.Map<String, String> parameters) {
    String learner = parameters.get("learner");
    if (learner == null) {
      return "";
    }
    String c = parameters.get("C");
    return " (chose " + learner + (c == null ? "" : " C=" + c) + ")";
  }
}
