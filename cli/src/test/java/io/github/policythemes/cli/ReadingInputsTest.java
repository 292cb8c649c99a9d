package io.github.policythemes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What researchers have: Korean Excel exports, semicolons, TSV, lines, odd field names, dates. */
class ReadingInputsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static final String KOREAN_CSV =
      "id;title;text;published\n"
          + "k1;지방소멸대응기금;지방소멸대응기금 배분 기준이 바뀌고 인구감소지역 지원이 늘어난다.;2024. 1. 5.\n"
          + "k2;메가시티;부산 울산 경남 행정통합 논의가 다시 시작됐다;2024년 3월 2일\n";

  private Path write(String name, String text, Charset charset) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, text.getBytes(charset));
    return file;
  }

  private static List<JsonNode> lines(Cli result) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : result.outLines()) {
      nodes.add(JSON.readTree(line));
    }
    return nodes;
  }

  @Test
  void classify_koreanExcelCsvInCp949WithSemicolons_readsWithEncodingAndDateField()
      throws IOException {
    Path csv = write("export.csv", KOREAN_CSV, Charset.forName("x-windows-949"));

    Cli result =
        Cli.run(
            "classify",
            "--encoding",
            "CP949",
            "--date-field",
            "published",
            "--keep-text",
            "--format",
            "jsonl",
            csv.toString());

    assertThat(result.exit()).as(result.err()).isZero();
    List<JsonNode> records = lines(result);
    assertThat(records).extracting(n -> n.get("id").asText()).containsExactly("k1", "k2");
    assertThat(records)
        .extracting(n -> n.get("date").asText())
        .containsExactly("2024-01-05", "2024-03-02");
    assertThat(records.get(0).get("title").asText()).isEqualTo("지방소멸대응기금");
  }

  @Test
  void classify_cp949WithoutEncoding_failsTheRecordsAndHintsAtEncoding() throws IOException {
    Path csv = write("export.csv", KOREAN_CSV, Charset.forName("x-windows-949"));

    Cli result = Cli.run("classify", csv.toString());

    assertThat(result.exit()).isEqualTo(3);
    assertThat(result.err())
        .contains("invalid UTF-8 at byte")
        .contains("hint: a file that is not UTF-8 needs --encoding NAME, e.g. CP949");
  }

  @ParameterizedTest
  @ValueSource(strings = {"GBK", "Big5", "Shift_JIS", "ISO-8859-1", "EUC-KR"})
  void tokenize_encodingsByName_readTheText(String encoding) throws IOException {
    String text =
        switch (encoding) {
          case "GBK" -> "县级财政体制改革";
          case "Big5" -> "縣級財政體制改革";
          case "Shift_JIS" -> "地方財政";
          case "EUC-KR" -> "지방재정";
          default -> "décentralisation";
        };
    Path file = write("a.txt", text + "\n", Charset.forName(encoding));

    Cli result = Cli.run("tokenize", "--encoding", encoding, file.toString());

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out()).isNotBlank().doesNotContain("\uFFFD");
  }

  @Test
  void classify_unknownEncoding_isAUsageError() {
    Cli result = Cli.run("classify", "--encoding", "klingon", "-");
    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("--encoding: unknown encoding 'klingon'");
  }

  @Test
  void classify_tsvAndDelimiter_readColumns() throws IOException {
    Path tsv =
        write(
            "a.tsv",
            "id\ttext\nt1\tResidents vote on the participatory budget, again\n",
            StandardCharsets.UTF_8);
    Path piped =
        write("b.csv", "id|text\np1|A county merger of two cities\n", StandardCharsets.UTF_8);
    Path forced =
        write("c.txt", "id;text\nf1;Local allocation tax grants\n", StandardCharsets.UTF_8);

    Cli result = Cli.run("classify", "--format", "jsonl", tsv.toString(), piped.toString());
    Cli forcedResult =
        Cli.run(
            "classify",
            "--input-format",
            "csv",
            "--delimiter",
            ";",
            "--format",
            "jsonl",
            forced.toString());

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(lines(result)).extracting(n -> n.get("id").asText()).containsExactly("t1", "p1");
    assertThat(forcedResult.exit()).as(forcedResult.err()).isZero();
    assertThat(lines(forcedResult)).extracting(n -> n.get("id").asText()).containsExactly("f1");
  }

  @Test
  void classify_inputFormatLines_oneArticlePerLineOnStdin() throws IOException {
    Cli result =
        Cli.runWithStdin(
            "The council voted on the participatory budget\n\n지방소멸대응기금 배분\n县级财政体制改革\n",
            "classify",
            "--input-format",
            "lines",
            "--format",
            "jsonl",
            "-");

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(lines(result))
        .extracting(n -> n.get("id").asText())
        .containsExactly("<stdin>:1", "<stdin>:3", "<stdin>:4");
  }

  @Test
  void classify_fieldMappingAndDateForms_readEveryField() throws IOException {
    Path jsonl =
        write(
            "a.jsonl",
            "{\"doc\":\"a\",\"headline\":\"H\",\"body\":\"Tax grants to counties\",\"day\":\"2024年1月5日\",\"language\":\"en\"}\n"
                + "{\"doc\":\"b\",\"headline\":\"H\",\"body\":\"Tax grants to counties\",\"day\":\"2024-01-05T09:30:00+09:00\",\"language\":\"en\"}\n"
                + "{\"doc\":\"c\",\"headline\":\"H\",\"body\":\"Tax grants to counties\",\"day\":\"05/01/2024\",\"language\":\"en\"}\n",
            StandardCharsets.UTF_8);

    Cli result =
        Cli.run(
            "classify",
            "--id-field",
            "doc",
            "--title-field",
            "headline",
            "--text-field",
            "body",
            "--date-field",
            "day",
            "--lang-field",
            "language",
            "--keep-text",
            "--format",
            "jsonl",
            jsonl.toString());
    Cli patterned =
        Cli.run(
            "classify",
            "--id-field",
            "doc",
            "--text-field",
            "body",
            "--date-field",
            "day",
            "--date-format",
            "dd/MM/yyyy",
            "--format",
            "jsonl",
            jsonl.toString());

    assertThat(result.exit()).isEqualTo(3);
    assertThat(lines(result))
        .extracting(n -> n.get("date").asText())
        .containsExactly("2024-01-05", "2024-01-05");
    assertThat(lines(result).get(0).get("title").asText()).isEqualTo("H");
    assertThat(result.err()).contains("(c): invalid day '05/01/2024': expected a date such as");
    assertThat(patterned.exit()).as(patterned.err()).isZero();
    assertThat(lines(patterned)).extracting(n -> n.get("date").asText()).containsOnly("2024-01-05");
  }

  @Test
  void trends_aCsvWithAPublishedColumn_countsItsDates() throws IOException {
    Path csv =
        write(
            "labelled.csv",
            "id,text,labels,published\n"
                + "1,Tax grants,local-finance,2024.01.05\n"
                + "2,County merger,metropolitan-integration,2024년 2월 1일\n"
                + "3,Tax reform,local-finance,2024/03/09\n",
            StandardCharsets.UTF_8);

    Cli result =
        Cli.run(
            "trends",
            "--assigned-field",
            "labels",
            "--date-field",
            "published",
            "--output",
            dir.resolve("trends").toString(),
            csv.toString());

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("3 of 3 records counted (0 skipped), 3 months from 2024-01 to 2024-03");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "classify",
        "explain",
        "tokenize",
        "topics",
        "keywords",
        "trends",
        "train",
        "evaluate"
      })
  void everyReadingCommand_hasTheSameInputOptions(String command) {
    Cli help = Cli.run(command, "--help");
    assertThat(help.out())
        .contains("--encoding=NAME")
        .contains("--delimiter=C")
        .contains("--input-format=FORMAT")
        .contains("--id-field=F")
        .contains("--title-field=F")
        .contains("--text-field=F")
        .contains("--date-field=F")
        .contains("--lang-field=F")
        .contains("--date-format=PATTERN");
  }
}
