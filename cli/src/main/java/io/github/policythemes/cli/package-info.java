/**
 * The {@code policy-themes} command line: one subcommand per capability; the options several
 * commands share ({@code --seed}, {@code --threads}, {@code --taxonomy}, {@code --model}, the input
 * options) are picocli mixins, so they read and mean the same everywhere.
 */
package io.github.policythemes.cli;
