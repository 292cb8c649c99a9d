package io.github.policythemes.cli;

import io.github.policythemes.PolicyThemes;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code policy-themes} command.
 *
 * <p>Exit codes: 0 success, 1 fatal error, 2 usage error (bad option, missing file), 3 some records
 * failed (the rest were processed and written).
 */
@Command(
    name = "policy-themes",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Tokenize articles, classify them into policy themes, and analyse topics.",
    subcommands = {
      TokenizeCommand.class,
      ClassifyCommand.class,
      TrainCommand.class,
      EvaluateCommand.class,
      TaxonomyCommand.class,
      ModelCommand.class,
      TopicsCommand.class,
      KeywordsCommand.class,
      TrendsCommand.class,
      IndexCommand.class,
      SearchCommand.class,
      ReindexCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  /** Exit code when everything worked. */
  static final int OK = 0;

  /** Exit code for a fatal error. */
  static final int FATAL = 1;

  /** Exit code for a usage error. */
  static final int USAGE = 2;

  /** Exit code when some records failed and the rest were written. */
  static final int PARTIAL = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Standard input, for the commands that read it. */
  final InputStream stdin;

  /** Whether standard output is a terminal (a table then suits a person better than JSONL). */
  final boolean stdoutIsTerminal;

  /** Whether standard error is a terminal (a progress bar is then drawn on it). */
  final boolean stderrIsTerminal;

  private Main(InputStream stdin, boolean stdoutIsTerminal, boolean stderrIsTerminal) {
    this.stdin = stdin;
    this.stdoutIsTerminal = stdoutIsTerminal;
    this.stderrIsTerminal = stderrIsTerminal;
  }

  /**
   * Runs the command and exits with its code.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    System.exit(
        run(
            args,
            System.in,
            new PrintWriter(System.out, true),
            new PrintWriter(System.err, true),
            Terminal.isTerminal(1),
            Terminal.isTerminal(2)));
  }

  /**
   * Runs the command with the given output streams; for tests and embedding.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, System.in, out, err, false, false);
  }

  /**
   * Runs the command with the given standard streams.
   *
   * @param args the arguments
   * @param stdin standard input
   * @param out standard output
   * @param err standard error
   * @param stdoutIsTerminal whether standard output is a terminal
   * @param stderrIsTerminal whether standard error is a terminal
   * @return the exit code
   */
  static int run(
      String[] args,
      InputStream stdin,
      PrintWriter out,
      PrintWriter err,
      boolean stdoutIsTerminal,
      boolean stderrIsTerminal) {
    CommandLine line = new CommandLine(new Main(stdin, stdoutIsTerminal, stderrIsTerminal));
    line.setOut(out);
    line.setErr(err);
    line.setExitCodeExceptionMapper(Main::exitCode);
    line.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("policy-themes: " + message(e));
          if (exitCode(e) == FATAL && !(e instanceof IOException)) {
            e.printStackTrace(commandLine.getErr());
          }
          return exitCode(e);
        });
    line.setParameterExceptionHandler(
        (e, args2) -> {
          e.getCommandLine().getErr().println("policy-themes: " + e.getMessage());
          e.getCommandLine()
              .getErr()
              .println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          return USAGE;
        });
    return line.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static int exitCode(Throwable e) {
    if (e instanceof UsageException
        || e instanceof NoSuchFileException
        || e instanceof IllegalArgumentException
        || e instanceof CommandLine.ParameterException) {
      return USAGE;
    }
    return FATAL;
  }

  static String message(Throwable e) {
    Throwable shown = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    if (shown instanceof NoSuchFileException) {
      return "no such file: " + shown.getMessage();
    }
    String message = shown.getMessage();
    return message == null ? shown.getClass().getSimpleName() : message;
  }

  /** Prints the library version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "policy-themes " + PolicyThemes.version(),
        "Java "
            + System.getProperty("java.version")
            + " ("
            + System.getProperty("java.vendor")
            + ")"
      };
    }
  }
}
