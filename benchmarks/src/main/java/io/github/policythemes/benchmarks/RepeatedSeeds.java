package io.github.policythemes.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.policythemes.article.Article;
import io.github.policythemes.article.ArticleRecord;
import io.github.policythemes.article.InputRecord;
import io.github.policythemes.article.ReadOptions;
import io.github.policythemes.article.RecordSource;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The seed corpus ({@code seeds/corpus/*.jsonl}, 1,190 articles in English, Korean and Chinese)
 * repeated to any number of articles, ids made unique ({@code ko-a-0001-3}), as a JSONL file: the
 * input of the archive benchmarks. Texts, languages and dates are the seeds' own.
 */
final class RepeatedSeeds {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RepeatedSeeds() {}

  /** Reads the seed articles from a folder (relative to where the benchmark runs). */
  static List<Article> read(Path folder) throws IOException {
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

  /** Writes the seeds repeated to {@code articles} lines. */
  static Path write(Path folder, int articles, Path file) throws IOException {
    List<Article> corpus = read(folder);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < articles; i++) {
        Article seed = corpus.get(i % corpus.size());
        ObjectNode node = JSON.createObjectNode();
        node.put("id", seed.id() + "-" + i / corpus.size());
        node.put("title", seed.title());
        node.put("text", seed.text());
        if (seed.language() != null) {
          node.put("lang", seed.language().code());
        }
        if (seed.date() != null) {
          node.put("date", seed.date().toString());
        }
        out.write(node.toString());
        out.write('\n');
      }
    }
    return file;
  }

  /** The bytes of the files in a folder. */
  static long bytes(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  /** Deletes a folder and what it holds. */
  static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
