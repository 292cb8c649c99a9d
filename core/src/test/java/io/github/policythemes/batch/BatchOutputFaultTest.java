package io.github.policythemes.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policythemes.article.ReadOptions;
import io.github.policythemes.article.RecordSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injection: a batch run into real files is stopped at random points, by an interrupt or by a
 * file that fails to take more bytes (a full disk), then resumed, again and again until it ends;
 * the output and the errors file are then byte for byte those of a run that never stopped. The
 * input repeats ids (each of 37 ids about 11 times), and has bad lines and records that fail.
 */
class BatchOutputFaultTest {
  static final long SEED = Long.getLong("tests.seed", 0xFA_0713L);
  static final int POINTS = 24;

  @TempDir Path dir;

  @Test
  void stoppedAtRandomPointsAndResumed_outputEqualsAnUninterruptedRun() throws Exception {
    Path input = input(dir.resolve("in.jsonl"));
    Path clean = Files.createDirectories(dir.resolve("clean"));
    runToTheEnd(input, clean, null, 1000);
    byte[] expectedOut = Files.readAllBytes(clean.resolve("out.jsonl"));
    byte[] expectedErrors = Files.readAllBytes(clean.resolve("errors.jsonl"));
    assertThat(new String(expectedErrors, java.nio.charset.StandardCharsets.UTF_8).lines())
        .hasSizeGreaterThan(20);

    Random random = new Random(SEED);
    int stopsInAll = 0;
    for (int point = 0; point < POINTS; point++) {
      Path trial = Files.createDirectories(dir.resolve("trial-" + point));
      int checkpoints = 1 + random.nextInt(25);
      int stops = 0;
      boolean done = false;
      while (!done) {
        boolean first = stops == 0;
        Fault fault = stops < 3 ? Fault.random(random) : null;
        done = runToTheEnd(input, trial, fault, checkpoints, !first);
        if (!done) {
          stops++;
        }
      }
      String what = "point " + point + " of seed " + SEED + " (-Dtests.seed), " + stops + " stops";
      assertThat(stops).as(what).isLessThanOrEqualTo(3);
      assertThat(Files.readAllBytes(trial.resolve("out.jsonl"))).as(what).isEqualTo(expectedOut);
      assertThat(Files.readAllBytes(trial.resolve("errors.jsonl")))
          .as(what)
          .isEqualTo(expectedErrors);
      assertThat(trial.resolve("out.jsonl.resume")).as(what).doesNotExist();
      stopsInAll += stops;
    }
    assertThat(stopsInAll).as("runs stopped at a random point").isGreaterThanOrEqualTo(20);
    assertThat(resumedMidway).as("resumed from a checkpoint past the start").isGreaterThan(10);
  }

  private static int resumedMidway;

  /** A way to stop a run: an interrupt after a delay, or files that take only so many bytes. */
  record Fault(long interruptAfterMicros, long roomBytes) {
    static Fault random(Random random) {
      return random.nextBoolean()
          ? new Fault(random.nextInt(40_000), -1)
          : new Fault(-1, random.nextInt(60_000));
    }
  }

  private static void runToTheEnd(Path input, Path folder, Fault fault, int checkpoints)
      throws Exception {
    runToTheEnd(input, folder, fault, checkpoints, false);
  }

  /** One run, new or resumed; true when it reached the end and committed. */
  private static boolean runToTheEnd(
      Path input, Path folder, Fault fault, int checkpoints, boolean resume) throws Exception {
    Path out = folder.resolve("out.jsonl");
    Path errors = folder.resolve("errors.jsonl");
    java.util.function.UnaryOperator<java.nio.channels.SeekableByteChannel> wrap =
        fault != null && fault.roomBytes() >= 0
            ? channel -> new OutputFileTest.FullDisk(channel, fault.roomBytes())
            : java.util.function.UnaryOperator.identity();
    BatchOutput output = BatchOutput.open(out, errors, resume, wrap);
    if (output.position().records() > 0) {
      resumedMidway++;
    }
    try {
      BatchClassifier batch =
          BatchClassifier.builder()
              .classifier(new TestClassifier(100_000))
              .threads(2)
              .checkpointRecords(checkpoints)
              .recordTimeout(Duration.ZERO)
              .resumeFrom(output.position())
              .build();
      ResultWriter results = ResultWriter.jsonl(output.results(), OutputOptions.defaults());
      ErrorWriter errorWriter = ErrorWriter.jsonl(output.errors());
      RecordSource source = RecordSource.files(List.of(input), ReadOptions.defaults());
      AtomicReference<Object> outcome = new AtomicReference<>();
      Thread runner =
          new Thread(
              () -> {
                try {
                  outcome.set(batch.run(source, output.sink(results, errorWriter)));
                } catch (BatchFailedException e) {
                  outcome.set(e);
                }
              });
      runner.start();
      if (fault != null && fault.interruptAfterMicros() >= 0) {
        long micros = fault.interruptAfterMicros();
        Thread.sleep(micros / 1000, (int) (micros % 1000) * 1000);
        runner.interrupt();
      }
      runner.join();
      if (outcome.get() instanceof BatchReport report && !report.cancelled()) {
        output.commit();
        return true;
      }
      return false;
    } finally {
      try {
        output.close();
      } catch (IOException e) {
        // the full disk again: what was written stays cut at its last complete line
      }
    }
  }

  /** 400 lines: 37 ids repeated, some malformed, some with empty text, some that throw. */
  private static Path input(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    String[] texts = {
      "The province asked for fiscal decentralization and a larger local allocation tax.",
      "Two cities agreed on metropolitan integration of their transport.",
      "Residents voted on the participatory budget.",
      "지방소멸대응기금 배분 기준이 바뀐다",
    };
    for (int i = 0; i < 400; i++) {
      String id = "r" + (i % 37);
      if (i % 29 == 5) {
        lines.add("{\"id\":\"" + id + "\", \"text\": \"no closing");
      } else if (i % 31 == 7) {
        lines.add("{\"id\":\"" + id + "\",\"text\":\"\"}");
      } else if (i % 23 == 3) {
        lines.add("{\"id\":\"" + id + "\",\"text\":\"boom goes this one\"}");
      } else if (i % 17 == 0) {
        lines.add("{\"text\":\"" + texts[i % texts.length] + " (no id)\"}");
      } else {
        lines.add("{\"id\":\"" + id + "\",\"text\":\"" + texts[i % texts.length] + " " + i + "\"}");
      }
    }
    Files.write(file, lines);
    return file;
  }
}
