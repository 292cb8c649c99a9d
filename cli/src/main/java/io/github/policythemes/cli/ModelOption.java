package io.github.policythemes.cli;

import io.github.policythemes.classify.ThemeClassifier;
import io.github.policythemes.taxonomy.Taxonomy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --model}: which classifier a command uses (classify, evaluate): {@code default}, {@code
 * keywords[:TAXONOMY]} or a {@code .ptm} file.
 */
final class ModelOption {
  @Option(
      names = "--model",
      defaultValue = "default",
      paramLabel = "MODEL",
      description =
          "default (the bundled model, regional-governance), FILE.ptm (a model trained with"
              + " train), or keywords[:TAXONOMY] (zero-shot from a taxonomy's weighted keywords).")
  String model;

  ThemeClassifier load() throws IOException {
    return load(model);
  }

  /** Resolves a model value: {@code default}, {@code keywords[:TAXONOMY]} or a file. */
  static ThemeClassifier load(String value) throws IOException {
    if (value == null || value.equals("default")) {
      return ThemeClassifier.defaultModel();
    }
    if (value.equals("keywords") || value.startsWith("keywords:")) {
      String taxonomy = value.equals("keywords") ? Taxonomy.DEFAULT_ID : value.substring(9);
      return ThemeClassifier.keywords(Taxonomy.resolve(taxonomy));
    }
    Path file = Path.of(value);
    if (!Files.exists(file)) {
      throw new UsageException(
          "no such model file: " + value + " (use default, keywords[:TAXONOMY] or a .ptm file)");
    }
    return ThemeClassifier.load(file);
  }
}
