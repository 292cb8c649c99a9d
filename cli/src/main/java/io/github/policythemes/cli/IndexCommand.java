package io.github.policythemes.cli;

import io.github.policythemes.article.ReadOptions;
import io.github.policythemes.article.RecordSource;
import io.github.policythemes.batch.BatchClassifier;
import io.github.policythemes.batch.BatchFailedException;
import io.github.policythemes.batch.BatchReport;
import io.github.policythemes.batch.ErrorWriter;
import io.github.policythemes.batch.OutputFile;
import io.github.policythemes.classify.ThemeClassifier;
import io.github.policythemes.index.IndexReport;
import io.github.policythemes.index.IndexedModel;
import io.github.policythemes.index.LoadOptions;
import io.github.policythemes.index.ThemeIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
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

/** {@code policy-themes index}: classifies articles into a searchable Lucene archive. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    header = "Classify articles into a searchable archive (a Lucene index).",
    description = {
      "Classify articles and add them to a searchable archive, a Lucene index in DIR (created"
          + " when missing). With --classified the inputs are the JSONL that 'classify"
          + " --keep-text' wrote, and --model names the model that classified them (the archive"
          + " records it). An article whose id is in the archive replaces it.",
      "The archive commits every --commit-every articles: a killed run keeps what was"
          + " committed, and --resume goes on. Exit code 0: all indexed; 3: some failed (listed"
          + " with the reason), the rest indexed; 2: usage error; 1: fatal error."
    })
final class IndexCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @ParentCommand Main main;

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "The archive.")
  Path index;

  @Mixin ModelOption model;

  @Mixin TaxonomyOption taxonomy;

  @Option(
      names = "--classified",
      description = "The inputs are the JSONL of 'classify --keep-text': index their themes.")
  boolean classified;

  @Option(names = "--resume", description = "Pass over the ids the archive already holds.")
  boolean resume;

  @Option(
      names = "--commit-every",
      paramLabel = "N",
      defaultValue = "" + LoadOptions.DEFAULT_COMMIT_EVERY,
      description = "Commit after every N articles.")
  int commitEvery;

  @Option(
      names = "--errors",
      paramLabel = "FILE",
      description = "Write failed records here, one JSON line each; default: list them on stderr.")
  Path errors;

  @Mixin ThreadsOption threads;

  @Option(names = "--keep-fields", description = "Keep the input's other fields (stored as meta).")
  boolean keepFields;

  @Mixin InputOptions input;

  @Mixin Verbosity verbosity;

  @Parameters(paramLabel = "INPUT", description = "Files or folders; - or nothing for stdin.")
  List<String> inputs;

  @Override
  public Integer call() throws IOException {
    verbosity.check();
    if (commitEvery < 1) {
      throw new UsageException("--commit-every must be at least 1, not " + commitEvery);
    }
    ThemeClassifier classifier = classifier();
    RecordSource source = source(readOptions());
    PrintWriter err = spec.commandLine().getErr();
    try (ThemeIndex archive = open(IndexedModel.of(classifier))) {
      Problems problems = new Problems(err, verbosity, "list them all with --errors FILE");
      ProgressDisplay display =
          new ProgressDisplay(err, main.stderrIsTerminal, verbosity.quiet, problems);
      OutputFile errorFile = errors == null ? null : OutputFile.create(errors);
      ErrorWriter errorWriter = errorFile != null ? ErrorWriter.jsonl(errorFile.writer()) : display;
      Set<String> done = resume ? archive.ids() : Set.of();
      LoadOptions options =
          LoadOptions.defaults()
              .withCommitEvery(commitEvery)
              .withSkipIds(done)
              .withProgress(display);
      IndexReport report;
      try {
        report =
            classified
                ? archive.addClassified(source, errorWriter, options)
                : archive.addAll(batch(classifier, display), source, errorWriter, options);
      } catch (BatchFailedException e) {
        display.close();
        problems.finish();
        err.println("policy-themes: " + e.getMessage());
        err.println(summary("index", e.report()));
        err.println(
            "policy-themes: "
                + index
                + " keeps what was committed; run again with --resume to go on");
        return Main.FATAL;
      }
      display.close();
      problems.finish();
      if (errorFile != null) {
        errorFile.commit();
      }
      err.println(
          summary("index", report) + "; " + index + " holds " + archive.size() + " articles");
      return report.failed() == 0 ? Main.OK : Main.PARTIAL;
    }
  }

  private ThemeIndex open(IndexedModel wanted) throws IOException {
    ThemeIndex archive = ThemeIndex.openOrCreate(index, wanted);
    if (archive.reindexPending() || !archive.model().id().equals(wanted.id())) {
      String held = archive.model().describe();
      boolean pending = archive.reindexPending();
      archive.close();
      throw new UsageException(
          pending
              ? index + ": a reindex to model " + held + " is unfinished: run reindex again first"
              : index
                  + " holds articles classified by model "
                  + held
                  + ", not by "
                  + wanted.describe()
                  + ": give that --model, or run 'policy-themes reindex'");
    }
    return archive;
  }

  private BatchClassifier batch(ThemeClassifier classifier, ProgressDisplay display) {
    BatchClassifier.Builder batch =
        BatchClassifier.builder()
            .classifier(classifier)
            .progressListener(display)
            .progressInterval(display.interval());
    if (threads.threads != null) {
      batch.threads(threads.orElse(1));
    }
    return batch.build();
  }

  private ThemeClassifier classifier() throws IOException {
    if (!taxonomy.isSet()) {
      return model.load();
    }
    if (!model.model.equals("keywords")) {
      throw new UsageException(
          "--taxonomy goes with --model keywords: a trained model carries its own taxonomy");
    }
    return ThemeClassifier.keywords(taxonomy.resolve());
  }

  private ReadOptions readOptions() {
    return input.applyTo(ReadOptions.builder().keepFields(keepFields || classified)).build();
  }

  private RecordSource source(ReadOptions options) {
    List<RecordSource> sources = new ArrayList<>();
    List<String> arguments = inputs == null || inputs.isEmpty() ? List.of("-") : inputs;
    for (String argument : arguments) {
      if (argument.equals("-")) {
        sources.add(RecordSource.stream(main.stdin, "<stdin>", options));
      } else if (Files.exists(Path.of(argument), LinkOption.NOFOLLOW_LINKS)) {
        sources.add(RecordSource.files(List.of(Path.of(argument)), options));
      } else {
        throw new UsageException("no such file or folder: " + argument);
      }
    }
    return sources.size() == 1 ? sources.get(0) : RecordSource.concat(sources);
  }

  static String summary(String command, IndexReport report) {
    StringBuilder line =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "policy-themes %s: read %,d, indexed %,d, failed %,d, duplicates %,d",
                command,
                report.read(),
                report.indexed(),
                report.failed(),
                report.duplicates()));
    if (report.skipped() > 0) {
      line.append(
          String.format(Locale.ROOT, ", skipped %,d (already in the archive)", report.skipped()));
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

  static String summary(String command, BatchReport report) {
    return String.format(
        Locale.ROOT,
        "policy-themes %s: read %,d, written %,d, failed %,d before the failure",
        command,
        report.read(),
        report.written(),
        report.failed());
  }
}
