package io.github.policythemes.cli;

import io.github.policythemes.PolicyThemes;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;
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
    description = {
      "Tokenize English, Korean and Chinese articles, classify them into policy themes and say"
          + " why, and analyse topics, keywords and trends.",
      "Every command that reads articles reads JSONL, CSV or TSV with a header, plain-text files"
          + " and folders, one article per line, or standard input, in any common encoding"
          + " (--encoding). Exit codes: 0 success, 1 fatal error, 2 usage error, 3 some records"
          + " failed (the rest were processed)."
    },
    subcommands = {
      TokenizeCommand.class,
      ClassifyCommand.class,
      ExplainCommand.class,
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
      CompletionCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Callable<Integer> {
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
    CommandLine line = commandLine(new Main(stdin, stdoutIsTerminal, stderrIsTerminal));
    line.setOut(out);
    line.setErr(err);
    line.setExitCodeExceptionMapper(Main::exitCode);
    line.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("policy-themes: " + message(e));
          if ((exitCode(e) == FATAL && !(e instanceof IOException)) || verbose(commandLine)) {
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

  /**
   * The command line with the help settings of every command: the width of the terminal, every
   * default value shown.
   */
  static CommandLine commandLine() {
    return commandLine(new Main(System.in, false, false));
  }

  static CommandLine commandLine(Main main) {
    CommandLine line = new CommandLine(main);
    line.setUsageHelpAutoWidth(true);
    line.setUsageHelpLongOptionsMaxWidth(32);
    showDefaults(line);
    return line;
  }

  private static void showDefaults(CommandLine line) {
    line.getCommandSpec().usageMessage().showDefaultValues(true);
    line.getSubcommands().values().forEach(Main::showDefaults);
  }

  /** The root of a running command, with the standard streams' facts. */
  static Main of(CommandLine.Model.CommandSpec spec) {
    return (Main) spec.root().userObject();
  }

  /** A progress display on stderr for a command, listing rejected records through problems. */
  static ProgressDisplay display(
      CommandLine.Model.CommandSpec spec, Verbosity verbosity, Problems problems) {
    return new ProgressDisplay(
        spec.commandLine().getErr(), of(spec).stderrIsTerminal, verbosity.quiet, problems);
  }

  private static boolean verbose(CommandLine commandLine) {
    return commandLine.getCommandSpec().mixins().values().stream()
        .anyMatch(mixin -> mixin.userObject() instanceof Verbosity v && v.verbose);
  }

  /** Without a command: the usage on stderr, and the usage error's exit code. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    spec.commandLine().getErr().flush();
    return USAGE;
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
