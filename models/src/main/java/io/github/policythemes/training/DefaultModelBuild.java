package io.github.policythemes.training;

import io.github.policythemes.article.ErrorRecord;
import io.github.policythemes.classify.ClassifierBundle;
import io.github.policythemes.eval.DocumentHashes;
import io.github.policythemes.eval.Evaluation;
import io.github.policythemes.eval.LabelledArticle;
import io.github.policythemes.eval.LabelledData;
import io.github.policythemes.features.FeatureSettings;
import io.github.policythemes.taxonomy.Taxonomy;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Build step, not a user command: trains the default model from the seed corpus and writes it where
 * the models jar picks it up. Maven runs it in the {@code process-classes} phase with the corpus
 * folder, the output file and the build timestamp (so the same sources give the same bundle). It
 * prints nothing unless asked to ({@code ./mvnw -Dverbose ...}): the training log and a summary.
 */
public final class DefaultModelBuild {
  /** The scale of the taxonomy-keyword features of the default model. */
  static final double KEYWORD_SCALE = 0.2;

  /** The share of articles without a theme the default model is calibrated for. */
  static final double NO_THEME_SHARE = 0.75;

  private DefaultModelBuild() {}

  /**
   * Trains and writes the default model.
   *
   * @param args the corpus folder ({@code *.jsonl}), the output {@code .ptm} file, an ISO instant
   *     for the model's creation time, and optionally {@code true} to print the training log (Maven
   *     passes {@code -Dverbose} here)
   * @throws IOException if the corpus cannot be read or the model cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 3 && args.length != 4) {
      throw new IllegalArgumentException(
          "usage: DefaultModelBuild CORPUS_DIR OUTPUT.ptm INSTANT [VERBOSE]");
    }
    boolean verbose = args.length == 4 && verbose(args[3]);
    List<Path> files;
    try (Stream<Path> listing = Files.list(Path.of(args[0]))) {
      files = listing.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
    LabelledData seeds = LabelledData.read(files);
    if (!seeds.rejected().isEmpty()) {
      ErrorRecord first = seeds.rejected().get(0);
      throw new IOException(
          seeds.rejected().size()
              + " seed records cannot be read, the first: "
              + first.position()
              + ": "
              + first.reason());
    }
    TrainingResult result =
        ThemeTrainer.builder()
            .taxonomy(Taxonomy.builtIn(Taxonomy.DEFAULT_ID))
            // measured on real news (benchmarks/accuracy.sh, README): the taxonomy's keywords as
            // evidence, a relevance column, and calibration for a stream that is 75% off-topic
            .features(FeatureSettings.defaults().withKeywordScale(KEYWORD_SCALE))
            .noThemeShare(NO_THEME_SHARE)
            .createdAt(Instant.parse(args[2]))
            .log(message -> log(verbose, message))
            .build()
            .train(seeds);
    Path output = Path.of(args[1]);
    ClassifierBundle.write(result.classifier(), output);
    // beside the model, not in it: lets evaluate tell how much of its data the model has seen
    Path hashes = output.resolveSibling("default.hashes");
    try (OutputStream out = Files.newOutputStream(hashes)) {
      DocumentHashes.of(seeds.articles().stream().map(LabelledArticle::article).toList())
          .write(out);
    }
    Evaluation cv = result.crossValidation().orElseThrow();
    log(
        verbose,
        String.format(
            Locale.ROOT,
            "%s: %d articles, %s features, cross-validated micro-F1 %.3f, macro-F1 %.3f, subset"
                + " accuracy %.3f, %d bytes",
            output,
            result.classifier().metadata().trainingDocuments(),
            result.classifier().metadata().analysis().get("features"),
            cv.microF1(),
            cv.macroF1(),
            cv.subsetAccuracy(),
            Files.size(output)));
  }

  /** Reads the verbose argument: Maven gives {@code true} for a bare {@code -Dverbose}. */
  private static boolean verbose(String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true", "" -> true;
      case "false" -> false;
      default ->
          throw new IllegalArgumentException("VERBOSE must be true or false: '" + value + "'");
    };
  }

  private static void log(boolean verbose, String message) {
    if (verbose) {
      System.out.println("[default model] " + message);
    }
  }
}
