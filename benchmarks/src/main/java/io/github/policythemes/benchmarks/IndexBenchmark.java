package io.github.policythemes.benchmarks;

import io.github.policythemes.article.ReadOptions;
import io.github.policythemes.article.RecordSource;
import io.github.policythemes.batch.BatchClassifier;
import io.github.policythemes.batch.BatchReport;
import io.github.policythemes.batch.BatchSink;
import io.github.policythemes.batch.ErrorWriter;
import io.github.policythemes.batch.OutputOptions;
import io.github.policythemes.batch.ResultWriter;
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
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Indexing into the archive against its peer, classification alone: the same JSONL file through the
 * same batch engine (default model, {@code threads} workers), once into a JSONL writer that
 * discards its output, once into a new {@link ThemeIndex} on disk ({@code addAll}, committed at the
 * end). One operation is the whole file: the seed corpus repeated to {@code articles} records, so
 * docs/s = {@code articles} / (s/op), and the ratio of the two runners is what the archive costs on
 * top of classification. Each operation of the index runner makes a fresh index in a temporary
 * folder; its size on disk is printed after each iteration. Three warm-up iterations: the index
 * runner reaches its speed only after Nori's and SmartCN's dictionaries are hot. The operation is a
 * loop over the batch by definition, which is why this benchmark breaks the no-loop rule.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar IndexBenchmark
 * java -jar benchmarks/target/benchmarks.jar IndexBenchmark -p articles=2380 -wi 1 -i 2
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class IndexBenchmark {
  /** Where the classified records go. */
  public enum Runner {
    /** Classification alone: the batch engine into a JSONL writer that discards its output. */
    CLASSIFY,
    /** Classification and the archive: the batch engine into a new index on disk. */
    CLASSIFY_AND_INDEX
  }

  /** Where the classified records go. */
  @Param({"CLASSIFY", "CLASSIFY_AND_INDEX"})
  public Runner runner;

  /** Records in one operation: the seed corpus repeated. */
  @Param("5950")
  public int articles;

  /** Batch worker threads. */
  @Param("2")
  public int threads;

  /** The folder with the seed corpus, relative to where the benchmark runs. */
  @Param("seeds/corpus")
  public String seeds;

  private Path input;
  private Path folder;
  private BatchClassifier batch;
  private IndexedModel model;
  private long lastBytes;

  /**
   * Writes the input file and builds the batch engine.
   *
   * @throws IOException if the seeds cannot be read or the file written
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    input =
        RepeatedSeeds.write(
            Path.of(seeds), articles, Files.createTempFile("index-bench", ".jsonl"));
    ThemeClassifier classifier = ThemeClassifier.defaultModel();
    batch = BatchClassifier.builder().classifier(classifier).threads(threads).build();
    model = IndexedModel.of(classifier);
    folder = Files.createTempDirectory("index-bench");
  }

  /**
   * Prints the size of the last index, then deletes it.
   *
   * @throws IOException if it cannot be deleted
   */
  @TearDown(Level.Iteration)
  public void reportSize() throws IOException {
    if (runner == Runner.CLASSIFY_AND_INDEX && lastBytes > 0) {
      System.out.printf(
          "%nindex of %d articles: %,d bytes, %.2f MB per 1,000 articles%n",
          articles, lastBytes, lastBytes / 1e6 / (articles / 1000.0));
    }
  }

  /**
   * Deletes the input and the index folder.
   *
   * @throws IOException if they cannot be deleted
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(input);
    RepeatedSeeds.delete(folder);
  }

  /**
   * Loads the whole file.
   *
   * @return records written (classify) or indexed
   * @throws IOException if the engine or the index fails
   */
  @Benchmark
  public long load() throws IOException {
    RecordSource source = RecordSource.files(List.of(input), ReadOptions.defaults());
    ErrorWriter errors = ErrorWriter.jsonl(Writer.nullWriter());
    if (runner == Runner.CLASSIFY) {
      ResultWriter results = ResultWriter.jsonl(Writer.nullWriter(), OutputOptions.defaults());
      BatchReport report = batch.run(source, BatchSink.of(results, errors));
      return check(report.written());
    }
    Path archive = folder.resolve("archive");
    RepeatedSeeds.delete(archive);
    IndexReport report;
    try (ThemeIndex index = ThemeIndex.create(archive, model)) {
      report = index.addAll(batch, source, errors, LoadOptions.defaults());
    }
    lastBytes = RepeatedSeeds.bytes(archive);
    return check(report.indexed());
  }

  private long check(long done) {
    if (done != articles) {
      throw new IllegalStateException(runner + " did " + done + " of " + articles);
    }
    return done;
  }
}
