/** The {@code policy-themes} command line: one subcommand per capability. */
package io.github.policythemes.cli;
