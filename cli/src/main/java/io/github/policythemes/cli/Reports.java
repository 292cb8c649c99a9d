package io.github.policythemes.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.policythemes.article.ErrorRecord;
import io.github.policythemes.eval.Evaluation;
import io.github.policythemes.eval.LabelMetrics;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Prints evaluations as a table for a person or as JSON for a program. */
final class Reports {
  static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private Reports() {}

  /**
   * A record that was not used, as every command lists it on stderr: {@code policy-themes:
   * file:line (id): reason}.
   */
  static String rejected(ErrorRecord error) {
    return "policy-themes: "
        + error.position()
        + (error.id() != null && error.line() > 0 ? " (" + error.id() + ")" : "")
        + ": "
        + error.reason();
  }

  static void table(PrintWriter out, Evaluation evaluation) {
    out.printf(
        Locale.ROOT,
        "  documents %d   accuracy %.4f   macro-F1 %.4f   micro-F1 %.4f%s%n",
        evaluation.documents(),
        evaluation.accuracy(),
        evaluation.macroF1(),
        evaluation.microF1(),
        evaluation.multiLabel()
            ? String.format(Locale.ROOT, "   Hamming loss %.4f", evaluation.hammingLoss())
            : "");
    if (evaluation.multiLabel() && evaluation.noneDocuments() > 0) {
      out.printf(
          Locale.ROOT,
          "  no-theme documents %d, given a theme %.1f%%%n",
          evaluation.noneDocuments(),
          100 * evaluation.noneFalsePositiveRate());
    }
    int width = 5;
    for (LabelMetrics label : evaluation.labels()) {
      width = Math.max(width, DisplayWidth.of(label.label()));
    }
    out.printf(
        Locale.ROOT,
        "  %s  %9s  %6s  %6s  %7s%n",
        DisplayWidth.padRight("label", width),
        "precision",
        "recall",
        "F1",
        "support");
    for (LabelMetrics label : evaluation.labels()) {
      out.printf(
          Locale.ROOT,
          "  %s  %9.4f  %6.4f  %6.4f  %7d%n",
          DisplayWidth.padRight(label.label(), width),
          label.precision(),
          label.recall(),
          label.f1(),
          label.support());
    }
    out.flush();
  }

  /**
   * The confusion matrix of single-label data: a row per gold label, a column per predicted one
   * (numbered, with a key, so wide labels do not stretch the columns), "-" for no prediction.
   */
  static void confusionTable(PrintWriter out, Evaluation evaluation) {
    List<List<Integer>> confusion = evaluation.confusion();
    if (confusion.isEmpty()) {
      return;
    }
    List<String> labels = evaluation.labels().stream().map(LabelMetrics::label).toList();
    int cell = 4;
    for (List<Integer> row : confusion) {
      for (int count : row) {
        cell = Math.max(cell, Integer.toString(count).length() + 1);
      }
    }
    int name = labels.stream().mapToInt(DisplayWidth::of).max().orElse(4) + 5;
    out.println("  confusion (rows: gold, columns: predicted)");
    StringBuilder header = new StringBuilder("  " + " ".repeat(name));
    for (int c = 0; c < confusion.get(0).size(); c++) {
      String column = c < labels.size() ? Integer.toString(c + 1) : "-";
      header.append(DisplayWidth.padLeft(column, cell));
    }
    out.println(header);
    for (int r = 0; r < confusion.size(); r++) {
      String label = r < labels.size() ? (r + 1) + " " + labels.get(r) : "-";
      StringBuilder line = new StringBuilder("  ").append(DisplayWidth.padRight(label, name));
      for (int count : confusion.get(r)) {
        line.append(DisplayWidth.padLeft(Integer.toString(count), cell));
      }
      out.println(line);
    }
    out.flush();
  }

  /** Per theme of multi-label data: true and false positives, false and true negatives. */
  static int[][] themeCounts(
      List<String> themes, List<List<String>> gold, List<List<String>> predicted) {
    int[][] counts = new int[themes.size()][4];
    for (int d = 0; d < gold.size(); d++) {
      for (int t = 0; t < themes.size(); t++) {
        boolean isGold = gold.get(d).contains(themes.get(t));
        boolean isPredicted = predicted.get(d).contains(themes.get(t));
        counts[t][isGold ? (isPredicted ? 0 : 2) : (isPredicted ? 1 : 3)]++;
      }
    }
    return counts;
  }

  static void themeCountsTable(
      PrintWriter out, List<String> themes, List<List<String>> gold, List<List<String>> predicted) {
    int[][] counts = themeCounts(themes, gold, predicted);
    int width = Math.max(5, themes.stream().mapToInt(DisplayWidth::of).max().orElse(5));
    out.println(
        "  per-theme confusion (TP: given and gold, FP: given not gold, FN: gold not given)");
    out.printf(
        Locale.ROOT,
        "  %s  %6s  %6s  %6s  %6s%n",
        DisplayWidth.padRight("theme", width),
        "TP",
        "FP",
        "FN",
        "TN");
    for (int t = 0; t < themes.size(); t++) {
      out.printf(
          Locale.ROOT,
          "  %s  %6d  %6d  %6d  %6d%n",
          DisplayWidth.padRight(themes.get(t), width),
          counts[t][0],
          counts[t][1],
          counts[t][2],
          counts[t][3]);
    }
    out.flush();
  }

  /** Adds {@code themeCounts} (multi-label) to the JSON report. */
  static void themeCounts(
      ObjectNode node, List<String> themes, List<List<String>> gold, List<List<String>> predicted) {
    if (!node.get("multiLabel").asBoolean()) {
      return;
    }
    int[][] counts = themeCounts(themes, gold, predicted);
    ArrayNode array = node.putArray("themeCounts");
    for (int t = 0; t < themes.size(); t++) {
      array
          .addObject()
          .put("theme", themes.get(t))
          .put("truePositives", counts[t][0])
          .put("falsePositives", counts[t][1])
          .put("falseNegatives", counts[t][2])
          .put("trueNegatives", counts[t][3]);
    }
  }

  static ObjectNode json(Evaluation evaluation) {
    ObjectNode node = JSON.createObjectNode();
    node.put("documents", evaluation.documents());
    node.put("multiLabel", evaluation.multiLabel());
    node.put("accuracy", evaluation.accuracy());
    node.put("macroF1", evaluation.macroF1());
    node.put("microF1", evaluation.microF1());
    node.put("subsetAccuracy", evaluation.subsetAccuracy());
    node.put("hammingLoss", evaluation.hammingLoss());
    node.put("noneDocuments", evaluation.noneDocuments());
    node.put("noneFalsePositiveRate", evaluation.noneFalsePositiveRate());
    ArrayNode labels = node.putArray("labels");
    for (LabelMetrics label : evaluation.labels()) {
      labels
          .addObject()
          .put("label", label.label())
          .put("precision", label.precision())
          .put("recall", label.recall())
          .put("f1", label.f1())
          .put("support", label.support());
    }
    if (!evaluation.confusion().isEmpty()) {
      ArrayNode confusion = node.putArray("confusion");
      for (List<Integer> row : evaluation.confusion()) {
        ArrayNode cells = confusion.addArray();
        row.forEach(cells::add);
      }
    }
    return node;
  }

  static void print(PrintWriter out, ObjectNode node) throws IOException {
    JSON.writeValue(out, node);
    out.println();
    out.flush();
  }
}
