package io.github.policythemes.cli;

import io.github.policythemes.batch.OutputFormat;
import picocli.CommandLine.Command;

/**
 * {@code policy-themes explain FILE|-}: why each article got its themes, for a person: per assigned
 * theme the terms that pushed it and the evidence sentences with those terms marked. Reads and
 * classifies exactly as {@code classify --explain} does, with a table as the default format.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    header = "Show why articles got their themes: the terms and the evidence sentences.",
    description = {
      "Classify articles as classify does and print, per article and assigned theme, the score,"
          + " the terms that pushed the theme with their contributions, and the sentences that"
          + " carried most of the evidence with those terms marked [like this]. For Korean and"
          + " Chinese the character n-gram evidence is shown as the words it came from.",
      "Same inputs and options as classify; --format jsonl gives the explanation objects, csv an"
          + " evidence column (default: table, also when not on a terminal)."
    })
final class ExplainCommand extends ClassifyCommand {
  @Override
  boolean explaining() {
    return true;
  }

  @Override
  OutputFormat defaultFormat() {
    return OutputFormat.TABLE;
  }
}
