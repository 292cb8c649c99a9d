package io.github.policythemes.cli;

import io.github.policythemes.taxonomy.Taxonomy;
import java.io.IOException;
import picocli.CommandLine.Option;

/**
 * {@code --taxonomy ID|FILE}: a built-in taxonomy or a taxonomy JSON file (classify with {@code
 * --model keywords}, train).
 */
final class TaxonomyOption {
  @Option(
      names = "--taxonomy",
      paramLabel = "ID|FILE",
      description =
          "A built-in taxonomy id or a taxonomy JSON file. classify: the themes of --model"
              + " keywords (default: "
              + Taxonomy.DEFAULT_ID
              + "); train: the themes the labels must be (default: the labels in the data).")
  String taxonomy;

  boolean isSet() {
    return taxonomy != null;
  }

  Taxonomy resolve() throws IOException {
    return Taxonomy.resolve(taxonomy);
  }
}
