package io.github.policythemes.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the command in-process, as a shell would, and keeps what it printed. */
record Cli(int exit, String out, String err) {
  static Cli run(String... args) {
    return run(new ByteArrayInputStream(new byte[0]), args);
  }

  static Cli runWithStdin(String stdin, String... args) {
    return run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
  }

  static Cli run(InputStream stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = run(stdin, new PrintWriter(out), err, args);
    return new Cli(code, out.toString(), err.toString());
  }

  /** Runs with a given standard output, e.g. one that fails. */
  static int run(InputStream stdin, PrintWriter out, StringWriter err, String... args) {
    PrintWriter errWriter = new PrintWriter((Writer) err);
    int code = Main.run(args, stdin, out, errWriter, false, false);
    out.flush();
    errWriter.flush();
    return code;
  }

  List<String> outLines() {
    return out.lines().toList();
  }

  List<String> errLines() {
    return err.lines().toList();
  }

  /** The last line on stderr: the run's summary. */
  String summary() {
    List<String> lines = errLines();
    return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
  }
}
