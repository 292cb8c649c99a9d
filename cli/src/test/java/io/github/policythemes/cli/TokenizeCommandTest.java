package io.github.policythemes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenizeCommandTest {
  @TempDir Path dir;

  @Test
  void tokenize_koreanFile_printsContentWordsWithoutParticles() throws IOException {
    Path file = dir.resolve("ko.txt");
    Files.writeString(file, "지방분권과 메가시티가 화두다.");
    Cli result = Cli.run("tokenize", file.toString());
    assertThat(result.exit()).isZero();
    assertThat(result.out().strip()).isEqualTo("지방분권 지방 분권 메가시티 메가 시티 화두");
  }

  @Test
  void tokenize_jsonlWithSentences_givesOffsetsIntoTheFile() throws IOException {
    Path file = dir.resolve("en.txt");
    Files.writeString(file, "Local taxes rose. Grants fell.");
    Cli result =
        Cli.run("tokenize", "--format", "jsonl", "--sentences", "--lang", "en", file.toString());
    assertThat(result.exit()).isZero();
    assertThat(result.out())
        .contains("\"lang\":\"en\"")
        .contains("{\"start\":18,\"end\":30,\"text\":\"Grants fell.\"")
        .contains("{\"term\":\"grant\",\"start\":18,\"end\":24}");
  }

  @Test
  void tokenize_folder_readsEveryFileWithAHeader() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "budget");
    Files.writeString(dir.resolve("b.txt"), "预算");
    Cli result = Cli.run("tokenize", dir.toString());
    assertThat(result.out()).contains("a.txt (en) <==").contains("b.txt (zh) <==");
  }

  @Test
  void tokenize_missingFile_isAOneLineUsageError() {
    Cli result = Cli.run("tokenize", dir.resolve("absent.txt").toString());
    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err().strip())
        .isEqualTo("policy-themes: no such file or folder: " + dir.resolve("absent.txt"));
  }

  @Test
  void tokenize_invalidUtf8_namesTheFileAndByteAndGoesOn() throws IOException {
    Path bad = dir.resolve("bad.txt");
    Files.write(bad, new byte[] {'o', 'k', ' ', (byte) 0xC3, (byte) 0x28});
    Path good = dir.resolve("good.txt");
    Files.writeString(good, "fine text", StandardCharsets.UTF_8);
    Cli result = Cli.run("tokenize", bad.toString(), good.toString());
    assertThat(result.exit()).isEqualTo(3);
    assertThat(result.err()).contains("policy-themes: " + bad + ": invalid UTF-8 at byte 3");
    assertThat(result.out()).contains("fine text");
  }

  @Test
  void tokenize_unknownLanguageOrFormat_isAUsageError() throws IOException {
    Path file = dir.resolve("x.txt");
    Files.writeString(file, "x");
    assertThat(Cli.run("tokenize", "--lang", "xx", file.toString()).exit()).isEqualTo(2);
    assertThat(Cli.run("tokenize", "--format", "xml", file.toString()).exit()).isEqualTo(2);
    assertThat(Cli.run("tokenize", "--chain", "trigrams", file.toString()).exit()).isEqualTo(2);
  }

  @Test
  void tokenize_stdinLargerThanTheRecordLimit_oneErrorNamingTheOption() {
    String big = "decentralization ".repeat(300_000); // 5 MB, over the 4 MiB default

    Cli result = Cli.runWithStdin(big, "tokenize");

    assertThat(result.exit()).isEqualTo(Main.PARTIAL);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("--max-record-bytes raises it");
  }

  @Test
  void model_folderGivenAsModel_messageNamesIt() {
    Cli result = Cli.run("classify", "--model", dir.toString(), "--quiet", "-");

    assertThat(result.exit()).isNotZero();
    assertThat(result.errLines())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains(dir.toString())
        .contains("folder");
  }
}
