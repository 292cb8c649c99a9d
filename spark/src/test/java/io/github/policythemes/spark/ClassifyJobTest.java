package io.github.policythemes.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policythemes.article.ReadOptions;
import io.github.policythemes.article.RecordSource;
import io.github.policythemes.batch.BatchClassifier;
import io.github.policythemes.batch.BatchReport;
import io.github.policythemes.batch.BatchSink;
import io.github.policythemes.batch.ErrorWriter;
import io.github.policythemes.batch.OutputOptions;
import io.github.policythemes.batch.ResultWriter;
import io.github.policythemes.classify.ThemeClassifier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifyJobTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;

  @Test
  void run_mixedJsonlAndCsv_sameResultsAndErrorsAsTheCliBatch() throws IOException {
    Path jsonl = Files.write(temp.resolve("mixed.jsonl"), mixedLines(), StandardCharsets.UTF_8);
    Path csv = Files.writeString(temp.resolve("mixed.csv"), mixedCsv(), StandardCharsets.UTF_8);
    Path out = temp.resolve("out");
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    ClassifyJob.Report report =
        ClassifyJob.run(
            SparkTests.session(),
            ClassifyJobOptions.parse(
                new String[] {
                  "--output",
                  out.toString(),
                  "--format",
                  "jsonl",
                  "--keep-fields",
                  "--max-record-size",
                  "2K",
                  jsonl.toString(),
                  csv.toString()
                }),
            new PrintStream(stderr, true, StandardCharsets.UTF_8));

    StringWriter cliResults = new StringWriter();
    StringWriter cliErrors = new StringWriter();
    BatchReport cli =
        BatchClassifier.builder()
            .classifier(ThemeClassifier.defaultModel())
            .threads(1)
            .build()
            .run(
                RecordSource.files(
                    List.of(jsonl, csv),
                    ReadOptions.builder().keepFields(true).maxRecordBytes(2048).build()),
                BatchSink.of(
                    ResultWriter.jsonl(cliResults, OutputOptions.defaults()),
                    ErrorWriter.jsonl(cliErrors)));

    assertThat(report.read()).isEqualTo(cli.read()).isEqualTo(report.written() + report.failed());
    assertThat(report.written()).isEqualTo(cli.written()).isEqualTo(8);
    assertThat(report.failed()).isEqualTo(cli.failed()).isEqualTo(8);
    assertThat(stderr.toString(StandardCharsets.UTF_8))
        .contains("policy-themes spark classify: read 16, written 8, failed 8 in ")
        .contains("mixed.jsonl:3: malformed JSON");

    Map<String, JsonNode> spark = byId(lines(out));
    Map<String, JsonNode> expected = byId(cliResults.toString().lines().toList());
    assertThat(spark.keySet()).isEqualTo(expected.keySet()).contains("mixed.jsonl:10");
    for (Map.Entry<String, JsonNode> entry : expected.entrySet()) {
      JsonNode mine = spark.get(entry.getKey());
      JsonNode theirs = entry.getValue();
      assertThat(mine.get("lang")).isEqualTo(theirs.get("lang"));
      assertThat(mine.path("date").asText("")).isEqualTo(theirs.path("date").asText(""));
      assertThat(mine.get("assigned")).isEqualTo(theirs.get("assigned"));
      assertThat(mine.get("themes")).hasSameSizeAs(theirs.get("themes"));
      for (int i = 0; i < theirs.get("themes").size(); i++) {
        JsonNode a = mine.get("themes").get(i);
        JsonNode b = theirs.get("themes").get(i);
        assertThat(a.get("id")).isEqualTo(b.get("id"));
        assertThat(a.get("label")).isEqualTo(b.get("label"));
        assertThat(a.get("assigned")).isEqualTo(b.get("assigned"));
        assertThat(a.get("score").asDouble()).isCloseTo(b.get("score").asDouble(), within(5e-5));
      }
      if (theirs.has("meta")) {
        assertThat(JSON.readTree(mine.get("meta").asText())).isEqualTo(theirs.get("meta"));
      }
    }
    assertThat(fieldNames(spark.values().iterator().next()))
        .startsWith("id", "lang")
        .contains("themes", "assigned");

    Set<String> sparkErrors = new HashSet<>();
    for (String line : lines(Path.of(out + "-errors"))) {
      sparkErrors.add(JSON.readTree(line).toString());
    }
    Set<String> cliErrorSet = new HashSet<>();
    for (String line : cliErrors.toString().lines().toList()) {
      cliErrorSet.add(JSON.readTree(line).toString());
    }
    assertThat(sparkErrors).isEqualTo(cliErrorSet).hasSize(8);
  }

  @Test
  void run_parquetWithExplainAndText_everyRowAccountedFor() throws IOException {
    Path parquet = temp.resolve("seeds.parquet");
    Dataset<Row> seeds =
        SparkTests.seedFrame(2)
            .limit(300)
            .selectExpr(
                "id",
                "title",
                "CASE WHEN id LIKE '%7' THEN NULL ELSE text END AS body",
                "lang",
                "date");
    seeds.write().mode(SaveMode.Overwrite).parquet(parquet.toString());
    long nulls =
        SparkTests.session().read().parquet(parquet.toString()).filter("body IS NULL").count();
    Path out = temp.resolve("themes");

    ClassifyJob.Report report =
        ClassifyJob.run(
            SparkTests.session(),
            ClassifyJobOptions.parse(
                new String[] {
                  "--output",
                  out.toString(),
                  "--explain",
                  "--top",
                  "3",
                  "--keep-text",
                  "--partitions",
                  "3",
                  parquet.toString()
                }),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    assertThat(nulls).isPositive();
    assertThat(report.read()).isEqualTo(300);
    assertThat(report.failed()).isEqualTo(nulls);
    assertThat(report.written()).isEqualTo(300 - nulls);
    Dataset<Row> written = SparkTests.session().read().parquet(out.toString());
    assertThat(written.columns())
        .containsExactly(
            "id", "lang", "date", "themes", "assigned", "explanation", "title", "text");
    assertThat(written.count()).isEqualTo(report.written());
    assertThat(written.filter("size(themes) > 3").count()).isZero();
    assertThat(written.schema().apply("date").dataType().simpleString()).isEqualTo("date");
    List<Row> errors =
        SparkTests.session()
            .read()
            .json(out + "-errors")
            .select("reason")
            .distinct()
            .collectAsList();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).getString(0))
        .isEqualTo("no text field (looked for text, body, content)");
  }

  @Test
  void run_existingOutputWithoutOverwrite_failsAndNamesIt() throws IOException {
    Path in = Files.write(temp.resolve("a.jsonl"), mixedLines().subList(0, 2));
    Path out = Files.createDirectories(temp.resolve("exists"));
    ClassifyJobOptions options =
        ClassifyJobOptions.parse(new String[] {"--output", out.toString(), in.toString()});
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ClassifyJob.run(SparkTests.session(), options, quiet))
        .hasMessageContaining("already exists");
  }

  @Test
  void run_existingErrorsFolderWithoutOverwrite_failsBeforeWritingAnything() throws IOException {
    Path in = Files.write(temp.resolve("b.jsonl"), mixedLines().subList(0, 2));
    Path out = temp.resolve("fresh");
    Files.createDirectories(temp.resolve("fresh-errors"));
    ClassifyJobOptions options =
        ClassifyJobOptions.parse(new String[] {"--output", out.toString(), in.toString()});
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ClassifyJob.run(SparkTests.session(), options, quiet))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("errors folder")
        .hasMessageContaining("fresh-errors")
        .hasMessageContaining("--overwrite");
    assertThat(out).doesNotExist();
  }

  @Test
  void run_emptyFolder_readsNothingAndSucceeds() throws IOException {
    Path empty = Files.createDirectories(temp.resolve("empty"));
    ClassifyJob.Report report =
        ClassifyJob.run(
            SparkTests.session(),
            ClassifyJobOptions.parse(
                new String[] {"--output", temp.resolve("none").toString(), empty.toString()}),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertThat(report.read()).isZero();
    assertThat(report.written() + report.failed()).isZero();
  }

  @Test
  void parse_badCommandLines_failWithTheReason() {
    assertThatThrownBy(() -> ClassifyJobOptions.parse(new String[] {"in.jsonl"}))
        .hasMessage("--output DIR is required");
    assertThatThrownBy(() -> ClassifyJobOptions.parse(new String[] {"--output", "o", "--bogus"}))
        .hasMessage("unknown option --bogus");
    assertThatThrownBy(
            () -> ClassifyJobOptions.parse(new String[] {"--output", "o", "--format", "csv", "x"}))
        .hasMessageContaining("use parquet, jsonl");
    assertThatThrownBy(
            () -> ClassifyJobOptions.parse(new String[] {"--output", "o", "--taxonomy", "t", "x"}))
        .hasMessageContaining("--taxonomy goes with --model keywords");
    ClassifyJobOptions options =
        ClassifyJobOptions.parse(
            new String[] {
              "--output", "out/", "--model", "keywords", "--taxonomy", "cap-major-topics", "in"
            });
    assertThat(options.model()).isEqualTo("keywords:cap-major-topics");
    assertThat(options.errors()).isEqualTo("out-errors");
  }

  private static List<String> mixedLines() throws IOException {
    List<String> seeds = Files.readAllLines(SparkTests.SEEDS.resolve("en-a.jsonl"));
    List<String> korean = Files.readAllLines(SparkTests.SEEDS.resolve("ko-a.jsonl"));
    List<String> lines = new ArrayList<>();
    lines.add(seeds.get(1));
    lines.add(korean.get(2));
    lines.add("{\"id\": \"broken\", \"text\": \"unterminated");
    lines.add("{\"id\": \"number\", \"text\": 42}");
    lines.add("{\"id\": \"empty\", \"text\": \"   \"}");
    lines.add("");
    lines.add("[1, 2]");
    lines.add("{\"id\": \"bad-lang\", \"text\": \"Councils met\", \"lang\": \"english!\"}");
    lines.add("{\"id\": \"bad-date\", \"text\": \"Local budget\", \"date\": \"2024-13-45\"}");
    lines.add("{\"text\": \"A record without an id, about the county budget and local taxes\"}");
    lines.add("{\"id\": \"huge\", \"text\": \"" + "budget ".repeat(400) + "\"}");
    lines.add(seeds.get(5).replace("\"text\":", "\"body\":"));
    lines.add(
        "{\"id\": \"extra\", \"text\": \"Residents voted on the participatory budget\","
            + " \"section\": \"local\", \"n\": 3}");
    return lines;
  }

  private static String mixedCsv() {
    return "id,title,text,lang,date\n"
        + "c1,Metro rail,\"The two cities agreed on a shared commuter rail line,\n"
        + "with costs split by population.\",en,2024-05-01\n"
        + "c2,Too many,fields,en,2024-05-02,extra\n"
        + "c3,,\"지방소멸대응기금 배분 기준 개편…인구감소지역 지원 확대\",ko,2024-06-30\n"
        + "c4,Headline only,,,\n";
  }

  private static List<String> lines(Path folder) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path part : files.filter(f -> f.getFileName().toString().startsWith("part-")).toList()) {
        lines.addAll(Files.readAllLines(part));
      }
    }
    return lines;
  }

  private static Map<String, JsonNode> byId(List<String> lines) throws IOException {
    Map<String, JsonNode> map = new HashMap<>();
    for (String line : lines) {
      JsonNode node = JSON.readTree(line);
      map.put(node.get("id").asText(), node);
    }
    return map;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
