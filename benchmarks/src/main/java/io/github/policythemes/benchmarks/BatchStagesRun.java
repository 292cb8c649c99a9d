package io.github.policythemes.benchmarks;

import io.github.policythemes.article.ArticleRecord;
import io.github.policythemes.article.InputRecord;
import io.github.policythemes.article.ReadOptions;
import io.github.policythemes.article.RecordSource;
import io.github.policythemes.batch.BatchResult;
import io.github.policythemes.batch.OutputOptions;
import io.github.policythemes.batch.ResultWriter;
import io.github.policythemes.classify.ThemeClassifier;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What each stage of the batch pipeline costs per record, in the CPU time of one thread (so that
 * other jobs on a shared machine do not count): reading and parsing a JSON Lines file, classifying
 * with the default model, formatting JSONL into a null writer. From these, the most that two
 * workers can gain over one on a two-core machine where the reader and the writer run beside them:
 * {@code 2c / (c + r + w)}.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.policythemes.benchmarks.BatchStagesRun \
 *     FILE.jsonl [ROUNDS]
 * </pre>
 */
public final class BatchStagesRun {
  private BatchStagesRun() {}

  /**
   * Runs the rounds and prints the costs.
   *
   * @param args the JSON Lines file, and the number of rounds (default 5; the first is warm-up)
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    ThemeClassifier classifier = ThemeClassifier.defaultModel();
    Path file = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    for (int round = 0; round < rounds; round++) {
      long start = threads.getCurrentThreadCpuTime();
      List<ArticleRecord> records = new ArrayList<>();
      try (RecordSource source = RecordSource.files(List.of(file), ReadOptions.defaults())) {
        for (InputRecord record = source.next(); record != null; record = source.next()) {
          if (record instanceof ArticleRecord article) {
            records.add(article);
          }
        }
      }
      long read = threads.getCurrentThreadCpuTime();
      List<BatchResult> results = new ArrayList<>(records.size());
      for (ArticleRecord record : records) {
        results.add(new BatchResult(record, classifier.classify(record.article()), null));
      }
      long classified = threads.getCurrentThreadCpuTime();
      try (ResultWriter writer =
          ResultWriter.jsonl(Writer.nullWriter(), OutputOptions.defaults())) {
        for (BatchResult result : results) {
          writer.write(result);
        }
      }
      long written = threads.getCurrentThreadCpuTime();
      double n = records.size() * 1e3;
      double r = (read - start) / n;
      double c = (classified - read) / n;
      double w = (written - classified) / n;
      System.out.printf(
          Locale.ROOT,
          "round %d%s: %d records, CPU µs per record: read %.1f, classify %.1f, write %.1f;"
              + " two workers gain at most 2c/(c+r+w) = %.2fx on 2 cores%n",
          round,
          round == 0 ? " (warm-up)" : "",
          records.size(),
          r,
          c,
          w,
          2 * c / (c + r + w));
    }
  }
}
