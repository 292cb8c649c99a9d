package io.github.policythemes.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.policythemes.article.Article;
import io.github.policythemes.article.ArticleRecord;
import io.github.policythemes.article.InputRecord;
import io.github.policythemes.article.ReadOptions;
import io.github.policythemes.article.RecordSource;
import io.github.policythemes.batch.BatchClassifier;
import io.github.policythemes.batch.BatchReport;
import io.github.policythemes.batch.BatchSink;
import io.github.policythemes.batch.ErrorWriter;
import io.github.policythemes.batch.OutputOptions;
import io.github.policythemes.batch.ResultWriter;
import io.github.policythemes.classify.ThemeClassifier;
import io.github.policythemes.taxonomy.Taxonomy;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * End-to-end throughput of the batch engine against its peer, {@link ThemeClassifier#classify}
 * called in a loop on the same articles.
 *
 * <p>One operation is a whole batch: the seed corpus ({@code seeds/corpus/*.jsonl}) repeated to
 * {@code articles} records. The engine reads them from a JSONL file, classifies them with 1 or 2
 * worker threads and writes JSONL to a null writer, in input order; the loop classifies the same
 * articles, already in memory, one after the other. Docs/s = {@code articles} / seconds per
 * operation, so the ratios (2 threads / 1 thread, engine / loop) come from one run. The operation
 * is a loop over the batch by definition, which is why this benchmark breaks the no-loop rule.
 *
 * <p>Run from the repository root; the classifier is the default model, or the zero-shot keyword
 * classifier of {@code regional-governance} with {@code -p model=keywords}:
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar BatchBenchmark
 * java -jar benchmarks/target/benchmarks.jar BatchBenchmark -p model=keywords -p articles=20000 -wi 1 -i 2
 * java -jar benchmarks/target/benchmarks.jar BatchBenchmark -p runner=READ_ONLY,ENGINE_1_THREAD -p format=jsonl,csv
 * </pre>
 *
 * <p>{@code READ_ONLY} reads the file into records and classifies nothing: the reader's own cost,
 * which the batch job pays on its one reader thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class BatchBenchmark {
  /** Who classifies the batch. */
  public enum Runner {
    /** {@code ThemeClassifier.classify} in a loop, on articles already in memory. */
    LOOP,
    /** The batch engine with one worker thread, from a JSONL file to JSONL. */
    ENGINE_1_THREAD,
    /** The batch engine with two worker threads. */
    ENGINE_2_THREADS,
    /** Only the engine's reader: the input read into records, nothing classified. */
    READ_ONLY
  }

  /** Who classifies the batch. */
  @Param({"LOOP", "ENGINE_1_THREAD", "ENGINE_2_THREADS"})
  public Runner runner;

  /** The input file's format: {@code jsonl} or {@code csv} (RFC 4180, a header row). */
  @Param("jsonl")
  public String format;

  /** Articles in one batch: the seed corpus repeated (ids made unique). */
  @Param("100000")
  public int articles;

  /** The classifier: {@code default} (the bundled model) or {@code keywords} (zero-shot). */
  @Param("default")
  public String model;

  /** The folder with the seed corpus, relative to where the benchmark runs. */
  @Param("seeds/corpus")
  public String seeds;

  private static final ObjectMapper JSON = new ObjectMapper();

  private ThemeClassifier classifier;
  private List<Article> batch;
  private Path input;
  private BatchClassifier engine;

  /**
   * Reads the corpus, repeats it into the batch and writes the batch as a JSONL file.
   *
   * @throws IOException if the corpus cannot be read or the file written
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    classifier =
        switch (model) {
          case "default" -> ThemeClassifier.defaultModel();
          case "keywords" -> ThemeClassifier.keywords(Taxonomy.builtIn("regional-governance"));
          default -> throw new IllegalArgumentException("model is default or keywords: " + model);
        };
    List<Article> corpus = readCorpus(Path.of(seeds));
    batch = new ArrayList<>(articles);
    boolean csv = format.equals("csv");
    if (!csv && !format.equals("jsonl")) {
      throw new IllegalArgumentException("format is jsonl or csv: " + format);
    }
    input = Files.createTempFile("batch-benchmark", csv ? ".csv" : ".jsonl");
    try (Writer out = Files.newBufferedWriter(input)) {
      if (csv) {
        out.write("id,title,text,lang,date\n");
      }
      for (int i = 0; i < articles; i++) {
        Article seed = corpus.get(i % corpus.size());
        Article article =
            new Article(
                seed.id() + "-" + i / corpus.size(),
                seed.title(),
                seed.text(),
                seed.language(),
                seed.date());
        batch.add(article);
        out.write(csv ? csvLine(article) : jsonLine(article));
      }
    }
    int threads = runner == Runner.ENGINE_2_THREADS ? 2 : 1;
    engine = BatchClassifier.builder().classifier(classifier).threads(threads).build();
  }

  private static List<Article> readCorpus(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IOException("no seed corpus at " + folder.toAbsolutePath() + ": run from the root");
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList();
    }
    List<Article> corpus = new ArrayList<>();
    try (RecordSource source = RecordSource.files(files, ReadOptions.defaults())) {
      for (InputRecord r = source.next(); r != null; r = source.next()) {
        if (r instanceof ArticleRecord record) {
          corpus.add(record.article());
        }
      }
    }
    return corpus;
  }

  private static String jsonLine(Article article) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", article.id());
    node.put("title", article.title());
    node.put("text", article.text());
    if (article.language() != null) {
      node.put("lang", article.language().code());
    }
    if (article.date() != null) {
      node.put("date", article.date().toString());
    }
    return node.toString() + "\n";
  }

  private static String csvLine(Article article) {
    return String.join(
            ",",
            csvField(article.id()),
            csvField(article.title()),
            csvField(article.text()),
            article.language() == null ? "" : article.language().code(),
            article.date() == null ? "" : article.date().toString())
        + "\n";
  }

  private static String csvField(String value) {
    boolean quote =
        value.indexOf(',') >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0;
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }

  /**
   * Deletes the input file.
   *
   * @throws IOException if it cannot be deleted
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(input);
  }

  /**
   * Classifies the whole batch.
   *
   * @return the number of themes assigned (loop) or of records written (engine)
   * @throws IOException if the engine fails
   */
  @Benchmark
  public long classifyBatch() throws IOException {
    if (runner == Runner.READ_ONLY) {
      long read = 0;
      try (RecordSource source = RecordSource.files(List.of(input), ReadOptions.defaults())) {
        for (InputRecord r = source.next(); r != null; r = source.next()) {
          if (!(r instanceof ArticleRecord)) {
            throw new IllegalStateException("not read: " + r);
          }
          read++;
        }
      }
      if (read != articles) {
        throw new IllegalStateException("read " + read + " of " + articles);
      }
      return read;
    }
    if (runner == Runner.LOOP) {
      long assigned = 0;
      for (Article article : batch) {
        assigned += classifier.classify(article).assignedIds().size();
      }
      return assigned;
    }
    ResultWriter results = ResultWriter.jsonl(Writer.nullWriter(), OutputOptions.defaults());
    BatchReport report =
        engine.run(
            RecordSource.files(List.of(input), ReadOptions.defaults()),
            BatchSink.of(results, ErrorWriter.jsonl(Writer.nullWriter())));
    if (report.written() != articles) {
      throw new IllegalStateException("the engine wrote " + report.written() + " of " + articles);
    }
    return report.written();
  }
}
