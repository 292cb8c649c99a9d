package io.github.policythemes.cli;

import io.github.policythemes.article.ReadOptions;
import io.github.policythemes.article.RecordSource;
import io.github.policythemes.batch.BatchClassifier;
import io.github.policythemes.batch.BatchFailedException;
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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
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
          + " (e.g. the output could not be written)."
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
      description = "Write here (through FILE.partial, renamed at the end); default stdout.")
  Path output;

  @Option(
      names = "--errors",
      paramLabel = "FILE",
      description = "Write failed records here, one JSON line each; default: list them on stderr.")
  Path errors;

  @Option(
      names = "--resume",
      description = "Keep what --output already holds and skip the ids in it.")
  boolean resume;

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
    return output == null && main.stdoutIsTerminal ? OutputFormat.TABLE : OutputFormat.JSONL;
  }

  @Override
  public Integer call() throws IOException {
    verbosity.check();
    ThemeClassifier classifier = classifier();
    OutputFormat outputFormat = outputFormat();
    checkOptions(outputFormat);
    ReadOptions options = input.applyTo(ReadOptions.builder().keepFields(keepFields)).build();
    RecordSource source = InputOptions.open(inputs, options, main.stdin);
    PrintWriter err = spec.commandLine().getErr();
    Problems problems = new Problems(err, verbosity, "list them all with --errors FILE");
    ProgressDisplay display =
        new ProgressDisplay(err, main.stderrIsTerminal, verbosity.quiet, problems);
    OutputFile outputFile = output == null ? null : open(output, resume);
    OutputFile errorFile = errors == null ? null : OutputFile.create(errors);
    Set<String> done = resume ? outputFile.ids(outputFormat) : Set.of();
    ResultWriter results = results(classifier, outputFormat, outputFile);
    ErrorWriter errorWriter = errorFile != null ? ErrorWriter.jsonl(errorFile.writer()) : display;
    BatchReport report;
    try {
      report = batch(classifier, display, done).run(source, BatchSink.of(results, errorWriter));
    } catch (BatchFailedException e) {
      display.close();
      problems.finish();
      closeQuietly(outputFile, e);
      closeQuietly(errorFile, e);
      err.println("policy-themes: " + e.getMessage());
      err.println(summary(e.report()));
      if (outputFile != null) {
        err.println(
            "policy-themes: what was written is in "
                + outputFile.partial()
                + "; run again with --resume to go on");
      }
      return Main.FATAL;
    }
    results.close();
    display.close();
    problems.finish();
    if (outputFile != null) {
      outputFile.commit();
    }
    if (errorFile != null) {
      errorFile.commit();
    }
    err.println(summary(report));
    return report.failed() == 0 ? Main.OK : Main.PARTIAL;
  }

  private BatchClassifier batch(
      ThemeClassifier classifier, ProgressDisplay display, Set<String> done) {
    BatchClassifier.Builder batch =
        BatchClassifier.builder()
            .classifier(classifier)
            .explain(explaining())
            .progressListener(display)
            .progressInterval(display.interval())
            .skipIds(done);
    if (threads.threads != null) {
      batch.threads(threads.orElse(1));
    }
    return batch.build();
  }

  private ResultWriter results(
      ThemeClassifier classifier, OutputFormat outputFormat, OutputFile outputFile)
      throws IOException {
    Writer out =
        outputFile != null ? outputFile.writer() : new CheckedWriter(spec.commandLine().getOut());
    boolean header = outputFile == null || outputFile.isEmpty();
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
    if (output != null
        && errors != null
        && output.toAbsolutePath().equals(errors.toAbsolutePath())) {
      throw new UsageException("--output and --errors name the same file");
    }
  }

  private static OutputFile open(Path file, boolean resume) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new UsageException("no such folder for the output: " + parent);
    }
    return resume ? OutputFile.resume(file) : OutputFile.create(file);
  }

  private static void closeQuietly(OutputFile file, Exception failure) {
    if (file == null) {
      return;
    }
    try {
      file.close();
    } catch (IOException e) {
      failure.addSuppressed(e);
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
