package io.github.policythemes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policythemes.index.SearchResult;
import io.github.policythemes.index.ThemeIndex;
import io.github.policythemes.index.ThemeQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code policy-themes index} process killed with SIGKILL while it indexes: the archive's
 * last commit is readable, and {@code index --resume} finishes the input with no duplicates.
 */
class IndexKillTest {
  private static final int COMMIT_EVERY = 50;

  @TempDir Path dir;

  @Test
  void index_killedWithSigkill_keepsTheLastCommitAndResumesWithoutDuplicates() throws Exception {
    Path archive = dir.resolve("archive");
    List<String> inputs = new ArrayList<>();
    // the first wave of the seed corpus: 1,190 articles, fixed as the corpus grows
    for (String file : List.of("en-a", "en-b", "ko-a", "ko-b", "zh")) {
      inputs.add("../seeds/corpus/" + file + ".jsonl");
    }
    Set<String> ids = new HashSet<>();
    for (String input : inputs) {
      Files.readAllLines(Path.of(input)).stream()
          .filter(l -> !l.isBlank())
          .forEach(l -> ids.add(id(l)));
    }
    assertThat(ids).hasSize(1190);

    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx512m", "-cp", System.getProperty("java.class.path")));
    command.add(Main.class.getName());
    command.addAll(
        List.of(
            "index",
            "--index",
            archive.toString(),
            "--threads",
            "1",
            "--commit-every",
            Integer.toString(COMMIT_EVERY)));
    command.addAll(inputs);
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("index.log").toFile())
            .start();
    boolean killedWhileRunning;
    try {
      waitForCommits(archive, process, 3);
      killedWhileRunning = process.isAlive();
      process.destroyForcibly(); // SIGKILL: no shutdown hook, no close, no last commit
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      process.destroyForcibly();
    }
    assertThat(killedWhileRunning).as(Files.readString(dir.resolve("index.log"))).isTrue();
    assertThat(process.exitValue()).isEqualTo(137);

    long committed;
    try (ThemeIndex index = ThemeIndex.openReadOnly(archive)) {
      committed = index.size();
      assertThat(committed).isPositive().isLessThan(1190);
      assertThat(committed % COMMIT_EVERY).isZero();
      assertThat(index.ids()).hasSize((int) committed);
      SearchResult all = index.search(ThemeQuery.builder().page(0, 0).build());
      assertThat(all.total()).isEqualTo(committed);
    }

    List<String> resume =
        new ArrayList<>(List.of("index", "--index", archive.toString(), "--resume", "--quiet"));
    resume.addAll(inputs);
    Cli resumed = Cli.run(resume.toArray(String[]::new));
    assertThat(resumed.exit()).as(resumed.err()).isZero();
    assertThat(resumed.summary())
        .contains("indexed " + String.format(Locale.ROOT, "%,d", 1190 - committed))
        .contains("skipped " + String.format(Locale.ROOT, "%,d", committed))
        .endsWith("holds 1190 articles");
    try (ThemeIndex index = ThemeIndex.openReadOnly(archive)) {
      assertThat(index.size()).isEqualTo(1190);
      assertThat(index.ids()).isEqualTo(ids);
    }
  }

  private static String id(String line) {
    try {
      return new ObjectMapper().readTree(line).path("id").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until the archive has had {@code commits} commits after the one that created it. */
  private static void waitForCommits(Path archive, Process process, int commits)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline && process.isAlive()) {
      if (Files.isDirectory(archive) && generation(archive) > commits) {
        return;
      }
      Thread.sleep(10);
    }
  }

  /** The generation of the newest commit point: segments_1 is the empty index made at the start. */
  private static long generation(Path archive) throws IOException {
    long newest = 0;
    try (Stream<Path> files = Files.list(archive)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = file.getFileName().toString();
        if (name.startsWith("segments_")) {
          newest = Math.max(newest, Long.parseLong(name.substring(9), Character.MAX_RADIX));
        }
      }
    }
    return newest;
  }
}
