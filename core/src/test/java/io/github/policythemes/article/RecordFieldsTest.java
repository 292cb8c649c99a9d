package io.github.policythemes.article;

import static io.github.policythemes.article.Records.article;
import static io.github.policythemes.article.Records.error;
import static io.github.policythemes.article.Records.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules every reader applies to a record's fields: labels, missing text, language, date. */
class RecordFieldsTest {
  private static ReadOptions.Builder labelled() {
    return ReadOptions.builder().labels(ReadOptions.Labels.REQUIRED);
  }

  @Test
  void labels_jsonArraysStringsAndCodes_readInOrderWithoutRepeats() {
    List<InputRecord> records =
        read(
            """
            {"text":"a","labels":["x","y","x"]}
            {"text":"b","label":"z"}
            {"text":"c","labels":[]}
            {"text":"d","labels":"p; q|r"}
            {"text":"e","labels":[18, "16"]}
            """,
            InputFormat.JSONL,
            labelled());
    assertThat(records)
        .extracting(r -> article(r).labels())
        .containsExactly(
            List.of("x", "y"),
            List.of("z"),
            List.of(),
            List.of("p", "q", "r"),
            List.of("18", "16"));
  }

  @Test
  void labels_requiredButMissingOrMalformed_areErrorRecords() {
    List<InputRecord> records =
        read(
            """
            {"id":"1","text":"a"}
            {"id":"2","text":"b","labels":{"x":1}}
            {"id":"3","text":"c","labels":["x",""]}
            {"id":"4","text":"d","labels":[true]}
            """,
            InputFormat.JSONL,
            labelled());
    assertThat(records)
        .extracting(r -> error(r).reason())
        .containsExactly(
            "no labels (looked for labels, label)",
            "field 'labels' is an object, not a list of labels",
            "field 'labels' holds a blank label, not a label",
            "field 'labels' holds a boolean, not a label");
  }

  @Test
  void labels_optionalAndOneNamedField_missingMeansNone() {
    ReadOptions.Builder options =
        ReadOptions.builder().labels(ReadOptions.Labels.OPTIONAL).labelsField("assigned");
    List<InputRecord> records =
        read(
            "{\"text\":\"a\"}\n{\"text\":\"b\",\"assigned\":[\"x\"],\"labels\":[\"y\"]}\n",
            InputFormat.JSONL,
            options.keepFields(true));
    assertThat(article(records.get(0)).labels()).isEmpty();
    assertThat(article(records.get(1)).labels()).containsExactly("x");
    assertThat(article(records.get(1)).meta()).isEqualTo("{\"labels\":[\"y\"]}");
  }

  @Test
  void labels_notAskedFor_stayAnOrdinaryField() {
    List<InputRecord> records =
        read(
            "{\"text\":\"a\",\"labels\":[\"x\"]}\n",
            InputFormat.JSONL,
            ReadOptions.builder().keepFields(true));
    assertThat(article(records.get(0)).labels()).isEmpty();
    assertThat(article(records.get(0)).meta()).isEqualTo("{\"labels\":[\"x\"]}");
  }

  @Test
  void labels_csvCellSplitAndMissingColumnOneError() {
    List<InputRecord> rows =
        read("id,text,labels\na,hello,x;y\nb,world,\n", InputFormat.CSV, labelled());
    assertThat(article(rows.get(0)).labels()).containsExactly("x", "y");
    assertThat(article(rows.get(1)).labels()).isEmpty();
    List<InputRecord> noColumn = read("id,text\na,hello\nb,world\n", InputFormat.CSV, labelled());
    assertThat(noColumn).hasSize(1);
    assertThat(error(noColumn.get(0)).reason())
        .startsWith("CSV header has no labels column (expected one of labels, label; found id,")
        .endsWith("its 2 rows were not read");
  }

  @Test
  void labels_requiredFromATextFile_isAnError() {
    List<InputRecord> records = read("Title\nbody", InputFormat.TEXT, labelled());
    assertThat(error(records.get(0)).reason()).startsWith("no labels");
  }

  @Test
  void allowMissingText_noTextFieldIsAnArticleWithoutText_emptyTextStillAnError() {
    ReadOptions.Builder options = ReadOptions.builder().allowMissingText(true);
    List<InputRecord> records =
        read(
            "{\"id\":\"a\",\"date\":\"2024-01-01\"}\n{\"id\":\"b\",\"text\":\" \"}\n",
            InputFormat.JSONL,
            options);
    assertThat(article(records.get(0)).article().content()).isEmpty();
    assertThat(error(records.get(1)).reason()).isEqualTo("empty text");
    List<InputRecord> csv =
        read("id,lang\nx,en\n", InputFormat.CSV, ReadOptions.builder().allowMissingText(true));
    assertThat(article(csv.get(0)).article().id()).isEqualTo("x");
  }

  @Test
  void lang_auto_meansDetect() {
    List<InputRecord> records =
        read("{\"text\":\"a\",\"lang\":\"auto\"}\n", InputFormat.JSONL, ReadOptions.builder());
    assertThat(article(records.get(0)).article().language()).isNull();
  }
}
