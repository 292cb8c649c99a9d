package io.github.policythemes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command in a JVM of its own, as a user would, on a large input in a small heap. */
@Tag("slow")
class ClassifyCommandSlowTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** The seed corpus repeated to {@code count} lines, each with its own id. */
  private Path repeatedCorpus(int count) throws IOException {
    List<ObjectNode> seeds = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("..", "seeds", "corpus"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
        for (String line : Files.readAllLines(file)) {
          if (!line.isBlank()) {
            seeds.add((ObjectNode) JSON.readTree(line));
          }
        }
      }
    }
    Path input = dir.resolve("corpus.jsonl");
    try (BufferedWriter out = Files.newBufferedWriter(input)) {
      for (int i = 0; i < count; i++) {
        ObjectNode record = seeds.get(i % seeds.size()).deepCopy();
        record.put("id", record.get("id").asText() + "-" + i / seeds.size());
        out.write(record.toString());
        out.write('\n');
      }
    }
    return input;
  }

  @Test
  void classify_100kArticlesTwoThreadsIn256MegabyteHeap_succeeds() throws Exception {
    Path input = repeatedCorpus(100_000);
    Path output = dir.resolve("out.jsonl");
    Path log = dir.resolve("stderr.txt");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "classify",
                "--threads",
                "2",
                "--quiet",
                "--output",
                output.toString(),
                input.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();

    assertThat(process.waitFor(20, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(Files.readString(log)).isZero();
    assertThat(Files.readString(log))
        .contains("read 100,000, written 100,000, failed 0, duplicates 0");
    try (Stream<String> lines = Files.lines(output)) {
      assertThat(lines.count()).isEqualTo(100_000);
    }
  }
}
