package io.github.policythemes.cli;

import io.github.policythemes.Progress;
import io.github.policythemes.article.ArticleRecord;
import io.github.policythemes.article.ErrorRecord;
import io.github.policythemes.article.InputRecord;
import io.github.policythemes.article.RecordSource;
import io.github.policythemes.topics.DocumentTopics;
import io.github.policythemes.topics.TopicJson;
import io.github.policythemes.topics.TopicModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code policy-themes topics infer --model model.ptt articles...}: the topics of new articles, one
 * JSON line each, streamed in input order.
 */
@Command(
    name = "infer",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    header = "Infer the topics of new articles with a trained topic model (model.ptt).",
    description = {
      "Read articles as classify reads them and write, per article in input order, one JSON line"
          + " {\"id\": ..., \"topics\": [p0, p1, ...]} as doc-topics.jsonl has them (to stdout or"
          + " --output FILE). Streamed: memory stays flat whatever the input size; --threads"
          + " infer in parallel. The same article always gets the same answer.",
      "Records that cannot be read are listed on stderr (exit code 3)."
    })
final class TopicsInferCommand implements Callable<Integer> {
  private static final int BLOCK = 256;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--model",
      required = true,
      paramLabel = "FILE",
      description = "Topic model written by 'topics' (DIR/model.ptt).")
  Path model;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write the JSON lines here (default: stdout).")
  Path output;

  @Mixin ThreadsOption threads;

  @Mixin InputOptions input;

  @Mixin Verbosity verbosity;

  @Parameters(paramLabel = "INPUT", description = "Files or folders; - or nothing for stdin.")
  List<String> inputs;

  @Override
  public Integer call() throws IOException, InterruptedException {
    verbosity.check();
    if (!Files.isRegularFile(model)) {
      throw new UsageException("no such topic model: " + model);
    }
    TopicModel topics = TopicModel.load(model);
    PrintWriter err = spec.commandLine().getErr();
    Problems problems = new Problems(err, verbosity, "");
    ProgressDisplay display = Main.display(spec, verbosity, problems);
    int threadCount = threads.orElse(Math.max(1, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threadCount);
    long started = System.nanoTime();
    long done = 0;
    Writer out =
        output == null
            ? new CheckedWriter(spec.commandLine().getOut())
            : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    try (RecordSource source = InputOptions.open(inputs, input.readOptions(), Main.of(spec).stdin);
        out) {
      List<ArticleRecord> block = new ArrayList<>(BLOCK);
      for (InputRecord record = source.next(); ; record = source.next()) {
        if (record instanceof ErrorRecord error) {
          display.write(error);
        } else if (record != null) {
          block.add((ArticleRecord) record);
        }
        if (block.size() == BLOCK || (record == null && !block.isEmpty())) {
          write(pool, block, topics, out);
          done += block.size();
          block.clear();
          display.onProgress(
              new Progress(
                  "topics infer",
                  "",
                  done,
                  -1,
                  "articles",
                  Duration.ofNanos(System.nanoTime() - started),
                  ""));
        }
        if (record == null) {
          break;
        }
      }
    } finally {
      pool.shutdownNow();
      display.close();
    }
    problems.finish();
    return problems.count() == 0 ? Main.OK : Main.PARTIAL;
  }

  /** Infers a block of articles on the pool and writes the lines in input order. */
  private static void write(
      ExecutorService pool, List<ArticleRecord> block, TopicModel topics, Writer out)
      throws IOException, InterruptedException {
    List<Future<DocumentTopics>> results = new ArrayList<>(block.size());
    for (ArticleRecord record : block) {
      results.add(pool.submit(() -> topics.infer(record.article())));
    }
    for (Future<DocumentTopics> result : results) {
      try {
        TopicJson.writeDocument(result.get(), out);
      } catch (ExecutionException e) {
        throw new IllegalStateException("inference failed: " + e.getCause(), e.getCause());
      }
    }
    out.flush();
  }
}
