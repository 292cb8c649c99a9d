package io.github.policythemes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policythemes.classify.ThemeClassifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train} twice on the same data with the same seed gives the same bytes, each time in a JVM
 * of its own (a JVM's immutable maps iterate in an order of their own, which one JVM cannot show),
 * with no creation time unless {@code SOURCE_DATE_EPOCH} gives one.
 */
class ReproducibleTrainTest {
  @TempDir Path dir;

  @Test
  void train_twiceInSeparateJvms_writesIdenticalBytes() throws Exception {
    Path data = labelled();
    Path first = train(data, dir.resolve("first.ptm"), Map.of());
    Path second = train(data, dir.resolve("second.ptm"), Map.of());

    assertThat(sha256(second)).isEqualTo(sha256(first));
    assertThat(ThemeClassifier.load(first).metadata().createdAt()).isNull();
  }

  @Test
  void train_sourceDateEpoch_isTheCreationTimeAndStillRepeatable() throws Exception {
    Path data = labelled();
    Map<String, String> epoch = Map.of("SOURCE_DATE_EPOCH", "1767225600");
    Path first = train(data, dir.resolve("first.ptm"), epoch);
    Path second = train(data, dir.resolve("second.ptm"), epoch);

    assertThat(sha256(second)).isEqualTo(sha256(first));
    assertThat(ThemeClassifier.load(first).metadata().createdAt())
        .isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
  }

  private static String sha256(Path file) throws Exception {
    return java.util.HexFormat.of()
        .formatHex(
            java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  private Path labelled() throws IOException {
    Path data = dir.resolve("labelled.jsonl");
    List<String> lines = new ArrayList<>();
    String[][] words = {
      {"fiscal", "local tax", "grant"}, {"merger", "metropolitan"}, {"council", "vote", "residents"}
    };
    String[] labels = {"local-finance", "metropolitan-integration", "citizen-participation"};
    for (int i = 0; i < 60; i++) {
      int t = i % 3;
      lines.add(
          "{\"id\": \"d"
              + i
              + "\", \"text\": \"The county talked about "
              + words[t][i % words[t].length]
              + " and "
              + words[(t + i / 3) % 3][0]
              + " again, item "
              + i
              + "\", \"labels\": [\""
              + labels[t]
              + "\"]}");
    }
    Files.write(data, lines);
    return data;
  }

  private static Path train(Path data, Path output, Map<String, String> env)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "train",
                "--data",
                data.toString(),
                "--taxonomy",
                "regional-governance",
                "--folds",
                "2",
                "--seed",
                "7",
                "--quiet",
                "--output",
                output.toString())
            .redirectErrorStream(true);
    builder.environment().remove("SOURCE_DATE_EPOCH");
    builder.environment().putAll(env);
    Path log = output.resolveSibling(output.getFileName() + ".log");
    Process process = builder.redirectOutput(log.toFile()).start();
    assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(Files.readString(log)).isZero();
    return output;
  }
}
