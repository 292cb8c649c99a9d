package io.github.policythemes.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policythemes.analysis.Language;
import io.github.policythemes.taxonomy.Taxonomy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledDataTest {
  @TempDir Path dir;

  private Path file(String... lines) throws IOException {
    Path file = dir.resolve("data.jsonl");
    Files.write(file, List.of(lines));
    return file;
  }

  @Test
  void read_acceptsLabelsArraysSingleLabelsAndOptionalFields() throws IOException {
    LabelledData data =
        LabelledData.read(
            file(
                "{\"id\": \"1\", \"title\": \"T\", \"text\": \"body\", \"labels\": [\"a\", \"b\"],"
                    + " \"lang\": \"ko\", \"date\": \"2025-03-14\", \"extra\": 1}",
                "",
                "{\"body\": \"only body\", \"label\": \"c\"}",
                "{\"content\": \"no themes\", \"labels\": []}"));
    assertThat(data.articles()).hasSize(3);
    LabelledArticle first = data.articles().get(0);
    assertThat(first.labels()).containsExactly("a", "b");
    assertThat(first.article().language()).isEqualTo(Language.KO);
    assertThat(first.article().date()).isEqualTo(LocalDate.of(2025, 3, 14));
    assertThat(first.article().content()).isEqualTo("T\n\nbody");
    assertThat(data.articles().get(1).article().id()).endsWith("data.jsonl:3");
    assertThat(data.articles().get(1).line()).isEqualTo(3);
    assertThat(data.labels()).containsExactly("a", "b", "c");
    assertThat(data.singleLabel()).isFalse();
    assertThat(data.sha256()).hasSize(64);
  }

  @Test
  void read_badLines_nameTheFileAndLine() throws IOException {
    LabelledData data =
        LabelledData.read(
            file(
                "{\"text\": \"ok\", \"label\": \"a\"}",
                "{not json",
                "{\"label\": \"a\"}",
                "{\"text\": \"x\"}",
                "{\"text\": \"x\", \"label\": \"a\", \"date\": \"yesterday\"}",
                "{\"text\": 5, \"label\": \"a\"}"));
    assertThat(data.articles()).hasSize(1);
    assertThat(data.rejected())
        .extracting(e -> e.position() + ": " + e.reason())
        .satisfiesExactly(
            r -> assertThat(r).startsWith(dir.resolve("data.jsonl") + ":2: malformed JSON"),
            r ->
                assertThat(r)
                    .endsWith("data.jsonl:3: no text field (looked for text, body, content)"),
            r -> assertThat(r).endsWith("data.jsonl:4: no labels (looked for labels, label)"),
            r ->
                assertThat(r)
                    .endsWith(
                        "data.jsonl:5: invalid date 'yesterday': expected a date such as 2024-01-05, 2024.01.05, 2024년 1월 5일 or 2024年1月5日 (others need a date pattern)"),
            r -> assertThat(r).endsWith("data.jsonl:6: field 'text' is a number, not a string"));
  }

  @Test
  void read_onlyBadLines_failsNamingTheFirst() throws IOException {
    Path broken = file("{not json");
    assertThatThrownBy(() -> LabelledData.read(broken))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("data.jsonl: no labelled articles (1 records rejected, the first: ")
        .hasMessageContaining("data.jsonl:1: malformed JSON");
  }

  @Test
  void requireLabelsIn_unknownLabel_namesTheLine() throws IOException {
    LabelledData data =
        LabelledData.read(
            file(
                "{\"text\": \"x\", \"labels\": [\"local-finance\"]}",
                "{\"text\": \"y\", \"labels\": [\"budget\"]}"));
    assertThatThrownBy(() -> data.requireLabelsIn(Taxonomy.builtIn("regional-governance")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("data.jsonl:2: label 'budget' is not a theme");
  }

  @Test
  void read_severalFiles_concatenatesAndHashesThemAll() throws IOException {
    Path a = dir.resolve("a.jsonl");
    Path b = dir.resolve("b.jsonl");
    Files.writeString(a, "{\"text\": \"x\", \"label\": \"p\"}\n");
    Files.writeString(b, "{\"text\": \"y\", \"label\": \"q\"}\n");
    LabelledData both = LabelledData.read(List.of(a, b));
    assertThat(both.articles()).hasSize(2);
    assertThat(both.singleLabel()).isTrue();
    assertThat(both.sha256()).isNotEqualTo(LabelledData.read(a).sha256());
  }

  @Test
  void read_csvWithHeader_splitsSeveralLabelsAndKeepsQuotedNewlines() throws IOException {
    Path file = dir.resolve("data.csv");
    Files.writeString(
        file,
        "id,title,text,labels\n"
            + "a,Budget,\"Local tax\nrises\",local-finance;decentralization\n"
            + "b,,Nothing to see,\n");
    LabelledData data = LabelledData.read(file);
    assertThat(data.articles()).hasSize(2);
    assertThat(data.articles().get(0).labels())
        .containsExactly("local-finance", "decentralization");
    assertThat(data.articles().get(0).article().text()).isEqualTo("Local tax\nrises");
    assertThat(data.articles().get(1).labels()).isEmpty();
  }

  @Test
  void read_csvWithoutLabelColumn_namesTheProblem() throws IOException {
    Path file = dir.resolve("nolabels.csv");
    Files.writeString(file, "id,text\na,hello\n");
    assertThatThrownBy(() -> LabelledData.read(file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no labels");
  }
}
