package io.github.policythemes.cli;

import io.github.policythemes.PolicyThemes;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code policy-themes} command.
 *
 * <p>Exit codes: 0 success, 1 fatal error (also: standard output could not be written), 2 usage
 * error (bad option, missing file), 3 some records failed (the rest were processed and written),
 * 141 standard output was closed by its reader (a pipe into {@code head}; 128 + SIGPIPE, as a shell
 * reports a command that SIGPIPE ended), 130 and 143 interrupted by SIGINT and SIGTERM.
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

  /** The stream under standard output when it is the process's own, else null. */
  final Outputs.Stdout stdoutStream;

  /** Whether the command runs as the process (signals end it), not embedded in a test. */
  final boolean ownProcess;

  private Main(
      InputStream stdin,
      boolean stdoutIsTerminal,
      boolean stderrIsTerminal,
      Outputs.Stdout stdoutStream) {
    this.stdin = stdin;
    this.stdoutIsTerminal = stdoutIsTerminal;
    this.stderrIsTerminal = stderrIsTerminal;
    this.stdoutStream = stdoutStream;
    this.ownProcess = stdoutStream != null;
  }

  /** The first failure of standard output, when known. */
  IOException stdoutFailure() {
    return stdoutStream == null ? null : stdoutStream.failure();
  }

  /**
   * Runs the command and exits with its code.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    Outputs.Stdout stdout = new Outputs.Stdout(new FileOutputStream(FileDescriptor.out));
    String encoding = System.getProperty("sun.stdout.encoding");
    Charset charset =
        encoding != null && Charset.isSupported(encoding)
            ? Charset.forName(encoding)
            : Charset.defaultCharset();
    PrintWriter out =
        new PrintWriter(
            new OutputStreamWriter(new BufferedOutputStream(stdout, 1 << 16), charset), true);
    int code =
        run(
            args,
            System.in,
            out,
            new PrintWriter(System.err, true),
            Terminal.isTerminal(1),
            Terminal.isTerminal(2),
            stdout);
    Interruption.finished();
    System.exit(code);
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
    return run(args, stdin, out, err, stdoutIsTerminal, stderrIsTerminal, null);
  }

  private static int run(
      String[] args,
      InputStream stdin,
      PrintWriter out,
      PrintWriter err,
      boolean stdoutIsTerminal,
      boolean stderrIsTerminal,
      Outputs.Stdout stdoutStream) {
    Main main = new Main(stdin, stdoutIsTerminal, stderrIsTerminal, stdoutStream);
    CommandLine line = commandLine(main);
    line.setOut(out);
    line.setErr(err);
    line.setExitCodeExceptionMapper(Main::exitCode);
    line.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (Outputs.closedPipe(e)) {
            return Outputs.CLOSED_PIPE;
          }
          if (Outputs.diskFull(e)) {
            String file = Outputs.fileOf(e);
            if (file == null
                && e.getMessage() != null
                && e.getMessage().contains("standard output")) {
              file = "standard output";
            }
            commandLine
                .getErr()
                .println(
                    "policy-themes: disk full writing " + (file != null ? file : "the output"));
            return FATAL;
          }
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
    int code = line.execute(args);
    if (code != Outputs.CLOSED_PIPE && out.checkError()) {
      return stdoutFailed(main.stdoutFailure(), err);
    }
    return code;
  }

  /** The exit code, and the one line, when standard output could not be written. */
  static int stdoutFailed(IOException failure, PrintWriter err) {
    if (failure != null && Outputs.closedPipe(failure)) {
      return Outputs.CLOSED_PIPE;
    }
    if (failure != null && Outputs.diskFull(failure)) {
      err.println("policy-themes: disk full writing standard output");
    } else {
      err.println(
          "policy-themes: cannot write standard output"
              + (failure != null && failure.getMessage() != null
                  ? ": " + failure.getMessage()
                  : ""));
    }
    err.flush();
    return FATAL;
  }

  /**
   * The command line with the help settings of every command: the width of the terminal, every
   * default value shown.
   */
  static CommandLine commandLine() {
    return commandLine(new Main(System.in, false, false, null));
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
