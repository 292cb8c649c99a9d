package io.github.policythemes.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policythemes.analysis.Language;
import io.github.policythemes.article.Article;
import io.github.policythemes.article.ArticleRecord;
import io.github.policythemes.article.ErrorRecord;
import io.github.policythemes.classify.Classification;
import io.github.policythemes.classify.ThemeScore;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultWriterTest {
  private static final Article ARTICLE =
      new Article(
          "n-1",
          "Title",
          "The local allocation tax and fiscal decentralization.",
          null,
          LocalDate.of(2024, 2, 3));

  private static BatchResult result(String meta) {
    Classification classification =
        new Classification(
            "n-1",
            Language.EN,
            List.of(
                new ThemeScore("local-finance", "Local finance", 0.91234, true),
                new ThemeScore("decentralization", "Decentralization", 0.5, true),
                new ThemeScore("lagging-regions", "Lagging regions", 0.00004, false)));
    return new BatchResult(new ArticleRecord(ARTICLE, "in.jsonl", 1, meta), classification, null);
  }

  @Test
  void jsonl_defaults_exactLine() throws IOException {
    StringWriter out = new StringWriter();

    ResultWriter.jsonl(out, OutputOptions.defaults()).write(result(null));

    assertThat(out.toString())
        .isEqualTo(
            "{\"id\":\"n-1\",\"lang\":\"en\",\"date\":\"2024-02-03\",\"themes\":["
                + "{\"id\":\"local-finance\",\"label\":\"Local finance\",\"score\":0.9123,\"assigned\":true},"
                + "{\"id\":\"decentralization\",\"label\":\"Decentralization\",\"score\":0.5000,\"assigned\":true},"
                + "{\"id\":\"lagging-regions\",\"label\":\"Lagging regions\",\"score\":0.0000,\"assigned\":false}],"
                + "\"assigned\":[\"local-finance\",\"decentralization\"]}\n");
  }

  @Test
  void jsonl_topTextAndMeta_included() throws IOException {
    StringWriter out = new StringWriter();

    ResultWriter.jsonl(out, new OutputOptions(1, true)).write(result("{\"outlet\":\"KBS\"}"));

    JsonNode line = new ObjectMapper().readTree(out.toString());
    assertThat(line.get("themes")).hasSize(1);
    assertThat(line.get("assigned")).hasSize(2);
    assertThat(line.get("title").asText()).isEqualTo("Title");
    assertThat(line.get("text").asText()).isEqualTo(ARTICLE.text());
    assertThat(line.get("meta").get("outlet").asText()).isEqualTo("KBS");
  }

  @Test
  void jsonl_explanation_fieldsAsDocumented() throws IOException {
    StringWriter out = new StringWriter();
    var explanation = TestClassifier.KEYWORDS.explain(ARTICLE);
    BatchResult result =
        new BatchResult(
            new ArticleRecord(ARTICLE, "in", 1, null), explanation.classification(), explanation);

    ResultWriter.jsonl(out, OutputOptions.defaults()).write(result);

    JsonNode evidence = new ObjectMapper().readTree(out.toString()).get("explanation").get(0);
    assertThat(evidence.fieldNames())
        .toIterable()
        .containsExactly("theme", "label", "score", "terms", "sentences");
    assertThat(evidence.get("terms").get(0).fieldNames())
        .toIterable()
        .containsExactly("term", "contribution");
    assertThat(evidence.get("sentences").get(0).fieldNames())
        .toIterable()
        .containsExactly("text", "start", "end", "weight");
  }

  @Test
  void csv_headerAndRow_scorePerThemeColumn() throws IOException {
    StringWriter out = new StringWriter();
    ResultWriter writer = ResultWriter.csv(out, TestClassifier.KEYWORDS.taxonomy(), true);

    writer.write(result(null));

    String[] lines = out.toString().split("\n");
    List<String> themeIds = TestClassifier.KEYWORDS.taxonomy().themeIds();
    assertThat(lines[0]).isEqualTo("id,lang,top_theme," + String.join(",", themeIds) + ",assigned");
    String[] cells = lines[1].split(",", -1);
    assertThat(cells).hasSize(themeIds.size() + 4);
    assertThat(cells[0]).isEqualTo("n-1");
    assertThat(cells[2]).isEqualTo("local-finance");
    assertThat(cells[3 + themeIds.indexOf("local-finance")]).isEqualTo("0.9123");
    assertThat(cells[cells.length - 1]).isEqualTo("local-finance;decentralization");
  }

  @Test
  void table_rows_alignedWithAssignedThemes() throws IOException {
    StringWriter out = new StringWriter();
    ResultWriter writer = ResultWriter.table(out, new OutputOptions(3, false), true);

    writer.write(result(null));

    String[] lines = out.toString().split("\n");
    assertThat(lines[0]).startsWith("ID ").contains("  LANG  THEMES");
    assertThat(lines[1].indexOf("en")).isEqualTo(lines[0].indexOf("LANG"));
    assertThat(lines[1]).endsWith("local-finance 0.91, decentralization 0.50");
  }

  @Test
  void twoPlaces_roundsAsExplainDoes() {
    assertThat(Decimals.twoPlaces(0.9793)).isEqualTo("0.98");
    assertThat(Decimals.twoPlaces(0.9749)).isEqualTo("0.97");
    assertThat(Decimals.twoPlaces(0.004)).isEqualTo("0.00");
    assertThat(Decimals.twoPlaces(1.0)).isEqualTo("1.00");
  }

  @Test
  void pad_wideAndLongIds_fitTheWidth() {
    assertThat(TableResultWriter.pad("지방", 6)).isEqualTo("지방  ");
    assertThat(TableResultWriter.pad("abcdefgh", 5)).isEqualTo("abcd…");
    assertThat(TableResultWriter.pad("abcde", 5)).isEqualTo("abcde");
  }

  @Test
  void errorWriter_jsonl_omitsUnknownParts() throws IOException {
    StringWriter out = new StringWriter();
    ErrorWriter writer = ErrorWriter.jsonl(out);

    writer.write(new ErrorRecord("a.jsonl", 3, "x1", "empty text"));
    writer.write(new ErrorRecord("b.bin", 0, null, "binary file: NUL byte at offset 2"));

    assertThat(out.toString())
        .isEqualTo(
            "{\"source\":\"a.jsonl\",\"line\":3,\"id\":\"x1\",\"reason\":\"empty text\"}\n"
                + "{\"source\":\"b.bin\",\"reason\":\"binary file: NUL byte at offset 2\"}\n");
  }

  @Test
  void decimals_edgeValues_fourDecimalsNoExponent() {
    assertThat(Decimals.format(0.00004)).isEqualTo("0.0000");
    assertThat(Decimals.format(0.00005)).isEqualTo("0.0001");
    assertThat(Decimals.format(1)).isEqualTo("1.0000");
    assertThat(Decimals.format(-0.25)).isEqualTo("-0.2500");
    assertThat(Decimals.format(12.5)).isEqualTo("12.5000");
  }
}
