package io.github.policythemes.cli;

import io.github.policythemes.article.ReadOptions;
import picocli.CommandLine.Option;

/** {@code --labels-field}: where a record's themes are (keywords, train, evaluate). */
final class LabelsFieldOption {
  @Option(
      names = "--labels-field",
      paramLabel = "F",
      description =
          "Field with the labels (default: labels, else label; assigned for the output"
              + " of classify).")
  String labelsField;

  /** Starts read options that read labels so, from the field given if any (unless NONE). */
  ReadOptions.Builder labels(ReadOptions.Labels labels) {
    ReadOptions.Builder options = ReadOptions.builder().labels(labels);
    return labelsField == null || labels == ReadOptions.Labels.NONE
        ? options
        : options.labelsField(labelsField);
  }
}
