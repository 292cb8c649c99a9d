package io.github.policythemes.cli;

import io.github.policythemes.article.ReadOptions;
import io.github.policythemes.article.RecordSource;
import io.github.policythemes.batch.BatchClassifier;
import io.github.policythemes.batch.BatchFailedException;
import io.github.policythemes.batch.BatchJob;
import io.github.policythemes.batch.BatchOutput;
import io.github.policythemes.batch.BatchPosition;
import io.github.policythemes.batch.BatchReport;
import io.github.policythemes.batch.BatchSink;
import io.github.policythemes.batch.ErrorWriter;
import io.github.policythemes.batch.OutputFile;
import io.github.policythemes.batch.OutputFormat;
import io.github.policythemes.batch.OutputOptions;
import io.github.policythemes.batch.ResultWriter;
import io.github.policythemes.classify.ThemeClassifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code policy-themes classify}: classifies articles in a streaming batch. */
@Command(
    name = "classify",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    header = "Classify articles into policy themes, in a streaming batch.",
    description = {
      "Classify articles into policy themes: JSONL, CSV or TSV (with a header), text files,"
          + " folders (recursive), one article per line, or standard input; .gz read directly."
          + " Output keeps the input order.",
      "Records that cannot be read or classified are listed with the reason (all of them in"
          + " --errors FILE, else the first 20 on stderr); a summary line ends the run. Exit code"
          + " 0: all classified; 3: some failed, the rest written; 2: usage error; 1: fatal error"
          + " (e.g. the output could not be written); 141: standard output closed by its reader;"
          + " 143/130: SIGTERM/SIGINT (the summary says how to go on with --resume)."
    })
class ClassifyCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @ParentCommand Main main;

  @Mixin ModelOption model;

  @Mixin TaxonomyOption taxonomy;

  @Mixin ThreadsOption threads;

  @Mixin InputOptions input;

  @Mixin ThresholdOptions thresholds;

  @Option(
      names = "--explain",
      description =
          "Add the terms and sentences behind each assigned theme: JSONL an explanation object,"
              + " CSV an evidence column, table a readable view with the terms marked in the"
              + " sentences (as the explain command prints).")
  boolean explain;

  @Option(
      names = "--top",
      paramLabel = "K",
      description = "Write only the K best themes (default: all in JSONL, 3 in a table).")
  Integer top;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "jsonl, csv or table (default: table on a terminal, else jsonl).")
  String format;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description =
          "Write here: through FILE.partial, renamed at the end (a link, pipe or device is written"
              + " in place); - for standard output, the default. Its folder must exist.")
  Path output;

  @Option(
      names = "--errors",
      paramLabel = "FILE",
      description = "Write failed records here, one JSON line each; default: list them on stderr.")
  Path errors;

  @Option(
      names = "--resume",
      description = {
        "Go on with a run that stopped (killed, interrupted, disk full): from the last",
        "checkpoint in FILE.resume, by position in the input; same inputs and options."
      })
  boolean resume;

  @Option(
      names = "--record-timeout",
      paramLabel = "SECONDS",
      defaultValue = "60",
      description = "A record not classified within this time fails (default: 60; 0: no limit).")
  double recordTimeoutSeconds;

  @Option(names = "--keep-fields", description = "Pass the input's other fields on as meta.")
  boolean keepFields;

  @Option(names = "--keep-text", description = "Repeat title and text in JSONL output.")
  boolean keepText;

  @Mixin Verbosity verbosity;

  @Parameters(paramLabel = "INPUT", description = "Files or folders; - or nothing for stdin.")
  List<String> inputs;

  /** Whether each result is explained: --explain, or always for the explain command. */
  boolean explaining() {
    return explain;
  }

  /** The format without --format: a table on a terminal, else JSONL. */
  OutputFormat defaultFormat() {
    boolean toStdout = output == null || output.toString().equals("-");
    return toStdout && main.stdoutIsTerminal ? OutputFormat.TABLE : OutputFormat.JSONL;
  }

  @Override
  public Integer call() throws IOException {
    verbosity.check();
    ThemeClassifier classifier = classifier();
    OutputFormat outputFormat = outputFormat();
    checkOptions(outputFormat);
    PrintWriter err = spec.commandLine().getErr();
    boolean toStdout = output == null || output.toString().equals("-");
    if (resume && isComplete(output)) {
      err.println(
          "policy-themes: "
              + output
              + " is complete: nothing to resume (run without --resume to write it again)");
      return Main.OK;
    }
    ReadOptions options = input.applyTo(ReadOptions.builder().keepFields(keepFields)).build();
    RecordSource source = InputOptions.open(inputs, options, main.stdin);
    Problems problems = new Problems(err, verbosity, "list them all with --errors FILE");
    ProgressDisplay display =
        new ProgressDisplay(err, main.stderrIsTerminal, verbosity.quiet, problems);
    BatchOutput files = null;
    OutputFile errorsOnly = null;
    if (!toStdout) {
      files = resume ? BatchOutput.resume(output, errors) : BatchOutput.create(output, errors);
    } else if (errors != null) {
      errorsOnly = OutputFile.create(errors);
    }
    ResultWriter results = results(classifier, outputFormat, files);
    ErrorWriter errorWriter =
        files != null && files.errors() != null
            ? ErrorWriter.jsonl(files.errors())
            : errorsOnly != null ? ErrorWriter.jsonl(errorsOnly.writer()) : display;
    BatchSink sink =
        files != null ? files.sink(results, errorWriter) : BatchSink.of(results, errorWriter);
    BatchPosition from = files != null ? files.position() : BatchPosition.START;
    BatchJob job = batch(classifier, display, from).start(source, sink);
    Run run = new Run(job, files, errorsOnly, display, problems, err);
    Interruption.onSignal(main, run::signalled);
    BatchReport report;
    try {
      report = run.await();
    } catch (BatchFailedException e) {
      return run.failed(e, toStdout);
    }
    if (run.interrupted(report)) {
      return Main.FATAL;
    }
    results.close();
    display.close();
    problems.finish();
    if (files != null) {
      files.commit();
    }
    if (errorsOnly != null) {
      errorsOnly.commit();
    }
    err.println(summary(report));
    return report.failed() == 0 ? Main.OK : Main.PARTIAL;
  }

  /** A finished output: there, with no .partial and no checkpoint beside it. */
  private static boolean isComplete(Path file) {
    return Files.exists(file)
        && !Files.exists(file.resolveSibling(file.getFileName() + ".partial"))
        && !Files.exists(file.resolveSibling(file.getFileName() + ".resume"));
  }

  /** The running job, and what ends it: the end of the input, a failure or a signal. */
  private final class Run {
    private final BatchJob job;
    private final BatchOutput files;
    private final OutputFile errorsOnly;
    private final ProgressDisplay display;
    private final Problems problems;
    private final PrintWriter err;
    private final AtomicBoolean signal = new AtomicBoolean();
    private final CountDownLatch reported = new CountDownLatch(1);

    Run(
        BatchJob job,
        BatchOutput files,
        OutputFile errorsOnly,
        ProgressDisplay display,
        Problems problems,
        PrintWriter err) {
      this.job = job;
      this.files = files;
      this.errorsOnly = errorsOnly;
      this.display = display;
      this.problems = problems;
      this.err = err;
    }

    BatchReport await() throws BatchFailedException {
      while (true) {
        try {
          return job.await();
        } catch (InterruptedException e) {
          job.cancel();
        }
      }
    }

    /** From the shutdown hook: stop, and wait until the summary is out. */
    void signalled() throws InterruptedException {
      signal.set(true);
      job.cancel();
      reported.await(Interruption.HANDLER_SECONDS - 2, TimeUnit.SECONDS);
    }

    /** After a signal: close without committing, and say how to go on; false if none came. */
    boolean interrupted(BatchReport report) throws IOException {
      if (!signal.get() && !report.cancelled()) {
        return false;
      }
      try {
        display.close();
        problems.finish();
        closeQuietly(files, null);
        if (errorsOnly != null) {
          errorsOnly.close();
        }
        err.println(summary(report) + ", interrupted");
        err.println(
            files != null && files.partial() != null && !files.partial().equals(output)
                ? "policy-themes: interrupted: what was written is in "
                    + files.partial()
                    + "; run the same command with --resume to go on"
                : "policy-themes: interrupted: the output ends with the last complete record");
        err.flush();
      } finally {
        reported.countDown();
      }
      return true;
    }

    int failed(BatchFailedException e, boolean toStdout) {
      display.close();
      problems.finish();
      closeQuietly(files, e);
      if (errorsOnly != null) {
        try {
          errorsOnly.close();
        } catch (IOException closing) {
          e.addSuppressed(closing);
        }
      }
      reported.countDown();
      if (toStdout && Outputs.closedPipe(e)) {
        return Outputs.CLOSED_PIPE; // the reader of the pipe has all it wanted: say nothing
      }
      if (Outputs.diskFull(e)) {
        String file = Outputs.fileOf(e);
        err.println(
            "policy-themes: disk full writing "
                + (file != null ? file : toStdout ? "standard output" : output.toString()));
      } else {
        err.println("policy-themes: " + e.getMessage());
      }
      err.println(summary(e.report()));
      if (files != null && files.partial() != null && !files.partial().equals(output)) {
        err.println(
            "policy-themes: what was written is in "
                + files.partial()
                + "; run the same command with --resume to go on");
      }
      return Main.FATAL;
    }
  }

  private BatchClassifier batch(
      ThemeClassifier classifier, ProgressDisplay display, BatchPosition from) {
    BatchClassifier.Builder batch =
        BatchClassifier.builder()
            .classifier(classifier)
            .explain(explaining())
            .progressListener(display)
            .progressInterval(display.interval())
            .recordTimeout(recordTimeout())
            .resumeFrom(from);
    if (threads.threads != null) {
      batch.threads(threads.orElse(1));
    }
    return batch.build();
  }

  private Duration recordTimeout() {
    if (recordTimeoutSeconds < 0 || Double.isNaN(recordTimeoutSeconds)) {
      throw new UsageException("--record-timeout must be 0 (none) or more seconds");
    }
    long millis = Math.round(recordTimeoutSeconds * 1000);
    return millis == 0 ? Duration.ZERO : Duration.ofMillis(Math.max(millis, 10));
  }

  private ResultWriter results(
      ThemeClassifier classifier, OutputFormat outputFormat, BatchOutput files) throws IOException {
    Writer out =
        files != null
            ? files.results()
            : new CheckedWriter(spec.commandLine().getOut(), main::stdoutFailure);
    boolean header = files == null || files.isEmpty();
    int shown = top != null ? top : outputFormat == OutputFormat.TABLE ? 3 : Integer.MAX_VALUE;
    OutputOptions options = new OutputOptions(shown, keepText);
    if (explaining() && outputFormat == OutputFormat.TABLE) {
      return new ExplanationTableWriter(out, shown);
    }
    if (explaining() && outputFormat == OutputFormat.CSV) {
      return ResultWriter.csv(out, classifier.taxonomy(), header, true);
    }
    return ResultWriter.of(outputFormat, out, classifier.taxonomy(), options, header);
  }

  private ThemeClassifier classifier() throws IOException {
    return thresholds.apply(unthresholded());
  }

  private ThemeClassifier unthresholded() throws IOException {
    if (!taxonomy.isSet()) {
      return model.load();
    }
    if (!model.model.equals("keywords")) {
      throw new UsageException(
          "--taxonomy goes with --model keywords: a trained model carries its own taxonomy");
    }
    return ThemeClassifier.keywords(taxonomy.resolve());
  }

  private OutputFormat outputFormat() {
    if (format != null) {
      return OutputFormat.parse(format);
    }
    return defaultFormat();
  }

  private void checkOptions(OutputFormat outputFormat) {
    if (top != null && top < 1) {
      throw new UsageException("--top must be at least 1, not " + top);
    }
    if (resume && output == null) {
      throw new UsageException("--resume needs --output FILE: it continues that file");
    }
    if (resume && outputFormat == OutputFormat.TABLE) {
      throw new UsageException("--resume works with --format jsonl or csv, not table");
    }
    if (resume && output.toString().equals("-")) {
      throw new UsageException("--resume needs --output FILE, not standard output");
    }
    if (output != null
        && errors != null
        && output.toAbsolutePath().normalize().equals(errors.toAbsolutePath().normalize())) {
      throw new UsageException("--output and --errors name the same file");
    }
    Outputs.check(output, "--output", false);
    Outputs.check(errors, "--errors", false);
  }

  private static void closeQuietly(BatchOutput files, Exception failure) {
    if (files == null) {
      return;
    }
    try {
      files.close();
    } catch (IOException e) {
      if (failure != null) {
        failure.addSuppressed(e);
      }
    }
  }

  String summary(BatchReport report) {
    StringBuilder line =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "policy-themes %s: read %,d, written %,d, failed %,d, duplicates %,d",
                spec.name(),
                report.read(),
                report.written(),
                report.failed(),
                report.duplicates()));
    if (report.skipped() > 0) {
      line.append(
          String.format(Locale.ROOT, ", skipped %,d (already in the output)", report.skipped()));
    }
    line.append(
        String.format(
            Locale.ROOT,
            " in %.1f s (%,.1f docs/s)",
            report.elapsed().toMillis() / 1000.0,
            report.docsPerSecond()));
    if (report.cancelled()) {
      line.append(", cancelled");
    }
    return line.toString();
  }
}
