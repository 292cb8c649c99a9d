package io.github.policythemes.cli;

import io.github.policythemes.article.ReadOptions;
import io.github.policythemes.classify.ThemeClassifier;
import io.github.policythemes.eval.Evaluation;
import io.github.policythemes.eval.LabelledArticle;
import io.github.policythemes.eval.LabelledData;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code policy-themes evaluate}: measures a model on labelled data. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Measure a model on labelled JSONL or CSV (read as train reads it): accuracy, macro/micro",
      "F1, per label. Records that cannot be used are listed on stderr (exit code 3)."
    })
final class EvaluateCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ModelOption model;

  @Option(names = "--data", required = true, description = "Labelled JSONL or CSV file.")
  Path data;

  @Mixin LabelsFieldOption labels;

  @Mixin InputOptions input;

  @Option(names = "--format", defaultValue = "table", description = "table (default) or json.")
  String format;

  @Override
  public Integer call() throws IOException {
    if (!format.equals("table") && !format.equals("json")) {
      throw new UsageException("unknown format '" + format + "': use table or json");
    }
    ThemeClassifier classifier = model.load();
    if (!Files.isRegularFile(data)) {
      throw new UsageException("no such file: " + data);
    }
    ReadOptions options = input.applyTo(labels.labels(ReadOptions.Labels.REQUIRED)).build();
    LabelledData labelled = LabelledData.read(List.of(data), options);
    labelled
        .rejected()
        .forEach(error -> spec.commandLine().getErr().println(Reports.rejected(error)));
    labelled.requireLabelsIn(classifier.taxonomy());
    List<List<String>> gold = new ArrayList<>();
    List<List<String>> predicted = new ArrayList<>();
    for (LabelledArticle article : labelled.articles()) {
      gold.add(article.labels());
      predicted.add(classifier.classify(article.article()).assignedIds());
    }
    Evaluation evaluation =
        Evaluation.of(
            classifier.taxonomy().themeIds(), gold, predicted, classifier.taxonomy().multiLabel());
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("json")) {
      Reports.print(out, Reports.json(evaluation));
    } else {
      out.println("model " + model.model + " on " + data + ":");
      Reports.table(out, evaluation);
    }
    return labelled.rejected().isEmpty() ? Main.OK : Main.PARTIAL;
  }
}
