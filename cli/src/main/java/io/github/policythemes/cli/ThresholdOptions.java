package io.github.policythemes.cli;

import io.github.policythemes.classify.ThemeClassifier;
import io.github.policythemes.classify.Thresholds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --min-score} and {@code --thresholds}: the scores at which themes are assigned, shared by
 * the commands that classify.
 */
final class ThresholdOptions {
  @Option(
      names = "--min-score",
      paramLabel = "X",
      description =
          "Assign a theme when its score reaches X, in [0, 1], instead of the model's own"
              + " threshold per theme: higher for precision, lower for recall (default: the"
              + " model's thresholds).")
  Double minScore;

  @Option(
      names = "--thresholds",
      paramLabel = "FILE",
      description =
          "A JSON object of theme ids to thresholds, e.g. {\"local-finance\": 0.8};"
              + " \"*\" sets the others; named themes win over --min-score (default: none).")
  Path file;

  /** Applies the options to a classifier; without them it is returned as it is. */
  ThemeClassifier apply(ThemeClassifier classifier) throws IOException {
    if (minScore == null && file == null) {
      return classifier;
    }
    Thresholds thresholds = Thresholds.model();
    if (file != null) {
      if (!Files.isRegularFile(file)) {
        throw new UsageException("no such thresholds file: " + file);
      }
      try {
        thresholds = Thresholds.read(file);
      } catch (IOException e) {
        throw new UsageException(e.getMessage());
      }
    }
    if (minScore != null) {
      if (!(minScore >= 0 && minScore <= 1)) {
        throw new UsageException("--min-score must be in [0, 1], not " + minScore);
      }
      thresholds = new Thresholds(minScore, thresholds.perTheme());
    }
    try {
      return classifier.withThresholds(thresholds);
    } catch (IllegalArgumentException e) {
      throw new UsageException((file != null ? file + ": " : "") + e.getMessage());
    }
  }
}
