package io.github.policythemes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policythemes.classify.ThemeClassifier;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifyCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static List<JsonNode> json(List<String> lines) {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : lines) {
      try {
        nodes.add(JSON.readTree(line));
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + line, e);
      }
    }
    return nodes;
  }

  private static List<String> ids(List<JsonNode> nodes) {
    return nodes.stream().map(n -> n.get("id").asText()).toList();
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  /** Files with good records and bad ones of every kind the batch must survive. */
  private List<String> mixedInputs() throws IOException {
    Path jsonl = dir.resolve("news.jsonl");
    try (OutputStream out = Files.newOutputStream(jsonl)) {
      out.write(
          String.join(
                  "\n",
                  "{\"id\":\"en-1\",\"lang\":\"en\",\"date\":\"2024-01-05\",\"text\":\"The province"
                      + " asked for fiscal decentralization and a larger local allocation tax.\"}",
                  "{\"id\":\"broken\", \"text\": \"no closing",
                  "[\"not\", \"an\", \"object\"]",
                  "{\"id\":\"no-text\",\"title\":\"\"}",
                  "{\"id\":\"num-text\",\"text\":42}",
                  "{\"id\":\"empty\",\"text\":\"\"}",
                  "{\"id\":\"ko-1\",\"text\":\"지방소멸대응기금 배분 기준이 바뀌고 인구감소지역 지원이 늘어난다.\"}",
                  "{\"id\":\"en-1\",\"text\":\"A duplicate id: metropolitan integration of two cities.\"}",
                  "{\"text\":\"No id here, about the participatory budget of residents.\"}",
                  "")
              .getBytes(StandardCharsets.UTF_8));
      out.write(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC0, '"', '}', '\n'});
      out.write("{\"id\":\"big\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
      byte[] block = "decentralization ".repeat(1 << 12).getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < (50L << 20); written += block.length) {
        out.write(block);
      }
      out.write(
          "\"}\n{\"id\":\"zh-1\",\"text\":\"县级财政体制改革与地方财政\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    write(
        "table.csv",
        "id,title,text\n"
            + "csv-1,\"Suwon, budget\",\"Residents vote on the\nparticipatory budget\"\n"
            + "csv-2,too,many,fields\n"
            + "csv-3,,\"never closed\ncsv-4,,lost\n");
    write("nohead.csv", "id,headline\n1,a\n2,b\n");
    write("docs/a.txt", "Mayors meet on intergovernmental cooperation\nThe councils agreed.");
    Files.write(dir.resolve("docs/b.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14});
    Files.write(dir.resolve("docs/c.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
    Files.createSymbolicLink(dir.resolve("docs/d.txt"), dir.resolve("nowhere.txt"));
    write("docs/e/f.txt", "Balanced national development\nfor lagging regions");
    return List.of(
        jsonl.toString(),
        dir.resolve("table.csv").toString(),
        dir.resolve("nohead.csv").toString(),
        dir.resolve("docs").toString());
  }

  @Test
  void classify_mixedGoodAndBadInputs_writesGoodInOrderAndListsEveryFailure() throws IOException {
    List<String> args =
        new ArrayList<>(List.of("classify", "--model", "keywords", "--threads", "2"));
    args.addAll(List.of("--output", dir.resolve("out.jsonl").toString()));
    args.addAll(List.of("--errors", dir.resolve("errors.jsonl").toString()));
    args.addAll(mixedInputs());

    Cli cli = Cli.run(args.toArray(String[]::new));

    assertThat(cli.exit()).isEqualTo(Main.PARTIAL);
    List<JsonNode> out = json(Files.readAllLines(dir.resolve("out.jsonl")));
    String news = dir.resolve("news.jsonl").toString();
    assertThat(ids(out))
        .containsExactly(
            "en-1", "ko-1", "en-1", "news.jsonl:9", "zh-1", "csv-1", "a.txt", "e/f.txt");
    assertThat(out.get(0).get("lang").asText()).isEqualTo("en");
    assertThat(out.get(0).get("date").asText()).isEqualTo("2024-01-05");
    assertThat(out.get(0).get("assigned")).extracting(JsonNode::asText).contains("local-finance");
    assertThat(out.get(1).get("lang").asText()).isEqualTo("ko");
    assertThat(out.get(4).get("lang").asText()).isEqualTo("zh");
    assertThat(out.get(0).get("themes")).hasSize(10);

    List<JsonNode> errors = json(Files.readAllLines(dir.resolve("errors.jsonl")));
    assertThat(errors)
        .extracting(e -> e.get("reason").asText())
        .satisfiesExactly(
            r -> assertThat(r).startsWith("malformed JSON: "),
            r -> assertThat(r).isEqualTo("the line is an array, not a JSON object"),
            r -> assertThat(r).isEqualTo("no text field (looked for text, body, content)"),
            r -> assertThat(r).isEqualTo("field 'text' is a number, not a string"),
            r -> assertThat(r).isEqualTo("empty text"),
            r -> assertThat(r).startsWith("invalid UTF-8 at byte "),
            r ->
                assertThat(r)
                    .startsWith("record of ")
                    .endsWith(
                        " bytes is larger than the maximum record size (4194304 bytes;"
                            + " --max-record-bytes raises it)"),
            r -> assertThat(r).isEqualTo("row has 4 fields, the header has 3"),
            r -> assertThat(r).startsWith("unclosed quote: the record starting at line 5"),
            r -> assertThat(r).startsWith("CSV header has no text column"),
            r -> assertThat(r).startsWith("binary file: NUL byte"),
            r -> assertThat(r).isEqualTo("invalid UTF-8 at byte 3"),
            r -> assertThat(r).isEqualTo("cannot read file: no such file"));
    assertThat(errors.get(0).get("source").asText()).isEqualTo(news);
    assertThat(errors.get(0).get("line").asInt()).isEqualTo(2);
    assertThat(errors.get(0).has("id")).isFalse();
    assertThat(errors.get(2).get("id").asText()).isEqualTo("no-text");

    assertThat(cli.summary())
        .startsWith("policy-themes classify: read 21, written 8, failed 13, duplicates 1 in ")
        .endsWith(" docs/s)");
    assertThat(dir.resolve("out.jsonl.partial")).doesNotExist();
  }

  @Test
  void classify_stdinJsonl_jsonlOnStdoutWhenNotATerminal() {
    Cli cli =
        Cli.runWithStdin(
            "{\"id\":\"a\",\"text\":\"fiscal decentralization\"}\n{\"id\":\"b\",\"text\":\"x\"}\n",
            "classify");

    assertThat(cli.exit()).isEqualTo(Main.OK);
    assertThat(ids(json(cli.outLines()))).containsExactly("a", "b");
    assertThat(cli.summary()).startsWith("policy-themes classify: read 2, written 2, failed 0");
  }

  @Test
  void classify_noErrorFile_failuresListedOnStderr() {
    Cli cli = Cli.runWithStdin("{\"id\":\"a\",\"text\":\"\"}\n", "classify", "-");

    assertThat(cli.exit()).isEqualTo(Main.PARTIAL);
    assertThat(cli.errLines()).contains("policy-themes: <stdin>:1 (a): empty text");
  }

  @Test
  void classify_csvFormat_headerWithAColumnPerTheme() throws IOException {
    Path input = write("in.jsonl", "{\"id\":\"a,1\",\"text\":\"local allocation tax\"}\n");

    Cli cli = Cli.run("classify", "--model", "keywords", "--format", "csv", input.toString());

    assertThat(cli.outLines().get(0))
        .startsWith("id,lang,top_theme,decentralization,")
        .endsWith(",assigned");
    assertThat(cli.outLines().get(1)).startsWith("\"a,1\",en,local-finance,");
  }

  @Test
  void classify_tableFormat_alignedWithTopThemes() {
    Cli cli =
        Cli.runWithStdin(
            "Fiscal decentralization\nand the local allocation tax",
            "classify",
            "--model",
            "keywords",
            "--format",
            "table");

    assertThat(cli.outLines().get(0)).startsWith("ID").contains("LANG  THEMES");
    assertThat(cli.outLines().get(1)).startsWith("<stdin>").contains("local-finance");
  }

  @Test
  void classify_explainKeepFieldsKeepTextMappedFieldsAndTop_allInTheLine() throws IOException {
    Path input =
        write(
            "in.jsonl",
            "{\"doc\":\"d1\",\"body\":\"The ministry raised the local allocation tax.\",\"outlet\":\"KBS\"}\n");

    Cli cli =
        Cli.run(
            "classify",
            "--model",
            "keywords",
            "--explain",
            "--keep-fields",
            "--keep-text",
            "--id-field",
            "doc",
            "--text-field",
            "body",
            "--top",
            "2",
            "--lang",
            "en",
            input.toString());

    JsonNode line = json(cli.outLines()).get(0);
    assertThat(line.get("id").asText()).isEqualTo("d1");
    assertThat(line.get("themes")).hasSize(2);
    assertThat(line.get("explanation").get(0).get("theme").asText()).isEqualTo("local-finance");
    assertThat(line.get("explanation").get(0).get("terms")).isNotEmpty();
    assertThat(line.get("text").asText())
        .isEqualTo("The ministry raised the local allocation tax.");
    assertThat(line.get("meta").get("outlet").asText()).isEqualTo("KBS");
  }

  @Test
  void classify_resumeOfAFinishedOutput_saysSoAndLeavesIt() throws IOException {
    Path in = write("in.jsonl", "{\"id\":\"a\",\"text\":\"fiscal decentralization\"}\n");
    Path out = dir.resolve("out.jsonl");
    assertThat(Cli.run("classify", "--output", out.toString(), in.toString()).exit()).isZero();
    String finished = Files.readString(out);

    Cli cli = Cli.run("classify", "--resume", "--output", out.toString(), in.toString());

    assertThat(cli.exit()).isZero();
    assertThat(cli.err()).contains("is complete: nothing to resume");
    assertThat(Files.readString(out)).isEqualTo(finished);
  }

  @Test
  void classify_outputDash_writesStandardOutputNotAFileNamedDash() throws IOException {
    Path in = write("in.jsonl", "{\"id\":\"a\",\"text\":\"fiscal decentralization\"}\n");

    Cli cli = Cli.run("classify", "--output", "-", in.toString());

    assertThat(cli.exit()).isZero();
    assertThat(cli.out()).startsWith("{\"id\":\"a\"");
    assertThat(Path.of("-")).doesNotExist();
  }

  @Test
  void classify_outputInAMissingFolder_refusedBeforeAnyWork() {
    Cli cli =
        Cli.run(
            "classify", "--output", dir.resolve("no/such/out.jsonl").toString(), "--quiet", "-");

    assertThat(cli.exit()).isEqualTo(Main.USAGE);
    assertThat(cli.errLines())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("no such folder for --output");
  }

  @Test
  void classify_closedStdout_fatalWithTheReason() {
    StringBuilder input = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      input.append("{\"id\":\"r").append(i).append("\",\"text\":\"fiscal decentralization\"}\n");
    }
    PrintWriter closed =
        new PrintWriter(
            new OutputStream() {
              @Override
              public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
              }
            });
    StringWriter err = new StringWriter();

    int code =
        Cli.run(
            new ByteArrayInputStream(input.toString().getBytes(StandardCharsets.UTF_8)),
            closed,
            err,
            "classify");

    assertThat(code).isEqualTo(Main.FATAL);
    assertThat(err.toString())
        .contains("policy-themes: writing failed: cannot write standard output");
  }

  @Test
  void classify_usageMistakes_exitTwoWithOneLine() {
    assertThat(Cli.run("classify", "--resume").exit()).isEqualTo(Main.USAGE);
    assertThat(Cli.run("classify", "--format", "xml").err()).contains("unknown format 'xml'");
    assertThat(Cli.run("classify", "--model", "nope.ptm").err()).contains("no such model file");
    assertThat(Cli.run("classify", "--taxonomy", "cap-major-topics").err())
        .contains("--taxonomy goes with --model keywords");
    assertThat(Cli.run("classify", dir.resolve("missing.jsonl").toString()).err())
        .contains("no such file or folder");
    assertThat(Cli.run("classify", "--top", "0").exit()).isEqualTo(Main.USAGE);
    assertThat(Cli.run("classify", "--max-record-size", "lots").exit()).isEqualTo(Main.USAGE);
    assertThat(Cli.run("classify", "--lang", "xx-nope").exit()).isEqualTo(Main.USAGE);
  }

  @Test
  void classify_defaultModel_usedWhenNoModelIsGiven() {
    Cli cli =
        Cli.runWithStdin(
            "{\"id\":\"ko\",\"text\":\"지방소멸대응기금 배분 기준이 바뀌고 인구감소지역 지원이 늘어난다.\"}\n"
                + "{\"id\":\"en\",\"text\":\"The province asked for fiscal decentralization and"
                + " a larger share of the local allocation tax.\"}\n",
            "classify",
            "--explain");

    assertThat(cli.exit()).as(cli.err()).isEqualTo(Main.OK);
    List<JsonNode> lines = json(cli.outLines());
    assertThat(ids(lines)).containsExactly("ko", "en");
    assertThat(lines.get(0).get("lang").asText()).isEqualTo("ko");
    assertThat(lines.get(0).get("themes").get(0).get("id").asText()).isEqualTo("lagging-regions");
    assertThat(lines).allSatisfy(line -> assertThat(line.get("assigned")).isNotEmpty());
    assertThat(lines).allSatisfy(line -> assertThat(line.get("explanation")).isNotEmpty());
  }

  @Test
  void classify_modelBundleFile_loadedFromThePath() throws IOException {
    Path bundle = dir.resolve("model.ptm");
    try (var in =
        ThemeClassifier.class.getResourceAsStream("/io/github/policythemes/training/default.ptm")) {
      assertThat(in).as("the default model on the test classpath").isNotNull();
      Files.copy(in, bundle);
    }
    Path input =
        write("in.jsonl", "{\"id\":\"a\",\"text\":\"local allocation tax and local finance\"}\n");

    Cli cli =
        Cli.run("classify", "--model", bundle.toString(), "--format", "csv", input.toString());

    assertThat(cli.exit()).as(cli.err()).isEqualTo(Main.OK);
    assertThat(cli.outLines().get(0)).startsWith("id,lang,top_theme,");
    assertThat(cli.outLines().get(1)).startsWith("a,en,");
  }

  @Test
  void classify_damagedModelBundle_fatalNamingTheFile() throws IOException {
    Path bundle = write("broken.ptm", "not a zip");

    Cli cli = Cli.runWithStdin("{\"text\":\"x\"}", "classify", "--model", bundle.toString());

    assertThat(cli.exit()).isEqualTo(Main.FATAL);
    assertThat(cli.err()).contains("broken.ptm");
  }
}
