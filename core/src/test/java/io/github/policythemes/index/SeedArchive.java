package io.github.policythemes.index;

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
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The seed corpus and the samples indexed once per test JVM with the keyword classifier (core's
 * tests have no trained model), next to the JSONL that {@code classify --keep-text} writes for the
 * same input: what the search tests query and compare against.
 */
final class SeedArchive {
  static final ThemeClassifier KEYWORDS =
      ThemeClassifier.keywords(Taxonomy.builtIn("regional-governance"));

  private static SeedArchive instance;

  final Path folder;
  final ThemeIndex index;
  final IndexReport report;
  final Path classified;

  private SeedArchive() throws IOException {
    folder = Files.createTempDirectory("seed-archive");
    index = ThemeIndex.create(folder.resolve("index"), IndexedModel.of(KEYWORDS));
    report =
        index.addAll(
            batch(),
            RecordSource.files(inputs(), ReadOptions.defaults()),
            errors(),
            LoadOptions.defaults().withCommitEvery(500));
    classified = folder.resolve("classified.jsonl");
    try (Writer out = Files.newBufferedWriter(classified, StandardCharsets.UTF_8);
        ResultWriter results =
            ResultWriter.jsonl(out, new OutputOptions(Integer.MAX_VALUE, true))) {
      BatchReport written =
          batch()
              .run(
                  RecordSource.files(inputs(), ReadOptions.defaults()),
                  BatchSink.of(results, errors()));
      if (written.failed() > 0) {
        throw new IllegalStateException("classify failed on seeds: " + written);
      }
    }
    Runtime.getRuntime().addShutdownHook(new Thread(this::delete));
  }

  static synchronized SeedArchive get() {
    if (instance == null) {
      try {
        instance = new SeedArchive();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  static BatchClassifier batch() {
    return BatchClassifier.builder().classifier(KEYWORDS).threads(2).build();
  }

  /** The seed files the archive tests index. */
  static final List<String> FIRST_WAVE =
      List.of("en-a.jsonl", "en-b.jsonl", "ko-a.jsonl", "ko-b.jsonl", "zh.jsonl");

  static List<Path> inputs() throws IOException {
    List<Path> inputs = new ArrayList<>();
    // the first wave of the seed corpus (1,190 articles): enough for every query, and the counts
    // below stay fixed as the corpus grows
    for (String file : FIRST_WAVE) {
      inputs.add(Path.of("../seeds/corpus", file));
    }
    inputs.add(Path.of("../seeds/samples"));
    return inputs;
  }

  static ErrorWriter errors() {
    return ErrorWriter.jsonl(new StringWriter());
  }

  List<String> classifiedLines() throws IOException {
    return Files.readAllLines(classified, StandardCharsets.UTF_8);
  }

  private void delete() {
    try {
      index.close();
      try (Stream<Path> files = Files.walk(folder)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    } catch (IOException e) {
      // a temp folder left behind
    }
  }
}
