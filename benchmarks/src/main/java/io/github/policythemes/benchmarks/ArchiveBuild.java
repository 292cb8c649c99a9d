package io.github.policythemes.benchmarks;

import io.github.policythemes.article.ReadOptions;
import io.github.policythemes.article.RecordSource;
import io.github.policythemes.batch.BatchClassifier;
import io.github.policythemes.batch.ErrorWriter;
import io.github.policythemes.classify.ThemeClassifier;
import io.github.policythemes.index.IndexReport;
import io.github.policythemes.index.IndexedModel;
import io.github.policythemes.index.LoadOptions;
import io.github.policythemes.index.ThemeIndex;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * Builds the archive that {@link SearchBenchmark} queries: the seed corpus repeated to N articles,
 * classified by the default model on two threads and indexed; prints the time, docs/s and the size
 * on disk per 1,000 articles, as committed and after merging to one segment. Not a JMH benchmark:
 * one run of a few minutes, timed by the wall clock.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.policythemes.benchmarks.ArchiveBuild \
 *     100000 benchmarks/target/archive-100k
 * </pre>
 */
public final class ArchiveBuild {
  private ArchiveBuild() {}

  /**
   * Builds the archive.
   *
   * @param args the number of articles and the folder (made new); optionally the seeds folder
   * @throws IOException if the seeds cannot be read or the index written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: ArchiveBuild ARTICLES FOLDER [SEEDS]");
      System.exit(2);
    }
    build(
        Integer.parseInt(args[0]),
        Path.of(args[1]),
        Path.of(args.length > 2 ? args[2] : "seeds/corpus"));
  }

  /** Builds an archive of the seeds repeated to {@code articles}, replacing what is there. */
  static void build(int articles, Path folder, Path seeds) throws IOException {
    RepeatedSeeds.delete(folder);
    Path input =
        RepeatedSeeds.write(seeds, articles, Files.createTempFile("archive-build", ".jsonl"));
    try {
      ThemeClassifier classifier = ThemeClassifier.defaultModel();
      BatchClassifier batch = BatchClassifier.builder().classifier(classifier).threads(2).build();
      long start = System.nanoTime();
      IndexReport report;
      try (ThemeIndex index = ThemeIndex.create(folder, IndexedModel.of(classifier))) {
        report =
            index.addAll(
                batch,
                RecordSource.files(List.of(input), ReadOptions.defaults()),
                ErrorWriter.jsonl(Writer.nullWriter()),
                LoadOptions.defaults());
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long committed = RepeatedSeeds.bytes(folder);
      try (FSDirectory directory = FSDirectory.open(folder);
          IndexWriter writer =
              new IndexWriter(
                  directory,
                  new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
        writer.forceMerge(1);
      }
      long merged = RepeatedSeeds.bytes(folder);
      System.out.printf(
          Locale.ROOT,
          "archive of %,d articles (%,d indexed, %,d failed) in %.1f s: %.0f docs/s%n"
              + "on disk: %,d bytes as committed (%.2f MB per 1,000 articles),"
              + " %,d after merging to one segment (%.2f MB per 1,000)%n",
          articles,
          report.indexed(),
          report.failed(),
          seconds,
          articles / seconds,
          committed,
          committed / 1e6 / (articles / 1000.0),
          merged,
          merged / 1e6 / (articles / 1000.0));
    } finally {
      Files.deleteIfExists(input);
    }
  }
}
