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
      width = Math.max(width, label.label().length());
    }
    out.printf(
        Locale.ROOT,
        "  %-" + width + "s  %9s  %6s  %6s  %7s%n",
        "label",
        "precision",
        "recall",
        "F1",
        "support");
    for (LabelMetrics label : evaluation.labels()) {
      out.printf(
          Locale.ROOT,
          "  %-" + width + "s  %9.4f  %6.4f  %6.4f  %7d%n",
          label.label(),
          label.precision(),
          label.recall(),
          label.f1(),
          label.support());
    }
    out.flush();
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
