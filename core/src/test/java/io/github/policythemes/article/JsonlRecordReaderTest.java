package io.github.policythemes.article;

import static io.github.policythemes.article.Records.article;
import static io.github.policythemes.article.Records.error;
import static io.github.policythemes.article.Records.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policythemes.analysis.Language;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class JsonlRecordReaderTest {
  private static List<InputRecord> jsonl(String text) {
    return read(text, InputFormat.JSONL, ReadOptions.builder());
  }

  @Test
  void next_fullRecord_mapsEveryField() {
    List<InputRecord> records =
        jsonl(
            "{\"id\":\"a1\",\"title\":\"Title\",\"text\":\"Body text\",\"lang\":\"ko\","
                + "\"date\":\"2024-03-01\"}\n");

    ArticleRecord record = article(records.get(0));
    assertThat(record.article().id()).isEqualTo("a1");
    assertThat(record.article().title()).isEqualTo("Title");
    assertThat(record.article().text()).isEqualTo("Body text");
    assertThat(record.article().language()).isEqualTo(Language.KO);
    assertThat(record.article().date()).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(record.source()).isEqualTo("in");
    assertThat(record.line()).isEqualTo(1);
    assertThat(record.meta()).isNull();
  }

  @Test
  void next_noIdBlankLinesAndCrlf_positionIdsByLine() {
    List<InputRecord> records = jsonl("{\"text\":\"one\"}\r\n\r\n  \n{\"text\":\"two\"}");

    assertThat(records).hasSize(2);
    assertThat(article(records.get(0)).article().id()).isEqualTo("in:1");
    assertThat(article(records.get(1)).article().id()).isEqualTo("in:4");
  }

  @Test
  void next_bodyOrContentOrNumericId_accepted() {
    List<InputRecord> records =
        jsonl("{\"id\":7,\"body\":\"from body\"}\n{\"content\":\"from content\",\"date\":null}\n");

    assertThat(article(records.get(0)).article().id()).isEqualTo("7");
    assertThat(article(records.get(0)).article().text()).isEqualTo("from body");
    assertThat(article(records.get(1)).article().text()).isEqualTo("from content");
  }

  @Test
  void next_dateTime_keepsTheDate() {
    ArticleRecord record =
        article(jsonl("{\"text\":\"x\",\"date\":\"2023-05-02T09:00:00Z\"}").get(0));

    assertThat(record.article().date()).isEqualTo(LocalDate.of(2023, 5, 2));
  }

  @Test
  void next_badRecords_becomeErrorsWithReasons() {
    String input =
        String.join(
            "\n",
            "{\"id\":\"ok\",\"text\":\"fine\"}",
            "{\"id\":\"x\", \"text\": \"unterminated}",
            "[1, 2]",
            "42",
            "{\"id\":\"no-text\",\"title\":\"\"}",
            "{\"id\":\"num-text\",\"text\":17}",
            "{\"id\":\"empty\",\"text\":\"  \"}",
            "{\"id\":\"dup-key\",\"text\":\"a\",\"text\":\"b\"}",
            "{\"text\":\"a\"} {\"text\":\"b\"}",
            "{\"id\":\"bad-lang\",\"text\":\"a\",\"lang\":\"k1\"}",
            "{\"id\":\"bad-date\",\"text\":\"a\",\"date\":\"yesterday\"}",
            "{\"id\":\"last\",\"text\":\"fine\"}");

    List<InputRecord> records = jsonl(input);

    assertThat(records).hasSize(12);
    assertThat(article(records.get(0)).article().id()).isEqualTo("ok");
    assertThat(error(records.get(1)).reason()).startsWith("malformed JSON: ");
    assertThat(error(records.get(1)).line()).isEqualTo(2);
    assertThat(error(records.get(2)).reason()).isEqualTo("the line is an array, not a JSON object");
    assertThat(error(records.get(3)).reason()).isEqualTo("the line is a number, not a JSON object");
    assertThat(error(records.get(4)).reason())
        .isEqualTo("no text field (looked for text, body, content)");
    assertThat(error(records.get(4)).id()).isEqualTo("no-text");
    assertThat(error(records.get(5)).reason()).isEqualTo("field 'text' is a number, not a string");
    assertThat(error(records.get(6)).reason()).isEqualTo("empty text");
    assertThat(error(records.get(7)).reason()).contains("Duplicate field 'text'");
    assertThat(error(records.get(8)).reason()).isEqualTo("more than one JSON value on the line");
    assertThat(error(records.get(9)).reason()).isEqualTo("invalid lang 'k1'");
    assertThat(error(records.get(10)).reason())
        .isEqualTo(
            "invalid date 'yesterday': expected a date such as 2024-01-05, 2024.01.05, 2024년 1월 5일 or 2024年1月5日 (others need a date pattern)");
    assertThat(article(records.get(11)).article().id()).isEqualTo("last");
  }

  @Test
  void next_invalidUtf8_reportsTheFileOffset() {
    byte[] first = "{\"text\":\"ok\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] second = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, '(', '"', '}', '\n'};
    byte[] both = new byte[first.length + second.length];
    System.arraycopy(first, 0, both, 0, first.length);
    System.arraycopy(second, 0, both, first.length, second.length);

    List<InputRecord> records = read(both, InputFormat.JSONL, ReadOptions.builder());

    assertThat(error(records.get(1)).reason())
        .isEqualTo("invalid UTF-8 at byte " + (first.length + 9));
    assertThat(error(records.get(1)).line()).isEqualTo(2);
  }

  @Test
  void next_keepFields_collectsOtherFieldsAsJson() {
    List<InputRecord> records =
        read(
            "{\"id\":\"a\",\"text\":\"t\",\"body\":\"b\",\"source\":\"KBS\",\"tags\":[1,{\"x\":null}]}",
            InputFormat.JSONL,
            ReadOptions.builder().keepFields(true));

    assertThat(article(records.get(0)).meta())
        .isEqualTo("{\"body\":\"b\",\"source\":\"KBS\",\"tags\":[1,{\"x\":null}]}");
  }

  @Test
  void next_mappedFields_readFromTheirNames() {
    List<InputRecord> records =
        read(
            "{\"doc\":\"d1\",\"headline\":\"H\",\"text\":\"ignored\",\"article\":\"the body\"}",
            InputFormat.JSONL,
            ReadOptions.builder().idField("doc").titleField("headline").textField("article"));

    ArticleRecord record = article(records.get(0));
    assertThat(record.article().id()).isEqualTo("d1");
    assertThat(record.article().title()).isEqualTo("H");
    assertThat(record.article().text()).isEqualTo("the body");
  }

  @Test
  void next_forcedLanguage_overridesTheField() {
    List<InputRecord> records =
        read(
            "{\"text\":\"x\",\"lang\":\"en\"}",
            InputFormat.JSONL,
            ReadOptions.builder().language(Language.ZH));

    assertThat(article(records.get(0)).article().language()).isEqualTo(Language.ZH);
  }

  @Test
  void next_fiftyMegabyteRecord_rejectedWithoutHoldingIt() {
    long size = 50L << 20;
    InputStream big =
        new SequenceInputStream(
            Collections.enumeration(
                List.of(
                    new ByteArrayInputStream(
                        "{\"id\":\"big\",\"text\":\"".getBytes(StandardCharsets.UTF_8)),
                    new RepeatingInputStream((byte) 'a', size),
                    new ByteArrayInputStream(
                        "\"}\n{\"id\":\"after\",\"text\":\"small\"}\n"
                            .getBytes(StandardCharsets.UTF_8)))));

    List<InputRecord> records =
        Records.readAll(
            RecordSource.stream(
                big, "big.jsonl", ReadOptions.builder().format(InputFormat.JSONL).build()));

    assertThat(records).hasSize(2);
    assertThat(error(records.get(0)).reason())
        .isEqualTo(
            "record of "
                + (size + 22)
                + " bytes is larger than the maximum record size ("
                + ReadOptions.DEFAULT_MAX_RECORD_BYTES
                + " bytes)");
    assertThat(article(records.get(1)).article().id()).isEqualTo("after");
  }

  @Test
  void stream_gzipAndByteOrderMark_sniffedAsJsonl() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      gzip.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      gzip.write("{\"id\":\"z\",\"text\":\"zipped\"}\n".getBytes(StandardCharsets.UTF_8));
    }

    List<InputRecord> records =
        Records.readAll(
            RecordSource.stream(
                new ByteArrayInputStream(bytes.toByteArray()), "<stdin>", ReadOptions.defaults()));

    assertThat(article(records.get(0)).article().text()).isEqualTo("zipped");
  }

  /** Serves one byte again and again, without holding them. */
  static final class RepeatingInputStream extends InputStream {
    private final byte value;
    private long left;

    RepeatingInputStream(byte value, long count) {
      this.value = value;
      this.left = count;
    }

    @Override
    public int read() {
      if (left == 0) {
        return -1;
      }
      left--;
      return value;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (left == 0) {
        return -1;
      }
      int n = (int) Math.min(len, left);
      java.util.Arrays.fill(b, off, off + n, value);
      left -= n;
      return n;
    }
  }
}
