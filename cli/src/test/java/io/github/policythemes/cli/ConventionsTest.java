package io.github.policythemes.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The conventions of the tools researchers know: usage, help, completion, verbosity, errors. */
class ConventionsTest {
  @TempDir Path dir;

  static List<String> commands() {
    return List.copyOf(Main.commandLine().getSubcommands().keySet()).stream()
        .filter(name -> !name.equals("help"))
        .toList();
  }

  @Test
  void noArguments_printsUsageOnStderrAndExits2() {
    Cli result = Cli.run();
    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("Usage: policy-themes").contains("Commands:");
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everyCommand_hasQuietVerboseHelpAndVersion(String command) {
    Cli help = Cli.run(command, "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out())
        .contains("-q, --quiet")
        .contains("-v, --verbose")
        .contains("-V, --version");
  }

  @Test
  void help_showsEveryDefaultAndCutsNoSentence() {
    List<String> problems = new ArrayList<>();
    check(Main.commandLine(), problems);
    assertThat(problems).isEmpty();
  }

  private static void check(CommandLine line, List<String> problems) {
    CommandSpec spec = line.getCommandSpec();
    String name = spec.qualifiedName();
    if (!spec.usageMessage().showDefaultValues()) {
      problems.add(name + ": defaults not shown");
    }
    for (String paragraph : spec.usageMessage().description()) {
      if (!paragraph.isEmpty() && !paragraph.strip().matches("(?s).*[.)](%n)?$")) {
        problems.add(name + ": description paragraph ends mid-sentence: " + paragraph);
      }
    }
    if (!spec.name().equals("help")
        && (spec.usageMessage().header().length == 0
            || !spec.usageMessage().header()[0].endsWith("."))
        && spec.parent() != null) {
      problems.add(name + ": no one-sentence header for the command list");
    }
    for (OptionSpec option : spec.options()) {
      String text = String.join(" ", option.description());
      boolean flag = option.typeInfo().isBoolean();
      boolean documented =
          flag
              || option.required()
              || option.defaultValue() != null
              || text.contains("default")
              || text.contains("(required)")
              || option.longestName().equals("--help")
              || option.longestName().equals("--version");
      if (!documented) {
        problems.add(name + " " + option.longestName() + ": no default shown");
      }
      if (text.contains("(default: " + option.defaultValue() + ")")) {
        problems.add(name + " " + option.longestName() + ": default said twice");
      }
    }
    line.getSubcommands().values().forEach(sub -> check(sub, problems));
  }

  @Test
  void helpOfTheTop_listsEveryCommandWithAWholeSentence() {
    Cli help = Cli.run("--help");
    assertThat(help.out())
        .contains("topics      Train a topic model on articles, or infer the topics of new ones")
        .contains("explain     Show why articles got their themes")
        .contains("completion  Print a shell completion script for bash or zsh.");
  }

  @Test
  void completion_bash_isAScriptBashAccepts() throws IOException, InterruptedException {
    Cli result = Cli.run("completion", "bash");
    assertThat(result.exit()).isZero();
    assertThat(result.out()).contains("complete -F").contains("policy-themes").contains("classify");
    assertThat(Cli.run("completion", "zsh").out()).contains("bashcompinit");
    assertThat(Cli.run("completion", "fish").exit()).isEqualTo(2);

    Path bash = Path.of("/bin/bash");
    assumeTrue(Files.isExecutable(bash), "no bash here");
    Path script = dir.resolve("policy-themes-completion.bash");
    Files.writeString(script, result.out());
    Process process =
        new ProcessBuilder(
                bash.toString(), "-c", "source " + script + " && complete -p policy-themes")
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("-F _complete_policy-themes policy-themes");
  }

  private Path badRecords(int count) throws IOException {
    Path file = dir.resolve("bad.jsonl");
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < count; i++) {
      lines.append("{\"id\":\"b").append(i).append("\",\"text\":\"\"}\n");
    }
    lines.append("{\"id\":\"good\",\"text\":\"Tax grants\"}\n");
    Files.writeString(file, lines);
    return file;
  }

  @Test
  void errors_onStderr_cappedAt20ThenACount() throws IOException {
    Path file = badRecords(30);

    Cli result = Cli.run("classify", "--quiet", "--format", "jsonl", file.toString());

    assertThat(result.exit()).isEqualTo(3);
    assertThat(result.errLines().stream().filter(l -> l.contains("empty text"))).hasSize(20);
    assertThat(result.err())
        .contains(
            "policy-themes: ... 10 more records could not be used (30 in all); list them all with --errors FILE");
    assertThat(result.summary()).contains("read 31, written 1, failed 30");
  }

  @Test
  void errors_verboseListsAll_errorsFileTakesThemOffStderr() throws IOException {
    Path file = badRecords(30);
    Path errors = dir.resolve("errors.jsonl");

    Cli verbose = Cli.run("classify", "--verbose", "--format", "jsonl", file.toString());
    Cli filed =
        Cli.run("classify", "--errors", errors.toString(), "--format", "jsonl", file.toString());

    assertThat(verbose.errLines().stream().filter(l -> l.contains("empty text"))).hasSize(30);
    assertThat(filed.err()).doesNotContain("empty text");
    assertThat(Files.readAllLines(errors)).hasSize(30);
  }

  @Test
  void errors_otherCommands_cappedToo() throws IOException {
    Path file = badRecords(25);

    Cli tokenize = Cli.run("tokenize", file.toString());
    Cli keywords = Cli.run("keywords", file.toString());

    for (Cli result : List.of(tokenize, keywords)) {
      assertThat(result.exit()).isEqualTo(3);
      assertThat(result.errLines().stream().filter(l -> l.contains("empty text"))).hasSize(20);
      assertThat(result.err()).contains("... 5 more records could not be used (25 in all)");
    }
  }

  @Test
  void quietAndVerbose_together_areAUsageError() {
    Cli result = Cli.run("taxonomy", "list", "--quiet", "--verbose");
    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("--quiet and --verbose exclude each other");
  }
}
