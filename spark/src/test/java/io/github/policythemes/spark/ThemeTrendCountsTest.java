package io.github.policythemes.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policythemes.trends.Period;
import io.github.policythemes.trends.ThemeSeries;
import io.github.policythemes.trends.ThemeTrends;
import io.github.policythemes.trends.TrendAnalyzer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ThemeTrendCountsTest {
  @TempDir static Path temp;

  /** ClassifyJob's JSONL output on the seed corpus, plus lines that trends skips or counts. */
  private static Path classified;

  /** The same file as Spark reads it. */
  private static Dataset<Row> frame;

  @BeforeAll
  static void classifySeeds() throws IOException {
    Path out = temp.resolve("classified");
    ClassifyJob.run(
        SparkTests.session(),
        ClassifyJobOptions.parse(
            new String[] {
              "--output", out.toString(), "--format", "jsonl", SparkTests.SEEDS.toString()
            }),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    List<String> lines = new ArrayList<>();
    try (Stream<Path> parts = Files.list(out)) {
      for (Path part :
          parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(part));
      }
    }
    assertThat(lines).hasSize(SparkTests.seedRows().size());
    lines.add(
        "{\"id\":\"offset\",\"date\":\"2024-03-01T09:30:00+09:00\",\"assigned\":[\"local-finance\"]}");
    lines.add("{\"id\":\"bad-date\",\"date\":\"not a date\",\"assigned\":[\"local-finance\"]}");
    lines.add("{\"id\":\"no-date\",\"assigned\":[\"local-finance\"]}");
    lines.add("{\"id\":\"later\",\"date\":\"2028-01-05\",\"assigned\":[]}");
    lines.add(
        "{\"id\":\"twice\",\"date\":\"2024-05-05\",\"assigned\":[\"local-finance\",\"local-finance\"]}");
    classified = Files.write(temp.resolve("classified.jsonl"), lines, StandardCharsets.UTF_8);
    frame = SparkTests.session().read().json(classified.toString()).cache();
  }

  @ParameterizedTest
  @EnumSource(Period.class)
  void counts_classifiedSeeds_matchCoreTrendAnalysis(Period period) throws IOException {
    ThemeTrends expected = TrendAnalyzer.builder().period(period).build().analyze(classified);
    List<Row> rows =
        ThemeTrendCounts.builder().period(period.code()).build().counts(frame).collectAsList();

    assertThat(expected.skipped()).isEqualTo(2);
    assertThat(rows).hasSize(expected.periods().size() * expected.themes().size());
    Map<String, Row> byKey = new HashMap<>();
    for (Row row : rows) {
      byKey.put(row.getString(2) + " " + row.getString(0), row);
    }
    List<String> themeOrder = rows.stream().map(r -> r.getString(2)).distinct().toList();
    assertThat(themeOrder).isEqualTo(expected.themes().stream().map(ThemeSeries::themeId).toList());
    for (ThemeSeries theme : expected.themes()) {
      for (int p = 0; p < expected.periods().size(); p++) {
        Row row = byKey.get(theme.themeId() + " " + expected.periods().get(p));
        assertThat(row).as(theme.themeId() + " " + expected.periods().get(p)).isNotNull();
        assertThat(row.getDate(1).toLocalDate()).isEqualTo(expected.periodStarts().get(p));
        assertThat(row.getLong(3)).isEqualTo(theme.counts().get(p).longValue());
        assertThat(row.getLong(5)).isEqualTo(expected.articles().get(p).longValue());
        double share = theme.shares().get(p);
        if (Double.isNaN(share)) {
          assertThat(row.isNullAt(4)).isTrue();
        } else {
          assertThat(row.getDouble(4)).isEqualTo(share);
        }
      }
    }
  }

  @Test
  void counts_transformerOutput_nestedAssignedAndDateColumns() {
    Dataset<Row> classified =
        new ThemeClassifierTransformer()
            .setTitleCol("title")
            .setLangCol("lang")
            .transform(SparkTests.seedFrame(2).selectExpr("*", "to_date(date) AS published"));
    List<Row> rows =
        ThemeTrendCounts.builder()
            .period("year")
            .dateCol("published")
            .assignedCol("themes.assigned")
            .build()
            .counts(classified)
            .collectAsList();
    assertThat(rows).extracting(r -> r.getString(0)).contains("2023", "2026");
    long articles =
        rows.stream()
            .filter(r -> r.getString(2).equals(rows.get(0).getString(2)))
            .mapToLong(r -> r.getLong(5))
            .sum();
    assertThat(articles).isEqualTo(SparkTests.seedRows().size());
  }

  @Test
  void builder_badPeriodOrTwice_fails() {
    assertThatThrownBy(() -> ThemeTrendCounts.builder().period("day"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("use week, month, quarter or year");
    assertThatThrownBy(() -> ThemeTrendCounts.builder().period("week").period("year"))
        .isInstanceOf(IllegalStateException.class);
  }
}
