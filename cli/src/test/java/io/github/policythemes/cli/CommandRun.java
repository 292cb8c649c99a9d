package io.github.policythemes.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command in-process and keeps its exit code, stdout and stderr. */
record CommandRun(int exitCode, String out, String err) {
  static CommandRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CommandRun(code, out.toString(), err.toString());
  }
}
