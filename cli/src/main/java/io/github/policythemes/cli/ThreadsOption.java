package io.github.policythemes.cli;

import picocli.CommandLine.Option;

/** {@code --threads}: how many threads a command uses (classify, topics). */
final class ThreadsOption {
  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Threads, 1 to 256 (default: classify and topics infer use every core, topics 1).")
  Integer threads;

  /**
   * Returns the count given, or the command's default.
   *
   * @throws UsageException if the count is out of range
   */
  int orElse(int fallback) {
    if (threads == null) {
      return fallback;
    }
    if (threads < 1 || threads > 256) {
      throw new UsageException("--threads must be 1 to 256, not " + threads);
    }
    return threads;
  }
}
