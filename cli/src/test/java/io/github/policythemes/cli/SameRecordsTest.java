package io.github.policythemes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One article reader stands behind every command: the same mixed file, fed to classify, topics,
 * keywords, trends, train, evaluate and tokenize, is accepted and rejected record for record alike,
 * with the same reasons.
 */
class SameRecordsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The good records, in file order; each has text (in text, body or content), labels, a date. */
  private static final List<String> GOOD = List.of("g1", "g2", "g3", "g4", "g5", "g6");

  @TempDir Path dir;
  private Path mixed;
  private List<String> rejected;

  @BeforeEach
  void writeTheMixedFile() throws IOException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    line(
        file,
        "{\"id\":\"g1\",\"title\":\"County budget\",\"text\":\"The county raises the local"
            + " tax and the grant for roads.\",\"lang\":\"en\",\"date\":\"2024-01-10\","
            + "\"labels\":[\"local-finance\"]}");
    line(
        file,
        "{\"id\":\"g2\",\"body\":\"The province asks for more powers over land use and"
            + " local autonomy.\",\"date\":\"2024-01-20\",\"labels\":[\"decentralization\"]}");
    line(
        file,
        "{\"id\":\"g3\",\"content\":\"Residents vote on the participatory budget of the"
            + " district council.\",\"date\":\"2024-02-03\",\"labels\":[\"citizen-participation\"]}");
    line(file, "{\"id\":\"bad-json\",\"text\":\"the quote never closes}");
    line(file, "");
    line(file, "{\"id\":\"empty\",\"text\":\"   \",\"date\":\"2024-02-05\",\"labels\":[]}");
    line(
        file,
        "{\"id\":\"g4\",\"text\":\"Two cities merge their transport and form a"
            + " metropolitan region.\",\"date\":\"2024-02-11T09:30:00+09:00\","
            + "\"labels\":[\"metropolitan-integration\"]}");
    line(file, "{\"id\":\"number\",\"text\":42,\"date\":\"2024-02-12\",\"labels\":[]}");
    line(file, "[\"not\", \"an\", \"object\"]");
    line(
        file,
        "{\"id\":\"bad-date\",\"text\":\"The council meets.\",\"date\":\"2024-13-45\","
            + "\"labels\":[]}");
    line(
        file,
        "{\"id\":\"bad-lang\",\"text\":\"The council meets.\",\"lang\":\"x!\","
            + "\"date\":\"2024-02-14\",\"labels\":[]}");
    file.write("{\"id\":\"latin1\",\"text\":\"caf".getBytes(StandardCharsets.UTF_8));
    file.write(0xE9);
    line(file, "\",\"date\":\"2024-02-15\",\"labels\":[]}");
    line(
        file,
        "{\"id\":\"g5\",\"title\":\"Grant for small towns\",\"text\":\"The town gets a"
            + " grant and the local tax share rises.\",\"date\":\"2024-03-01\","
            + "\"labels\":[\"local-finance\",\"small-medium-cities\"]}");
    line(
        file,
        "{\"id\":\"g6\",\"text\":\"Citizens and the council decide the budget of the"
            + " district together.\",\"date\":\"2024-03-09\",\"labels\":[\"citizen-participation\"]}");
    mixed = dir.resolve("mixed.jsonl");
    Files.write(mixed, file.toByteArray());
    rejected =
        List.of(
            "mixed.jsonl:4: malformed JSON",
            "mixed.jsonl:6 (empty): empty text",
            "mixed.jsonl:8 (number): field 'text' is a number, not a string",
            "mixed.jsonl:9: the line is an array, not a JSON object",
            "mixed.jsonl:10 (bad-date): invalid date '2024-13-45': expected a date such as 2024-01-05, 2024.01.05, 2024년 1월 5일 or 2024年1月5日 (others need a date pattern)",
            "mixed.jsonl:11 (bad-lang): invalid lang 'x!'",
            "mixed.jsonl:12: invalid UTF-8 at byte");
  }

  private static void line(ByteArrayOutputStream file, String text) throws IOException {
    file.write((text + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /** The records a run rejected, as it listed them on stderr, without the folder. */
  private List<String> rejectedBy(Cli run) {
    Pattern listed = Pattern.compile("^policy-themes: .*?(mixed\\.jsonl:\\d+.*)$");
    return run.errLines().stream()
        .map(listed::matcher)
        .filter(Matcher::matches)
        .map(m -> m.group(1))
        .toList();
  }

  private void assertSameRejections(String command, Cli run) {
    List<String> listed = rejectedBy(run);
    assertThat(listed).as(command + ": " + run.err()).hasSize(rejected.size());
    for (int i = 0; i < rejected.size(); i++) {
      assertThat(listed.get(i)).as(command).startsWith(rejected.get(i));
    }
  }

  private List<String> ids(List<String> jsonLines) throws IOException {
    List<String> ids = new java.util.ArrayList<>();
    for (String line : jsonLines) {
      ids.add(JSON.readTree(line).path("id").asText());
    }
    return ids;
  }

  @Test
  void classify_acceptsTheGoodRecordsAndListsTheRest() throws IOException {
    Cli run = Cli.run("classify", "--format", "jsonl", "--threads", "1", mixed.toString());
    assertThat(run.exit()).isEqualTo(Main.PARTIAL);
    assertThat(ids(run.outLines())).isEqualTo(GOOD);
    assertSameRejections("classify", run);
  }

  @Test
  void topics_acceptsAndRejectsAsClassifyDoes() throws IOException {
    Path out = dir.resolve("topics");
    Cli run =
        Cli.run(
            "topics",
            "--k",
            "2",
            "--iterations",
            "5",
            "--min-df",
            "1",
            "--max-df",
            "1",
            "--output",
            out.toString(),
            mixed.toString());
    assertThat(run.exit()).as(run.err()).isEqualTo(Main.PARTIAL);
    assertThat(ids(Files.readAllLines(out.resolve("doc-topics.jsonl")))).isEqualTo(GOOD);
    assertSameRejections("topics", run);
  }

  @Test
  void keywords_acceptsAndRejectsAsClassifyDoes() throws IOException {
    Cli run = Cli.run("keywords", "--format", "jsonl", "--top", "2", mixed.toString());
    assertThat(run.exit()).as(run.err()).isEqualTo(Main.PARTIAL);
    assertThat(ids(run.outLines())).isEqualTo(GOOD);
    assertSameRejections("keywords", run);
  }

  @Test
  void trends_acceptsAndRejectsAsClassifyDoes() {
    Cli run =
        Cli.run(
            "trends",
            "--assigned-field",
            "labels",
            mixed.toString(),
            "--output",
            dir.resolve("trends").toString());
    assertThat(run.exit()).as(run.err()).isEqualTo(Main.PARTIAL);
    assertThat(run.out()).startsWith(GOOD.size() + " of 13 records counted (7 skipped)");
    assertSameRejections("trends", run);
  }

  @Test
  void trainAndEvaluate_acceptAndRejectAsClassifyDoes() throws IOException {
    Path model = dir.resolve("model.ptm");
    Cli train =
        Cli.run(
            "train",
            "--data",
            mixed.toString(),
            "--folds",
            "0",
            "--output",
            model.toString(),
            "--quiet");
    assertThat(train.exit()).as(train.err()).isEqualTo(Main.PARTIAL);
    assertThat(train.out()).contains("on " + GOOD.size() + " articles");
    assertSameRejections("train", train);

    Cli evaluate = Cli.run("evaluate", "--data", mixed.toString(), "--format", "json");
    assertThat(evaluate.exit()).as(evaluate.err()).isEqualTo(Main.PARTIAL);
    JsonNode metrics = JSON.readTree(evaluate.out());
    assertThat(metrics.path("documents").asInt()).isEqualTo(GOOD.size());
    assertSameRejections("evaluate", evaluate);
  }

  @Test
  void tokenize_acceptsAndRejectsAsClassifyDoes() {
    Cli run = Cli.run("tokenize", mixed.toString());
    assertThat(run.exit()).isEqualTo(Main.PARTIAL);
    assertThat(run.outLines().stream().filter(l -> l.startsWith("==> ")))
        .extracting(l -> l.substring(4, l.indexOf(' ', 4)))
        .isEqualTo(GOOD);
    assertSameRejections("tokenize", run);
  }

  @Test
  void trends_alone_acceptsARecordWithoutAnyTextField() throws IOException {
    // classify writes no text unless --keep-text: what trends reads may have none; every other
    // command needs the text
    Path noText = dir.resolve("no-text.jsonl");
    Files.writeString(noText, "{\"id\":\"t\",\"date\":\"2024-01-01\",\"labels\":[\"x\"]}\n");
    Cli trends =
        Cli.run(
            "trends",
            "--assigned-field",
            "labels",
            noText.toString(),
            "--output",
            dir.resolve("t").toString());
    assertThat(trends.exit()).as(trends.err()).isZero();
    Cli classify = Cli.run("classify", "--format", "jsonl", noText.toString());
    assertThat(classify.err()).contains("no-text.jsonl:1 (t): no text field");
  }
}
