package io.github.policythemes.cli;

import picocli.CommandLine.Option;

/**
 * {@code --quiet} and {@code --verbose}, on every command: how much a command says on stderr
 * besides its results. Quiet: errors only (capped) and the closing summary. Normal: progress,
 * warnings and notes too. Verbose: also every rejected record (no cap), the steps of long jobs, and
 * the stack trace of a fatal error.
 */
final class Verbosity {
  @Option(
      names = {"-q", "--quiet"},
      description =
          "Say less on stderr: no progress, no notes; errors (the first 20) and the summary.")
  boolean quiet;

  @Option(
      names = {"-v", "--verbose"},
      description =
          "Say more on stderr: every rejected record, the steps of long jobs, stack traces of"
              + " fatal errors.")
  boolean verbose;

  /**
   * Checks the two are not both given.
   *
   * @throws UsageException if they are
   */
  Verbosity check() {
    if (quiet && verbose) {
      throw new UsageException("--quiet and --verbose exclude each other");
    }
    return this;
  }
}
