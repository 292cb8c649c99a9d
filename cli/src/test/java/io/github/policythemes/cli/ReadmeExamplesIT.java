package io.github.policythemes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every shell command that README.md shows ({@code ```sh} blocks, in document order, in one
 * temp folder with {@code seeds/} and a {@code ./policy-themes} that runs the shaded cli jar) and
 * fails when one exits with anything but 0, so the README cannot drift from the tool. A block right
 * after {@code <!-- not run by the examples test: REASON -->} is skipped, with the reason (data in
 * ../shared that a fresh clone does not have); so is {@code ./mvnw}, the build itself.
 */
class ReadmeExamplesIT {
  static final String SKIP = "<!-- not run by the examples test:";

  @TempDir Path dir;

  /** One command of the README: where it is, what it says, and why it is skipped if it is. */
  record Example(int line, String command, String skip) {}

  static List<Example> examples(List<String> readme) {
    List<Example> examples = new ArrayList<>();
    String skip = null;
    boolean inBlock = false;
    StringBuilder command = new StringBuilder();
    int start = 0;
    for (int i = 0; i < readme.size(); i++) {
      String line = readme.get(i);
      if (!inBlock && line.strip().startsWith(SKIP)) {
        skip = line.strip().substring(SKIP.length()).replace("-->", "").strip();
      } else if (!inBlock && line.strip().equals("```sh")) {
        inBlock = true;
      } else if (inBlock && line.strip().equals("```")) {
        inBlock = false;
        skip = null;
      } else if (inBlock) {
        if (command.length() == 0) {
          if (line.isBlank() || line.strip().startsWith("#")) {
            continue;
          }
          start = i + 1;
        }
        if (line.endsWith("\\")) {
          command.append(line, 0, line.length() - 1).append(' ');
        } else {
          command.append(line);
          String text = command.toString().strip();
          String reason =
              skip != null
                  ? skip
                  : text.startsWith("./mvnw") ? "the build itself, which runs this test" : null;
          examples.add(new Example(start, text, reason));
          command.setLength(0);
        }
      }
    }
    return examples;
  }

  @Test
  void examples_parseBlocksContinuationsAndSkips() {
    List<Example> examples =
        examples(
            List.of(
                "text",
                "```sh",
                "./policy-themes a \\",
                "    b   # comment",
                "# only a comment",
                "",
                "echo x",
                "```",
                SKIP + " needs ../shared -->",
                "```sh",
                "benchmarks/accuracy.sh ../shared",
                "```",
                "```",
                "not a command",
                "```"));
    assertThat(examples)
        .containsExactly(
            new Example(3, "./policy-themes a      b   # comment", null),
            new Example(7, "echo x", null),
            new Example(11, "benchmarks/accuracy.sh ../shared", "needs ../shared"));
  }

  @Test
  void everyShellCommandInTheReadme_exitsZero() throws IOException, InterruptedException {
    Path root = Path.of(System.getProperty("policythemes.root", "..")).toAbsolutePath();
    Path jar = Path.of(System.getProperty("policythemes.cli.jar", "target/policy-themes.jar"));
    assertThat(jar).as("the shaded cli jar (mvn package)").exists();
    Files.createSymbolicLink(dir.resolve("seeds"), root.resolve("seeds"));
    Path launcher = dir.resolve("policy-themes");
    Files.writeString(
        launcher, "#!/bin/sh\nexec java -Xmx1g -jar '" + jar.toAbsolutePath() + "' \"$@\"\n");
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));

    List<Example> examples = examples(Files.readAllLines(root.resolve("README.md")));
    List<String> failures = new ArrayList<>();
    int ran = 0;
    for (Example example : examples) {
      if (example.skip() != null) {
        System.out.printf(
            "README.md:%d: skipped (%s): %s%n", example.line(), example.skip(), example.command());
        continue;
      }
      ran++;
      long started = System.nanoTime();
      Path log = dir.resolve("command.log");
      Process process =
          new ProcessBuilder("bash", "-c", "set -o pipefail; " + example.command())
              .directory(dir.toFile())
              .redirectInput(new File("/dev/null"))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      boolean ended = process.waitFor(10, TimeUnit.MINUTES);
      if (!ended) {
        process.destroyForcibly();
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      System.out.printf(
          "README.md:%d: exit %s in %.1f s: %s%n",
          example.line(),
          ended ? process.exitValue() : "(timed out)",
          (System.nanoTime() - started) / 1e9,
          example.command());
      if (!ended || process.exitValue() != 0) {
        failures.add(
            "README.md:"
                + example.line()
                + ": "
                + example.command()
                + " -> "
                + (ended ? "exit " + process.exitValue() : "timed out")
                + "\n"
                + tail(output));
      }
    }
    assertThat(ran).as("commands run").isGreaterThan(20);
    assertThat(failures).isEmpty();
  }

  private static String tail(String output) {
    List<String> lines = output.lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
  }
}
