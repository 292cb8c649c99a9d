package io.github.policythemes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
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
 *
 * <p>{@code ./policy-themes serve} runs in the background until the next {@code serve} or the end,
 * on a free loopback port: every {@code 8080} of the following commands is that port, and {@code
 * --host 0.0.0.0} (which a test must not listen on) becomes {@code --host 127.0.0.1}, so the {@code
 * curl} examples run against it.
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
    int port = freePort();
    Process server = null;
    try {
      for (Example example : examples) {
        if (example.skip() == null && isServe(example.command())) {
          stop(server);
          server = null;
          ran++;
          Path log = dir.resolve("serve-" + example.line() + ".log");
          server = start(forTest(example.command(), port, true), log);
          String failure = awaitListening(server, log);
          System.out.printf(
              "README.md:%d: %s: %s%n",
              example.line(), failure == null ? "listening" : failure, example.command());
          if (failure != null) {
            failures.add(
                "README.md:" + example.line() + ": " + example.command() + " -> " + failure);
          }
          continue;
        }
        ran += run(example, port, failures) ? 1 : 0;
      }
    } finally {
      stop(server);
    }
    assertThat(ran).as("commands run").isGreaterThan(20);
    assertThat(failures).isEmpty();
  }

  /** Runs one command and notes a failure; false if it is skipped. */
  private boolean run(Example example, int port, List<String> failures)
      throws IOException, InterruptedException {
    if (example.skip() != null) {
      System.out.printf(
          "README.md:%d: skipped (%s): %s%n", example.line(), example.skip(), example.command());
      return false;
    }
    long started = System.nanoTime();
    Path log = dir.resolve("command.log");
    Process process = start(forTest(example.command(), port, false), log);
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
    return true;
  }

  private Process start(String command, Path log) throws IOException {
    return new ProcessBuilder("bash", "-c", "set -o pipefail; " + command)
        .directory(dir.toFile())
        .redirectInput(new File("/dev/null"))
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  static boolean isServe(String command) {
    return command.startsWith("./policy-themes serve ") && !command.contains(";");
  }

  /** The command as the test runs it: on the test's port, on loopback. */
  static String forTest(String command, int port, boolean serve) {
    String text =
        command
            .replace("localhost:8080", "localhost:" + port)
            .replace("127.0.0.1:8080", "127.0.0.1:" + port)
            .replace("--host 0.0.0.0", "--host 127.0.0.1");
    if (serve) {
      int comment = text.indexOf(" #");
      String args = comment < 0 ? text : text.substring(0, comment);
      text = "exec " + args.strip() + " --port " + port;
    }
    return text;
  }

  /** Null once the server prints its address; else what went wrong. */
  private static String awaitListening(Process server, Path log)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      if (Files.readString(log, StandardCharsets.UTF_8).contains("policy-themes serve: http")) {
        return null;
      }
      if (!server.isAlive()) {
        return "exit " + server.exitValue() + "\n" + tail(Files.readString(log));
      }
      Thread.sleep(100);
    }
    return "not listening after 120 s\n" + tail(Files.readString(log));
  }

  private static void stop(Process server) throws InterruptedException {
    if (server != null && server.isAlive()) {
      server.destroy();
      if (!server.waitFor(30, TimeUnit.SECONDS)) {
        server.destroyForcibly().waitFor();
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @Test
  void forTest_putsServeOnTheTestPortAndOnLoopback() {
    assertThat(
            forTest(
                "./policy-themes serve --index out/web --host 0.0.0.0   # then open"
                    + " http://127.0.0.1:8080/",
                40123,
                true))
        .isEqualTo("exec ./policy-themes serve --index out/web --host 127.0.0.1 --port 40123");
    assertThat(forTest("curl -s localhost:8080/api/health", 40123, false))
        .isEqualTo("curl -s localhost:40123/api/health");
    assertThat(isServe("./policy-themes serve --index out/web --host 0.0.0.0; echo $?")).isFalse();
  }

  private static String tail(String output) {
    List<String> lines = output.lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
  }
}
