package io.github.policythemes.cli;

import io.github.policythemes.classify.ThemeClassifier;
import io.github.policythemes.eval.DocumentHashes;
import io.github.policythemes.eval.LabelledArticle;
import io.github.policythemes.eval.LabelledData;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Warns when evaluation data overlaps a model's training data: the same bytes (the manifest keeps
 * the training data's SHA-256) or, for the bundled default model, the same articles (the models jar
 * ships a fingerprint of each seed article beside the model).
 */
final class Overlap {
  static final String DEFAULT_HASHES = "io/github/policythemes/training/default.hashes";

  private Overlap() {}

  static void warn(PrintWriter err, String model, ThemeClassifier classifier, LabelledData data)
      throws IOException {
    String trained = classifier.metadata().trainingSha256();
    if (trained != null && trained.equals(data.sha256())) {
      err.println(
          "policy-themes: warning: the evaluation data is the model's training data (same SHA-256"
              + " "
              + abbreviate(trained)
              + "): these numbers say how well it remembers, not how well it generalises");
      return;
    }
    DocumentHashes seen = "default".equals(model) ? defaultHashes() : null;
    if (seen == null) {
      return;
    }
    long overlap =
        data.articles().stream().map(LabelledArticle::article).filter(seen::contains).count();
    if (overlap > 0) {
      err.println(
          String.format(
              Locale.ROOT,
              "policy-themes: warning: %,d of %,d evaluation articles (%.0f%%) are in the"
                  + " default model's training data (seeds/corpus): these numbers overstate"
                  + " its accuracy; evaluate on articles it has not seen",
              overlap,
              data.articles().size(),
              100.0 * overlap / data.articles().size()));
    }
  }

  private static DocumentHashes defaultHashes() throws IOException {
    try (InputStream in =
        ThemeClassifier.class.getClassLoader().getResourceAsStream(DEFAULT_HASHES)) {
      return in == null ? null : DocumentHashes.read(in);
    }
  }

  private static String abbreviate(String sha256) {
    return sha256.length() > 12 ? sha256.substring(0, 12) + "…" : sha256;
  }
}
