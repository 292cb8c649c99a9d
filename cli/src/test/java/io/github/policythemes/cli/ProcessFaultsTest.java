package io.github.policythemes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command in a process of its own, as a shell runs it, under the faults a shell brings: a
 * SIGKILL, SIGTERM or SIGINT in the middle of a run, a pipe closed by {@code head}, a full disk on
 * standard output ({@code > /dev/full}, only ever as a redirect that writes, never renamed onto).
 */
class ProcessFaultsTest {
  @TempDir Path dir;

  /** 20,000 records whose 300 ids each repeat about 67 times, a few lines that fail. */
  private Path input() throws IOException {
    Path file = dir.resolve("in.jsonl");
    String[] texts = {
      "The province asked for fiscal decentralization and a larger local allocation tax.",
      "Two cities agreed on metropolitan integration of their transport networks.",
      "Residents voted on the participatory budget of the district.",
    };
    try (BufferedWriter out = Files.newBufferedWriter(file)) {
      for (int i = 0; i < 20_000; i++) {
        if (i % 997 == 3) {
          out.write("{\"id\":\"r" + (i % 300) + "\",\"text\":\"\"}\n");
        } else {
          out.write(
              "{\"id\":\"r" + (i % 300) + "\",\"text\":\"" + texts[i % 3] + " " + i + "\"}\n");
        }
      }
    }
    return file;
  }

  private static ProcessBuilder command(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  private static int exit(Process process) throws InterruptedException {
    assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("ended in time").isTrue();
    return process.exitValue();
  }

  /** Waits until the run has checkpointed part of its output. */
  private static void awaitProgress(Path out, Process process) throws Exception {
    awaitProgress(out, process, out.toString().endsWith(".csv") ? 300_000 : 4_000_000);
  }

  private static void awaitProgress(Path out, Process process, long bytes) throws Exception {
    Path partial = out.resolveSibling(out.getFileName() + ".partial");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline && process.isAlive()) {
      Path checkpoint = out.resolveSibling(out.getFileName() + ".resume");
      if (Files.exists(checkpoint) && Files.exists(partial) && Files.size(partial) > bytes) {
        return;
      }
      Thread.sleep(5);
    }
    throw new AssertionError("the run made no progress (alive: " + process.isAlive() + ")");
  }

  private String cleanRun(Path input, String format) throws Exception {
    Path clean = dir.resolve("clean." + format);
    Process process =
        command(
                "classify",
                "--model",
                "keywords",
                "--threads",
                "2",
                "--quiet",
                "--format",
                format,
                "--output",
                clean.toString(),
                input.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("clean.log").toFile())
            .start();
    assertThat(exit(process)).isEqualTo(Main.PARTIAL);
    return Files.readString(clean);
  }

  @Test
  void classify_killedThenResumed_sameBytesAsOneRunWithEveryRepeatedId() throws Exception {
    Path input = input();
    String expected = cleanRun(input, "jsonl");
    assertThat(expected.lines()).hasSize(20_000 - 21);
    Path out = dir.resolve("out.jsonl");
    Process killed =
        command(
                "classify",
                "--model",
                "keywords",
                "--threads",
                "2",
                "--quiet",
                "--output",
                out.toString(),
                input.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("killed.log").toFile())
            .start();
    awaitProgress(out, killed);
    killed.destroyForcibly();
    exit(killed);

    Cli resumed =
        Cli.run(
            "classify",
            "--model",
            "keywords",
            "--quiet",
            "--resume",
            "--output",
            dir + "/./" + out.getFileName(), // typed differently, the same file
            input.toString());

    assertThat(resumed.exit()).as(resumed.err()).isEqualTo(Main.PARTIAL);
    assertThat(resumed.summary()).contains("skipped");
    assertThat(Files.readString(out)).isEqualTo(expected);
  }

  @Test
  void classify_sigterm_flushesSaysInterruptedAndHowToResume_exit143() throws Exception {
    Path input = input();
    String expected = cleanRun(input, "csv");
    Path out = dir.resolve("out.csv");
    Path log = dir.resolve("term.log");
    Process process =
        command(
                "classify",
                "--model",
                "keywords",
                "--threads",
                "1",
                "--format",
                "csv",
                "--output",
                out.toString(),
                input.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    awaitProgress(out, process);
    process.destroy(); // SIGTERM

    assertThat(exit(process)).isEqualTo(143);
    String said = Files.readString(log);
    assertThat(said).containsPattern("read [0-9,]+, written [0-9,]+, failed [0-9,]+");
    assertThat(said).contains(", interrupted").contains("--resume to go on");
    Cli resumed =
        Cli.run(
            "classify",
            "--model",
            "keywords",
            "--quiet",
            "--format",
            "csv",
            "--resume",
            "--output",
            out.toString(),
            input.toString());
    assertThat(resumed.exit()).as(resumed.err()).isEqualTo(Main.PARTIAL);
    assertThat(Files.readString(out)).isEqualTo(expected);
  }

  @Test
  void classify_sigint_exit130WithTheSummary() throws Exception {
    Path input = input();
    Path out = dir.resolve("out.jsonl");
    Path log = dir.resolve("int.log");
    Process process =
        command(
                "classify",
                "--model",
                "keywords",
                "--threads",
                "1",
                "--output",
                out.toString(),
                input.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    awaitProgress(out, process);
    Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start();
    assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();

    assertThat(exit(process)).isEqualTo(130);
    assertThat(Files.readString(log)).contains(", interrupted").contains("--resume to go on");
  }

  @Test
  void closedPipe_exitsQuietlyWith141() throws Exception {
    Path input = input();
    for (String[] args :
        new String[][] {
          {
            "classify",
            "--model",
            "keywords",
            "--quiet",
            "--errors",
            dir.resolve("errors.jsonl").toString(),
            input.toString()
          },
          {"tokenize", input.toString()},
          {"taxonomy", "show"},
        }) {
      Path log = dir.resolve("pipe.log");
      Process process = command(args).redirectError(log.toFile()).start();
      InputStream stdout = process.getInputStream();
      assertThat(stdout.read()).isNotNegative(); // read a little, then go away, as head does
      stdout.close();

      assertThat(exit(process)).as(args[0]).isEqualTo(Outputs.CLOSED_PIPE);
      assertThat(Files.readString(log))
          .as(args[0])
          .doesNotContain("Exception")
          .doesNotContain("cannot write")
          .doesNotContain("writing failed");
    }
  }

  @Test
  void stdoutOnAFullDisk_everyCommandExits1NamingIt() throws Exception {
    Path full = Path.of("/dev/full");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(full), "no /dev/full here");
    Path in = dir.resolve("one.jsonl");
    Files.writeString(in, "{\"id\":\"a\",\"text\":\"fiscal decentralization and local tax\"}\n");
    for (String[] args :
        new String[][] {
          {"taxonomy", "list"},
          {"taxonomy", "show"},
          {"tokenize", in.toString()},
          {"model", "keywords"},
          {"keywords", in.toString()},
          {"classify", "--model", "keywords", "--quiet", in.toString()},
        }) {
      Path log = dir.resolve("full.log");
      // stdout is a redirect that opens /dev/full for writing: nothing is ever renamed onto it
      Process process =
          command(args).redirectOutput(full.toFile()).redirectError(log.toFile()).start();

      assertThat(exit(process)).as(String.join(" ", args)).isEqualTo(Main.FATAL);
      assertThat(Files.readString(log).lines())
          .as(String.join(" ", args))
          .contains("policy-themes: disk full writing standard output");
    }
  }

  @Test
  void classify_recordThatExhaustsASmallHeap_failsAloneAndTheRestIsWritten() throws Exception {
    Path input = dir.resolve("big.jsonl");
    try (BufferedWriter out = Files.newBufferedWriter(input)) {
      out.write("{\"id\":\"before\",\"text\":\"fiscal decentralization\"}\n");
      out.write("{\"id\":\"huge\",\"text\":\"");
      String words = "local allocation tax metropolitan integration 지방분권 균형발전 ";
      for (long written = 0; written < (40L << 20); written += words.length()) {
        out.write(words);
      }
      out.write("\"}\n{\"id\":\"after\",\"text\":\"participatory budget\"}\n");
    }
    Path log = dir.resolve("oom.log");
    List<String> command = new ArrayList<>(command().command());
    command.add(1, "-Xmx256m");
    command.addAll(
        List.of(
            "classify",
            "--model",
            "keywords",
            "--explain",
            "--threads",
            "1",
            "--quiet",
            "--max-record-bytes",
            "200M",
            input.toString()));
    Process process =
        new ProcessBuilder(command)
            .redirectError(log.toFile())
            .redirectOutput(dir.resolve("oom.jsonl").toFile())
            .start();

    assertThat(exit(process)).as(Files.readString(log)).isEqualTo(Main.PARTIAL);
    assertThat(Files.readAllLines(dir.resolve("oom.jsonl")))
        .extracting(line -> line.substring(0, line.indexOf(',')))
        .containsExactly("{\"id\":\"before\"", "{\"id\":\"after\"");
    assertThat(Files.readString(log))
        .contains("big.jsonl:2: out of memory reading this record")
        .contains("--max-record-bytes")
        .contains("read 3, written 2, failed 1");
  }
}
