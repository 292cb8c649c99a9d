package io.github.policythemes.cli;

import io.github.policythemes.article.ReadOptions;
import io.github.policythemes.classify.ClassifierBundle;
import io.github.policythemes.eval.LabelledData;
import io.github.policythemes.features.FeatureSettings;
import io.github.policythemes.training.Algorithm;
import io.github.policythemes.training.ThemeTrainer;
import io.github.policythemes.training.TrainingResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
    header = "Train a theme classifier on labelled articles and save it (.ptm).",
    description = {
      "Train a theme classifier on labelled JSONL, CSV or TSV (text, optional title, labels or"
          + " label; several labels in a cell separated by ;), or one article per line with"
          + " fastText __label__ prefixes, read as classify reads articles. Prints the"
          + " cross-validated metrics and writes a model bundle (.ptm); progress (folds and"
          + " candidate settings, with the time left) goes to stderr.",
      "Records that cannot be used are listed on stderr (exit code 3)."
    })
final class TrainCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--data",
      required = true,
      description =
          "Labelled JSONL, CSV or TSV file, or a folder of JSONL files (repeatable; - for"
              + " stdin is not accepted).")
  List<Path> data;

  @Mixin TaxonomyOption taxonomy;

  @Option(
      names = "--algorithm",
      defaultValue = "auto",
      description =
          "auto (cross-validation picks among the svm settings and, for single-label data,"
              + " complement naive Bayes), svm, logistic, naive-bayes, complement-naive-bayes or"
              + " doccat (OpenNLP baseline).")
  String algorithm;

  @Option(
      names = "--folds",
      defaultValue = "5",
      description = "Cross-validation folds, 0 to 20 (0 or 1: none).")
  int folds;

  @Mixin SeedOption seed;

  @Mixin LabelsFieldOption labels;

  @Mixin InputOptions input;

  @Option(
      names = "--regularization",
      description = "Fix C instead of choosing it by cross-validation (default: chosen).")
  Double regularization;

  @Option(
      names = "--keyword-scale",
      paramLabel = "X",
      description =
          "With --taxonomy: add the taxonomy's keyword evidence as one feature per theme, scaled"
              + " by X in (0, 10] (the default model uses 0.2); default: none.")
  Double keywordScale;

  @Option(
      names = "--no-theme-share",
      paramLabel = "X",
      description =
          "Calibrate for a stream in which the share X, in (0, 1), of the articles has no theme"
              + " (the default model uses 0.75); default: the share in the training data.")
  Double noThemeShare;

  @Option(
      names = "--no-relevance",
      description =
          "For multi-label data with articles without a label: no relevance column (by default"
              + " the probability that an article has any theme multiplies every theme's score).")
  boolean noRelevance;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "FILE",
      description = "Where to write the model (.ptm).")
  Path output;

  @Mixin Verbosity verbosity;

  @Override
  public Integer call() throws IOException {
    verbosity.check();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Problems problems = new Problems(err, verbosity, "");
    ProgressDisplay display = Main.display(spec, verbosity, problems);
    ThemeTrainer.Builder builder =
        ThemeTrainer.builder()
            .algorithm(Algorithm.parse(algorithm))
            .folds(folds)
            .seed(seed.seed)
            .progressListener(display);
    if (taxonomy.isSet()) {
      builder.taxonomy(taxonomy.resolve());
    }
    if (regularization != null) {
      builder.regularization(regularization);
    }
    if (keywordScale != null) {
      if (!taxonomy.isSet()) {
        throw new UsageException("--keyword-scale needs --taxonomy: the keywords come from it");
      }
      if (!(keywordScale > 0 && keywordScale <= 10)) {
        throw new UsageException("--keyword-scale must be in (0, 10], not " + keywordScale);
      }
      builder.features(FeatureSettings.defaults().withKeywordScale(keywordScale));
    }
    if (noThemeShare != null) {
      if (!(noThemeShare > 0 && noThemeShare < 1)) {
        throw new UsageException("--no-theme-share must be in (0, 1), not " + noThemeShare);
      }
      builder.noThemeShare(noThemeShare);
    }
    if (noRelevance) {
      builder.relevance(false);
    }
    if (!verbosity.quiet) {
      builder.log(
          message -> {
            display.clear();
            err.println("policy-themes train: " + message);
          });
    }
    ReadOptions options = input.applyTo(labels.labels(ReadOptions.Labels.REQUIRED)).build();
    LabelledData data = LabelledData.read(files(this.data), options);
    data.rejected().forEach(problems::rejected);
    problems.finish();
    TrainingResult result = builder.build().train(data);
    display.close();
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

  /** The files of --data: files as given, folders' .jsonl files in name order. */
  static List<Path> files(List<Path> data) throws IOException {
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
