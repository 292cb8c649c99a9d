package io.github.policythemes.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default-model build step gives the same bytes for the same sources, in separate JVMs: a JVM's
 * immutable maps iterate in an order of their own, so one JVM could never show it.
 */
class DefaultModelBuildTest {
  @TempDir Path dir;

  @Test
  void main_twoJvmsOnTheSameCorpus_writeIdenticalBundles() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Path seeds = Path.of(System.getProperty("user.dir")).getParent().resolve("seeds/corpus");
    for (String file : List.of("en-a.jsonl", "ko-a.jsonl", "zh.jsonl")) {
      List<String> lines = Files.readAllLines(seeds.resolve(file));
      Files.write(corpus.resolve(file), lines.subList(0, Math.min(120, lines.size())));
    }
    Path first = build(corpus, dir.resolve("first.ptm"));
    // three JVMs: before the fix, two in three runs wrote the chains in another order
    for (String other : List.of("second.ptm", "third.ptm")) {
      assertThat(Files.readAllBytes(build(corpus, dir.resolve(other))))
          .as(other)
          .isEqualTo(Files.readAllBytes(first));
    }
  }

  private static Path build(Path corpus, Path output) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(DefaultModelBuild.class.getName());
    command.add(corpus.toString());
    command.add(output.toString());
    command.add("2026-01-01T00:00:00Z");
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    return output;
  }
}
