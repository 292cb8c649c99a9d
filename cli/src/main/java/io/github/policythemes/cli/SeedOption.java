package io.github.policythemes.cli;

import picocli.CommandLine.Option;

/** {@code --seed}: the seed of every random step of a command (topics, train). */
final class SeedOption {
  @Option(names = "--seed", defaultValue = "42", description = "Seed of every random step.")
  long seed;
}
