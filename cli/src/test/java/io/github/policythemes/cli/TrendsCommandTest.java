package io.github.policythemes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrendsCommandTest {
  @TempDir Path dir;

  @Test
  void trends_classifiedFileWithBadLines_writesTheReportAndExitsPartial() throws IOException {
    Path input = dir.resolve("classified.jsonl");
    Files.writeString(
        input,
        """
        {"id":"a","lang":"en","date":"2024-01-03","assigned":["housing"],"themes":[{"id":"housing","label":"Housing","score":0.8,"assigned":true}]}
        {"id":"b","lang":"en","date":"2024-02-03","assigned":["housing","transport"]}
        {"id":"c","lang":"en","date":"not a date","assigned":["transport"]}
        """);
    Path output = dir.resolve("out");
    Cli run = Cli.run("trends", "--by", "month", input.toString(), "--output", output.toString());
    assertThat(run.exit()).isEqualTo(Main.PARTIAL);
    assertThat(run.out())
        .startsWith("2 of 3 records counted (1 skipped), 2 months from 2024-01 to 2024-02");
    assertThat(run.err())
        .contains("policy-themes: " + input + ":3 (c): invalid date 'not a date'")
        .contains("policy-themes: note: the records carry no title or text");
    for (String file :
        new String[] {
          "report.html",
          "counts.csv",
          "trends.json",
          "shares.svg",
          "shares.png",
          "cooccurrence.svg",
          "keywords.png",
          "skipped.csv"
        }) {
      assertThat(output.resolve(file)).exists();
    }
  }

  @Test
  void trends_labelledSeedCorpus_countsEveryRecordByQuarter() {
    Path output = dir.resolve("seeds");
    Cli run =
        Cli.run(
            "trends",
            "--by",
            "quarter",
            "--assigned-field",
            "labels",
            "../seeds/corpus/en-a.jsonl",
            "--output",
            output.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("records counted (0 skipped)");
    assertThat(output.resolve("report.html")).exists();
  }

  @Test
  void trends_fromStdin_readsTheRecords() {
    Cli run =
        Cli.runWithStdin(
            "{\"id\":\"a\",\"date\":\"2024-05-01\",\"assigned\":[\"housing\"]}\n",
            "trends",
            "-",
            "--output",
            dir.resolve("stdin").toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("1 of 1 records counted (0 skipped), 1 months from 2024-05");
  }

  @Test
  void trends_unknownPeriodOrMissingFile_isAUsageError() {
    assertThat(Cli.run("trends", "--by", "day", "x.jsonl", "--output", "o").exit())
        .isEqualTo(Main.USAGE);
    Cli missing = Cli.run("trends", "missing.jsonl", "--output", dir.toString());
    assertThat(missing.exit()).isEqualTo(Main.USAGE);
    assertThat(missing.err()).contains("no such file: missing.jsonl");
  }

  @Test
  void trends_yearOutsideTheWindow_skippedAsAnErrorAndACapNamed() throws IOException {
    Path input = dir.resolve("classified.jsonl");
    Files.writeString(
        input,
        """
        {"id":"a","lang":"en","date":"2024-01-03","assigned":["housing"]}
        {"id":"typo","lang":"en","date":"0203-01-01","assigned":["housing"]}
        """);
    Path output = dir.resolve("out");

    Cli run = Cli.run("trends", "--by", "week", input.toString(), "--output", output.toString());

    assertThat(run.exit()).isEqualTo(Main.PARTIAL);
    assertThat(run.out()).startsWith("1 of 2 records counted (1 skipped), 1 weeks");
    assertThat(run.err()).contains("(typo): date 0203-01-01 is outside the years 1900 to 2200");

    Cli capped =
        Cli.run(
            "trends",
            "--by",
            "week",
            "--min-year",
            "1",
            "--max-periods",
            "100",
            input.toString(),
            "--output",
            dir.resolve("out2").toString());
    assertThat(capped.exit()).isEqualTo(Main.USAGE);
    assertThat(capped.errLines())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("more than the 100 periods allowed");
  }
}
