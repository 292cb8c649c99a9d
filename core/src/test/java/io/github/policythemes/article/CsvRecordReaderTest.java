package io.github.policythemes.article;

import static io.github.policythemes.article.Records.article;
import static io.github.policythemes.article.Records.error;
import static io.github.policythemes.article.Records.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {
  private static List<InputRecord> csv(String text) {
    return read(text, InputFormat.CSV, ReadOptions.builder());
  }

  @Test
  void next_quotedCommasQuotesAndNewlines_readAsOneField() {
    List<InputRecord> records =
        csv(
            "id,title,body,date\r\n"
                + "a,\"Title, with comma\",\"Line one\r\nline \"\"two\"\"\",2024-01-02\r\n"
                + "b,,plain,\r\n");

    assertThat(records).hasSize(2);
    ArticleRecord first = article(records.get(0));
    assertThat(first.article().title()).isEqualTo("Title, with comma");
    assertThat(first.article().text()).isEqualTo("Line one\r\nline \"two\"");
    assertThat(first.line()).isEqualTo(2);
    ArticleRecord second = article(records.get(1));
    assertThat(second.article().id()).isEqualTo("b");
    assertThat(second.line()).isEqualTo(4);
  }

  @Test
  void next_noIdColumn_positionIds() {
    List<InputRecord> records = csv("text\nfirst\n\nsecond\n");

    assertThat(records).extracting(r -> article(r).article().id()).containsExactly("in:2", "in:4");
  }

  @Test
  void next_keepFields_otherColumnsAsJson() {
    List<InputRecord> records =
        read(
            "id,text,outlet\n1,hello,\"KBS, 9\"\n",
            InputFormat.CSV,
            ReadOptions.builder().keepFields(true));

    assertThat(article(records.get(0)).meta()).isEqualTo("{\"outlet\":\"KBS, 9\"}");
  }

  @Test
  void next_badRows_becomeErrorsAndReadingGoesOn() {
    List<InputRecord> records =
        csv(
            "id,text\n"
                + "1,good\n"
                + "2,too,many\n"
                + "3,\"closed\"x\n"
                + "4,bad\"quote\n"
                + "5,\n"
                + "6,fine\n");

    assertThat(records).hasSize(6);
    assertThat(error(records.get(1)).reason()).isEqualTo("row has 3 fields, the header has 2");
    assertThat(error(records.get(2)).reason())
        .startsWith("malformed CSV (delimiter ','): Unexpected character ('x'");
    // a quote inside an unquoted field is kept as it is, as Excel and Python's csv read it
    assertThat(article(records.get(3)).article().text()).isEqualTo("bad\"quote");
    assertThat(error(records.get(4)).reason()).isEqualTo("empty text");
    assertThat(error(records.get(4)).id()).isEqualTo("5");
    assertThat(article(records.get(5)).article().id()).isEqualTo("6");
  }

  @Test
  void next_unclosedQuote_oneErrorToTheEnd() {
    List<InputRecord> records = csv("id,text\n1,ok\n2,\"never closed\n3,lost\n4,lost\n");

    assertThat(records).hasSize(2);
    ErrorRecord error = error(records.get(1));
    assertThat(error.line()).isEqualTo(3);
    assertThat(error.reason())
        .isEqualTo(
            "unclosed quote: the record starting at line 3 runs to the end of the input (line 5)");
  }

  @Test
  void next_headerWithoutTextColumn_oneErrorCountingTheRows() {
    List<InputRecord> records = csv("id,headline\n1,a\n2,\"b\nc\"\n");

    assertThat(records).hasSize(1);
    assertThat(error(records.get(0)).reason())
        .isEqualTo(
            "CSV header has no text column (expected one of text, body, content; found id, headline,"
                + " columns split at ','): its 2 rows were not read");
  }

  @Test
  void next_invalidUtf8_reportsTheFileOffset() {
    byte[] head = "id,text\n1,".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 3];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = 'a';
    bytes[head.length + 1] = (byte) 0xFF;
    bytes[head.length + 2] = '\n';

    List<InputRecord> records = read(bytes, InputFormat.CSV, ReadOptions.builder());

    assertThat(error(records.get(0)).reason())
        .isEqualTo("invalid UTF-8 at byte " + (head.length + 1));
  }

  @Test
  void next_recordOverTheLimit_rejected() {
    String big = "x".repeat(3000);
    List<InputRecord> records =
        read(
            "id,text\n1,\"" + big + "\n" + big + "\"\n2,small\n",
            InputFormat.CSV,
            ReadOptions.builder().maxRecordBytes(4096));

    assertThat(error(records.get(0)).reason()).startsWith("record of 6005 bytes is larger than");
    assertThat(article(records.get(1)).article().id()).isEqualTo("2");
  }

  @Test
  void split_emptyAndQuotedFields_exact() {
    List<String> fields = new ArrayList<>();

    assertThat(CsvRecordReader.split(",\"\",\"a\"\"b\",", fields)).isNull();
    assertThat(fields).containsExactly("", "", "a\"b", "");
  }
}
