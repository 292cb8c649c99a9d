package io.github.policythemes.cli;

import io.github.policythemes.batch.BatchClassifier;
import io.github.policythemes.batch.BatchFailedException;
import io.github.policythemes.batch.ErrorWriter;
import io.github.policythemes.batch.OutputFile;
import io.github.policythemes.classify.ThemeClassifier;
import io.github.policythemes.index.IndexReport;
import io.github.policythemes.index.IndexedModel;
import io.github.policythemes.index.LoadOptions;
import io.github.policythemes.index.ThemeIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code policy-themes reindex}: classifies an archive's stored texts again with another model. */
@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    header = "Classify every article of an archive again with another model.",
    description = {
      "Classify every article of an archive again with another model, in place, and record"
          + " that model. A stopped reindex goes on where it stopped when run again with the"
          + " same model.",
      "Exit code 0: all reindexed; 3: some could not be classified (they keep their old"
          + " themes); 2: usage error; 1: fatal error."
    })
final class ReindexCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @ParentCommand Main main;

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "The archive.")
  Path index;

  @Option(
      names = "--model",
      required = true,
      description = "default, FILE.ptm or keywords[:TAXONOMY]: the model to classify with.")
  String model;

  @Option(
      names = "--commit-every",
      paramLabel = "N",
      defaultValue = "" + LoadOptions.DEFAULT_COMMIT_EVERY,
      description = "Commit after every N articles.")
  int commitEvery;

  @Option(
      names = "--errors",
      paramLabel = "FILE",
      description = "Write articles that failed here; default: list them on stderr.")
  Path errors;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: cores).")
  Integer threads;

  @Mixin Verbosity verbosity;

  @Override
  public Integer call() throws IOException {
    verbosity.check();
    if (commitEvery < 1) {
      throw new UsageException("--commit-every must be at least 1, not " + commitEvery);
    }
    ThemeClassifier classifier = ModelOption.load(model);
    PrintWriter err = spec.commandLine().getErr();
    try (ThemeIndex archive = ThemeIndex.open(index)) {
      IndexedModel before = archive.model();
      IndexedModel after = IndexedModel.of(classifier);
      if (before.id().equals(after.id()) && !archive.reindexPending()) {
        err.println(
            "policy-themes reindex: "
                + index
                + " is classified by "
                + after.describe()
                + " already; nothing to do");
        return Main.OK;
      }
      Problems problems = new Problems(err, verbosity, "list them all with --errors FILE");
      ProgressDisplay display =
          new ProgressDisplay(err, main.stderrIsTerminal, verbosity.quiet, problems);
      OutputFile errorFile = errors == null ? null : OutputFile.create(errors);
      ErrorWriter errorWriter = errorFile != null ? ErrorWriter.jsonl(errorFile.writer()) : display;
      BatchClassifier.Builder batch =
          BatchClassifier.builder()
              .classifier(classifier)
              .progressListener(display)
              .progressInterval(display.interval());
      if (threads != null) {
        batch.threads(threads);
      }
      IndexReport report;
      try {
        report =
            archive.reindex(
                batch.build(), errorWriter, LoadOptions.defaults().withCommitEvery(commitEvery));
      } catch (BatchFailedException e) {
        display.close();
        problems.finish();
        err.println("policy-themes: " + e.getMessage());
        err.println(IndexCommand.summary("reindex", e.report()));
        err.println("policy-themes: run reindex again with the same model to go on");
        return Main.FATAL;
      }
      display.close();
      problems.finish();
      if (errorFile != null) {
        errorFile.commit();
      }
      err.println(
          IndexCommand.summary("reindex", report)
              + "; "
              + index
              + (archive.reindexPending()
                  ? " is still partly classified by the old model: run reindex again"
                  : " is now classified by " + after.describe()));
      return report.failed() == 0 ? Main.OK : Main.PARTIAL;
    }
  }
}
