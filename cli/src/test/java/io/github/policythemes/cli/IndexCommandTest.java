package io.github.policythemes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code index}, {@code search}, {@code reindex} and {@code trends --index} as a user runs them.
 */
class IndexCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private String archive() {
    return dir.resolve("archive").toString();
  }

  @Test
  void index_samples_reconcilesAndSearchFindsEachLanguage() {
    Cli indexed = Cli.run("index", "--index", archive(), "../seeds/samples");
    assertThat(indexed.exit()).as(indexed.err()).isZero();
    assertThat(indexed.summary())
        .startsWith("policy-themes index: read 15, indexed 15, failed 0, duplicates 0")
        .endsWith("holds 15 articles");

    Cli rail = Cli.run("search", "--index", archive(), "铁路");
    assertThat(rail.exit()).as(rail.err()).isZero();
    assertThat(rail.out())
        .startsWith("1 articles match; 1-1:")
        .contains("zh-02-metro-commuting-rail.txt")
        .contains("«铁路»")
        .contains("themes     metropolitan-integration 1")
        .contains("languages  zh 1");

    Cli budget = Cli.run("search", "--index", archive(), "--lang", "en", "budgets");
    assertThat(budget.out()).contains("en-01-suwon-participatory-budget.txt").contains("«budget");
  }

  @Test
  void search_jsonl_printsHitsThenTheCounts() throws IOException {
    Cli.run("index", "--index", archive(), "../seeds/samples");
    Cli run =
        Cli.run(
            "search",
            "--index",
            archive(),
            "--format",
            "jsonl",
            "--theme",
            "citizen-participation",
            "--sort",
            "score");
    assertThat(run.exit()).as(run.err()).isZero();
    List<String> lines = run.outLines();
    JsonNode summary = JSON.readTree(lines.get(lines.size() - 1));
    assertThat(summary.path("total").asInt()).isEqualTo(lines.size() - 1).isPositive();
    assertThat(summary.path("facets").path("themes").get(0).path("value").asText())
        .isEqualTo("citizen-participation");
    JsonNode first = JSON.readTree(lines.get(0));
    assertThat(first.path("assigned").toString()).contains("citizen-participation");
    assertThat(first.path("snippets").get(0).path("highlights").isArray()).isTrue();
    assertThat(first.path("source").asText()).endsWith(first.path("id").asText());
  }

  @Test
  void index_badRecordsAndResume_keepReadEqualIndexedPlusFailed() throws IOException {
    Path input = dir.resolve("news.jsonl");
    Files.writeString(
        input,
        """
        {"id":"a","text":"Busan, Ulsan and Gyeongnam agree on a special local government.","date":"2024-03-01"}
        {"id":"b","text":
        {"id":"c","text":""}
        {"id":"d","text":"The county raises its local tax to fund rural buses.","date":"2024-04-02"}
        """);
    Path errors = dir.resolve("errors.jsonl");
    Cli first =
        Cli.run("index", "--index", archive(), "--errors", errors.toString(), input.toString());
    assertThat(first.exit()).isEqualTo(Main.PARTIAL);
    assertThat(first.summary()).startsWith("policy-themes index: read 4, indexed 2, failed 2");
    assertThat(Files.readAllLines(errors)).hasSize(2);

    Cli resumed = Cli.run("index", "--index", archive(), "--resume", "--quiet", input.toString());
    assertThat(resumed.summary())
        .startsWith("policy-themes index: read 2, indexed 0, failed 2, duplicates 0, skipped 2")
        .endsWith("holds 2 articles");
  }

  @Test
  void index_classifiedJsonl_indexesClassifyOutput() {
    Path classified = dir.resolve("classified.jsonl");
    Cli classify =
        Cli.run(
            "classify",
            "--keep-text",
            "--format",
            "jsonl",
            "--output",
            classified.toString(),
            "../seeds/samples");
    assertThat(classify.exit()).as(classify.err()).isZero();
    Cli indexed = Cli.run("index", "--index", archive(), "--classified", classified.toString());
    assertThat(indexed.exit()).as(indexed.err()).isZero();
    assertThat(indexed.summary()).startsWith("policy-themes index: read 15, indexed 15, failed 0");
    Cli again = Cli.run("search", "--index", archive(), "--theme", "metropolitan-integration");
    assertThat(again.out()).contains("zh-02-metro-commuting-rail.txt");
  }

  @Test
  void search_monthBoundsAndABadDate() {
    Cli.run("index", "--index", archive(), "--quiet", "../seeds/samples");
    Cli all = Cli.run("search", "--index", archive(), "--format", "jsonl", "--limit", "100");
    Cli none =
        Cli.run("search", "--index", archive(), "--from", "1990", "--to", "1990-12", "--quiet");
    assertThat(all.exit()).as(all.err()).isZero();
    assertThat(none.exit()).as(none.err()).isZero();
    assertThat(none.out()).startsWith("0 articles match");
    Cli bad = Cli.run("search", "--index", archive(), "--to", "last-week");
    assertThat(bad.exit()).isEqualTo(Main.USAGE);
    assertThat(bad.err())
        .contains("--to 'last-week' is not a date: use a year, a month or a day (2024, 2024-03");
  }

  @Test
  void index_otherModel_isAUsageErrorThatNamesReindex() {
    Cli.run("index", "--index", archive(), "--quiet", "../seeds/samples");
    Cli run = Cli.run("index", "--index", archive(), "--model", "keywords", "../seeds/samples");
    assertThat(run.exit()).isEqualTo(Main.USAGE);
    assertThat(run.err()).contains("holds articles classified by model auto").contains("reindex");
  }

  @Test
  void reindex_keywordArchive_classifiesAgainWithTheDefaultModel() {
    Cli.run("index", "--index", archive(), "--model", "keywords", "--quiet", "../seeds/samples");
    Cli run = Cli.run("reindex", "--index", archive(), "--model", "default", "--quiet");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.summary())
        .startsWith("policy-themes reindex: read 15, indexed 15, failed 0")
        .contains("is now classified by auto on regional-governance");
    Cli added = Cli.run("index", "--index", archive(), "--quiet", "../seeds/samples");
    assertThat(added.exit()).as(added.err()).isZero();
    Cli same = Cli.run("reindex", "--index", archive(), "--model", "default");
    assertThat(same.err()).contains("nothing to do");
  }

  @Test
  void search_noIndex_failsWithTheReason() {
    Cli run = Cli.run("search", "--index", dir.resolve("none").toString(), "x");
    assertThat(run.exit()).isEqualTo(Main.FATAL);
    assertThat(run.err()).contains("no such folder");
  }

  @Test
  void trends_index_writesTheSameTablesAsTrendsOnClassifyOutput() throws IOException {
    String[] inputs = {"../seeds/corpus/en-a.jsonl", "../seeds/corpus/zh.jsonl"};
    Path classified = dir.resolve("classified.jsonl");
    Cli classify =
        Cli.run(
            concat(
                new String[] {
                  "classify", "--keep-text", "--format", "jsonl", "--output", classified.toString()
                },
                inputs));
    assertThat(classify.exit()).as(classify.err()).isZero();
    Cli indexed = Cli.run(concat(new String[] {"index", "--index", archive(), "--quiet"}, inputs));
    assertThat(indexed.exit()).as(indexed.err()).isZero();

    Path fromFile = dir.resolve("t-file");
    Path fromIndex = dir.resolve("t-index");
    Cli file =
        Cli.run(
            "trends", "--by", "quarter", classified.toString(), "--output", fromFile.toString());
    Cli index =
        Cli.run(
            "trends", "--by", "quarter", "--index", archive(), "--output", fromIndex.toString());
    assertThat(index.exit()).as(index.err()).isEqualTo(file.exit());
    assertThat(index.out().replace(fromIndex.toString(), "OUT"))
        .isEqualTo(file.out().replace(fromFile.toString(), "OUT"));
    for (String table :
        List.of("counts.csv", "languages.csv", "cooccurrence.csv", "keywords.csv", "skipped.csv")) {
      assertThat(Files.readString(fromIndex.resolve(table)))
          .as(table)
          .isEqualTo(Files.readString(fromFile.resolve(table)));
    }
    assertThat(Files.readString(fromIndex.resolve("counts.csv")).lines().count()).isGreaterThan(50);
  }

  @Test
  void trends_bothFileAndIndex_isAUsageError() {
    Cli run = Cli.run("trends", "--index", archive(), "x.jsonl", "--output", "out");
    assertThat(run.exit()).isEqualTo(Main.USAGE);
    assertThat(run.err()).contains("either a CLASSIFIED.jsonl file or --index DIR");
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
