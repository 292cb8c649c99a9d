package io.github.policythemes.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.policythemes.article.ReadOptions;
import io.github.policythemes.classify.Classification;
import io.github.policythemes.classify.ThemeClassifier;
import io.github.policythemes.classify.ThemeScore;
import io.github.policythemes.eval.Evaluation;
import io.github.policythemes.eval.LabelledArticle;
import io.github.policythemes.eval.LabelledData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
    header = "Measure a model on labelled articles: F1 per theme and a confusion table.",
    description = {
      "Measure a model on labelled JSONL, CSV or TSV (read as train reads it): accuracy,"
          + " macro/micro F1, precision, recall and F1 per label, and a confusion matrix"
          + " (single-label) or per-theme true/false positive and negative counts (multi-label).",
      "Warns when the data overlaps the model's training data: the same files (the model's"
          + " manifest keeps their SHA-256), or, for the default model, the same articles (it"
          + " ships a fingerprint of each seed article). Records that cannot be used are listed"
          + " on stderr (exit code 3)."
    })
final class EvaluateCommand implements Callable<Integer> {
  private static final ObjectWriter LINE =
      Reports.JSON.writer().without(SerializationFeature.INDENT_OUTPUT);

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ModelOption model;

  @Mixin ThresholdOptions thresholds;

  @Option(
      names = "--data",
      required = true,
      paramLabel = "FILE",
      description = "Labelled JSONL, CSV or TSV file, or a folder of JSONL files (repeatable).")
  List<Path> data;

  @Mixin LabelsFieldOption labels;

  @Mixin InputOptions input;

  @Option(names = "--format", defaultValue = "table", description = "table or json.")
  String format;

  @Mixin Verbosity verbosity;

  @Option(
      names = "--errors",
      paramLabel = "FILE",
      description =
          "Write the misclassified articles to FILE as JSONL: id, line, gold and predicted"
              + " labels, the top scores (default: not written).")
  Path errors;

  @Override
  public Integer call() throws IOException {
    if (!format.equals("table") && !format.equals("json")) {
      throw new UsageException("unknown format '" + format + "': use table or json");
    }
    verbosity.check();
    ThemeClassifier classifier = thresholds.apply(model.load());
    List<Path> files = TrainCommand.files(data);
    ReadOptions options = input.applyTo(labels.labels(ReadOptions.Labels.REQUIRED)).build();
    LabelledData labelled = LabelledData.read(files, options);
    PrintWriter err = spec.commandLine().getErr();
    Problems problems = new Problems(err, verbosity, "");
    labelled.rejected().forEach(problems::rejected);
    problems.finish();
    labelled.requireLabelsIn(classifier.taxonomy());
    Overlap.warn(err, model.model, classifier, labelled);
    List<List<String>> gold = new ArrayList<>();
    List<List<String>> predicted = new ArrayList<>();
    List<ObjectNode> misclassified = new ArrayList<>();
    for (LabelledArticle article : labelled.articles()) {
      Classification result = classifier.classify(article.article());
      gold.add(article.labels());
      predicted.add(result.assignedIds());
      if (!Set.copyOf(article.labels()).equals(Set.copyOf(result.assignedIds()))) {
        misclassified.add(errorRecord(article, result));
      }
    }
    if (errors != null) {
      try (Writer writer = Files.newBufferedWriter(errors, StandardCharsets.UTF_8)) {
        for (ObjectNode record : misclassified) {
          writer.write(LINE.writeValueAsString(record));
          writer.write('\n');
        }
      }
    }
    Evaluation evaluation =
        Evaluation.of(
            classifier.taxonomy().themeIds(), gold, predicted, classifier.taxonomy().multiLabel());
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("json")) {
      ObjectNode json = Reports.json(evaluation);
      Reports.themeCounts(json, classifier.taxonomy().themeIds(), gold, predicted);
      Reports.print(out, json);
    } else {
      out.println("model " + model.model + " on " + labelled.source() + ":");
      Reports.table(out, evaluation);
      out.println();
      if (evaluation.multiLabel()) {
        Reports.themeCountsTable(out, classifier.taxonomy().themeIds(), gold, predicted);
      } else {
        Reports.confusionTable(out, evaluation);
      }
    }
    return labelled.rejected().isEmpty() ? Main.OK : Main.PARTIAL;
  }

  private static ObjectNode errorRecord(LabelledArticle article, Classification result) {
    ObjectNode record = Reports.JSON.createObjectNode();
    record.put("id", article.article().id());
    record.put("line", article.line());
    article.labels().forEach(record.putArray("gold")::add);
    result.assignedIds().forEach(record.putArray("predicted")::add);
    ArrayNode scores = record.putArray("scores");
    for (ThemeScore score : result.scores().subList(0, Math.min(3, result.scores().size()))) {
      scores
          .addObject()
          .put("id", score.themeId())
          .put("score", Math.round(score.score() * 10000) / 10000.0)
          .put("assigned", score.assigned());
    }
    return record;
  }
}
