package io.github.policythemes.article;

import static io.github.policythemes.article.Records.article;
import static io.github.policythemes.article.Records.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Encodings, delimiters, TSV, one article per line, field names and dates, as files come. */
class ReadOptionsInputsTest {
  @TempDir Path dir;

  private List<InputRecord> read(String name, byte[] bytes, ReadOptions options)
      throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return Records.readAll(RecordSource.files(List.of(file), options));
  }

  @ParameterizedTest
  @ValueSource(strings = {"CP949", "cp949", "EUC-KR", "UHC", "MS949"})
  void encoding_koreanExcelExport_readsHangul(String name) throws IOException {
    Charset charset = ReadOptions.encodingNamed(name);
    byte[] bytes = "id,text\nk1,지방소멸대응기금 배분\n".getBytes(charset);
    List<InputRecord> records =
        read("ko.csv", bytes, ReadOptions.builder().encoding(charset).build());
    assertThat(article(records.get(0)).article().text()).isEqualTo("지방소멸대응기금 배분");
  }

  @Test
  void encodingNamed_cp949_isTheWindowsCodePageNotIbm949() {
    assertThat(ReadOptions.encodingNamed("CP949").name()).isEqualTo("x-windows-949");
    assertThat(ReadOptions.encodingNamed("cp932").name()).isEqualTo("windows-31j");
    assertThatThrownBy(() -> ReadOptions.encodingNamed("klingon"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown encoding 'klingon'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"GBK", "GB18030", "Big5", "Shift_JIS", "ISO-8859-1", "UTF-16"})
  void encoding_otherEncodings_readAsTheyWereWritten(String name) throws IOException {
    Charset charset = ReadOptions.encodingNamed(name);
    String text =
        switch (name) {
          case "GBK", "GB18030" -> "县级财政体制改革";
          case "Big5" -> "縣級財政體制改革";
          case "Shift_JIS" -> "地方財政の改革";
          default -> "café décentralisation";
        };
    byte[] bytes = ("{\"id\":\"a\",\"text\":\"" + text + "\"}\n").getBytes(charset);
    List<InputRecord> records =
        read("in.jsonl", bytes, ReadOptions.builder().encoding(charset).build());
    assertThat(article(records.get(0)).article().text()).isEqualTo(text);
  }

  @Test
  void encoding_utf16ByteOrderMark_winsWithoutAnEncoding() throws IOException {
    byte[] body = "id\ttext\nt1\t주민참여예산\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    List<InputRecord> records = read("excel.tsv", bytes, ReadOptions.defaults());
    assertThat(article(records.get(0)).article().text()).isEqualTo("주민참여예산");
  }

  @Test
  void encoding_badBytes_failTheFileWithTheirOffset() throws IOException {
    byte[] good = "id,text\n1,ok\n".getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[good.length + 2];
    System.arraycopy(good, 0, bytes, 0, good.length);
    bytes[good.length] = (byte) 0xFF;
    bytes[good.length + 1] = (byte) 0xFF;
    List<InputRecord> records =
        read(
            "bad.csv",
            bytes,
            ReadOptions.builder().encoding(ReadOptions.encodingNamed("EUC-KR")).build());
    assertThat(error(records.get(records.size() - 1)).reason())
        .contains("invalid EUC-KR at byte " + good.length);
  }

  @ParameterizedTest
  @ValueSource(strings = {";", "\t", "|", ","})
  void csv_delimiter_detectedFromTheHeader(String delimiter) throws IOException {
    String csv =
        String.join(delimiter, "id", "title", "text")
            + "\n"
            + String.join(delimiter, "a1", "\"Suwon" + delimiter + " budget\"", "residents vote")
            + "\n";
    List<InputRecord> records =
        read("in.csv", csv.getBytes(StandardCharsets.UTF_8), ReadOptions.defaults());
    assertThat(article(records.get(0)).article().id()).isEqualTo("a1");
    assertThat(article(records.get(0)).article().title())
        .isEqualTo("Suwon" + delimiter + " budget");
    assertThat(article(records.get(0)).article().text()).isEqualTo("residents vote");
  }

  @Test
  void csv_delimiterGiven_winsOverDetection() throws IOException {
    String csv = "id;text\na;b,c,d\n";
    List<InputRecord> records =
        read(
            "in.csv",
            csv.getBytes(StandardCharsets.UTF_8),
            ReadOptions.builder().delimiter(';').build());
    assertThat(article(records.get(0)).article().text()).isEqualTo("b,c,d");
    assertThatThrownBy(() -> ReadOptions.builder().delimiter('"'))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void tsv_byFileName_readAsTabSeparated() throws IOException {
    String tsv = "id\ttext\tdate\nt1\tA text, with commas\t2024.01.05\n";
    List<InputRecord> records =
        read("in.tsv", tsv.getBytes(StandardCharsets.UTF_8), ReadOptions.defaults());
    assertThat(article(records.get(0)).article().text()).isEqualTo("A text, with commas");
    assertThat(article(records.get(0)).article().date()).isEqualTo(LocalDate.of(2024, 1, 5));
  }

  @Test
  void lines_oneArticlePerLine_withFastTextLabels() throws IOException {
    String lines = "__label__local-finance Tax grants to counties\n\nSecond line\n";
    List<InputRecord> records =
        read(
            "in.txt",
            lines.getBytes(StandardCharsets.UTF_8),
            ReadOptions.builder()
                .format(InputFormat.LINES)
                .labels(ReadOptions.Labels.OPTIONAL)
                .build());
    assertThat(records).hasSize(2);
    assertThat(article(records.get(0)).article().text()).isEqualTo("Tax grants to counties");
    assertThat(article(records.get(0)).labels()).containsExactly("local-finance");
    assertThat(article(records.get(1)).article().id()).endsWith("in.txt:3");
    assertThat(InputFormat.parse("lines")).isEqualTo(InputFormat.LINES);
  }

  @Test
  void lines_onStdin_eachLineAnArticle() throws IOException {
    RecordSource source =
        RecordSource.stream(
            new ByteArrayInputStream("one\ntwo\n".getBytes(StandardCharsets.UTF_8)),
            "<stdin>",
            ReadOptions.builder().format(InputFormat.LINES).build());
    assertThat(Records.readAll(source))
        .extracting(r -> article(r).article().id())
        .containsExactly("<stdin>:1", "<stdin>:2");
  }

  @Test
  void fields_mappedByName_andDatesInKoreanForms() throws IOException {
    String csv =
        "doc,headline,body,published,language\n"
            + "d1,제목,본문,2024년 1월 5일,ko\n"
            + "d2,제목,본문,2024. 1. 5.,ko\n"
            + "d3,제목,본문,어제,ko\n";
    ReadOptions options =
        ReadOptions.builder()
            .idField("doc")
            .titleField("headline")
            .textField("body")
            .dateField("published")
            .langField("language")
            .build();
    List<InputRecord> records = read("in.csv", csv.getBytes(StandardCharsets.UTF_8), options);
    assertThat(article(records.get(0)).article().date()).isEqualTo(LocalDate.of(2024, 1, 5));
    assertThat(article(records.get(0)).article().title()).isEqualTo("제목");
    assertThat(article(records.get(1)).article().date()).isEqualTo(LocalDate.of(2024, 1, 5));
    assertThat(error(records.get(2)).reason()).startsWith("invalid published '어제': expected");
    assertThat(error(records.get(2)).id()).isEqualTo("d3");
  }

  @Test
  void dateFormat_pattern_readsDayFirstDates() throws IOException {
    String jsonl = "{\"text\":\"t\",\"date\":\"05/01/2024\"}\n";
    List<InputRecord> records =
        read(
            "in.jsonl",
            jsonl.getBytes(StandardCharsets.UTF_8),
            ReadOptions.builder().dateFormat("dd/MM/yyyy").build());
    assertThat(article(records.get(0)).article().date()).isEqualTo(LocalDate.of(2024, 1, 5));
  }
}
