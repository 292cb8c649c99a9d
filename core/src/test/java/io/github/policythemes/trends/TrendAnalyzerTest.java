package io.github.policythemes.trends;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policythemes.article.ReadOptions;
import io.github.policythemes.article.RecordSource;
import io.github.policythemes.keywords.KeyTerm;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrendAnalyzerTest {
  /** Nine records (one blank line between), four of them unusable. */
  static final String CLASSIFIED =
      """
      {"id":"a1","lang":"en","date":"2024-01-05","assigned":["local-finance"],"themes":[{"id":"local-finance","label":"Local finance","score":0.91,"assigned":true}],"title":"County budget","text":"The county budget raises the local tax share and the grant for roads."}
      {"id":"a2","lang":"ko","date":"2024-01-20","assigned":["local-finance","decentralization"],"themes":[{"id":"decentralization","label":"Decentralization","score":0.7,"assigned":true}],"title":"","text":"지방재정 확충과 지방분권 특별법 개정 논의가 이어졌다."}
      {"id":"a3","lang":"en","date":"2024-02-02T09:30:00+09:00","assigned":["decentralization"],"title":"Powers move","text":"The special act hands powers over land use to the province."}

      {"id":"a4","lang":"en","date":"2024-04-11","assigned":["decentralization","local-finance"],"title":"Tax powers","text":"Provinces ask for tax powers and a larger grant as decentralization goes on."}
      {"id":"a5","lang":"en","date":"2024-04-30","assigned":[],"title":"Weather","text":"Rain is expected over the weekend."}
      {"id":"b1","lang":"en","date":"2024-13-01","assigned":["local-finance"]}
      {"id":"b2","lang":"en","assigned":["local-finance"]}
      {"id":"b3","lang":"en","date":"2024-01-07","themes":[]}
      not json at all
      """;

  private static ThemeTrends analyze(Period period) throws IOException {
    return analyze(TrendAnalyzer.builder().period(period).build(), CLASSIFIED, "hand-made.jsonl");
  }

  /** Reads JSONL text as the trends command does. */
  static ThemeTrends analyze(TrendAnalyzer analyzer, String jsonl, String source)
      throws IOException {
    ReadOptions options = TrendAnalyzer.readOptions(TrendAnalyzer.DEFAULT_ASSIGNED_FIELD).build();
    InputStream in = new ByteArrayInputStream(jsonl.getBytes(UTF_8));
    return analyzer.analyze(RecordSource.stream(in, source, options), source);
  }

  @Test
  void analyze_handMadeFile_givesExactlyTheExpectedCounts() throws IOException {
    ThemeTrends trends = analyze(Period.MONTH);
    assertThat(trends.linesRead()).isEqualTo(9);
    assertThat(trends.used()).isEqualTo(5);
    assertThat(trends.skipped()).isEqualTo(4);
    assertThat(trends.periods()).containsExactly("2024-01", "2024-02", "2024-03", "2024-04");
    assertThat(trends.articles()).containsExactly(2, 1, 0, 2);
    // Both themes have three articles: the tie is broken by id.
    assertThat(trends.themes())
        .extracting(ThemeSeries::themeId)
        .containsExactly("decentralization", "local-finance");
    ThemeSeries finance = trends.themes().get(1);
    assertThat(finance.counts()).containsExactly(2, 0, 0, 1);
    assertThat(finance.total()).isEqualTo(3);
    assertThat(finance.label()).isEqualTo("Local finance");
    assertThat(finance.shares().get(0)).isEqualTo(1.0);
    assertThat(finance.shares().get(2)).isNaN();
    assertThat(finance.shares().get(3)).isEqualTo(0.5);
    ThemeSeries decentralization = trends.themes().get(0);
    assertThat(decentralization.counts()).containsExactly(1, 1, 0, 1);
    assertThat(trends.coOccurrence("local-finance", "decentralization")).isEqualTo(2);
    assertThat(trends.coOccurrence("decentralization", "local-finance")).isEqualTo(2);
    assertThat(trends.coOccurrence("local-finance", "local-finance")).isEqualTo(3);
    assertThat(trends.languages().get("ko").articles()).containsExactly(1, 0, 0, 0);
    assertThat(trends.languages().get("en").articles()).containsExactly(1, 1, 0, 2);
    assertThat(trends.languages().get("en").themeCounts().get("local-finance"))
        .containsExactly(1, 0, 0, 1);
  }

  @Test
  void analyze_badLines_areSkippedWithTheirLineNumberAndReason() throws IOException {
    ThemeTrends trends = analyze(Period.MONTH);
    assertThat(trends.skippedLines())
        .extracting(e -> "line " + e.line() + " (" + e.id() + "): " + e.reason())
        .containsExactly(
            "line 7 (b1): invalid date '2024-13-01': expected a date such as 2024-01-05, 2024.01.05, 2024년 1월 5일 or 2024年1月5日 (others need a date pattern)",
            "line 8 (b2): no date: cannot place it in a period",
            "line 9 (b3): no labels (looked for assigned)",
            "line 10 (null): malformed JSON: Unrecognized token 'not': was expecting"
                + " (JSON String, Number, Array, Object or token 'null', 'true' or 'false')"
                + " (column 1)");
  }

  @Test
  void analyze_emptyPeriodAndUnassigned_areNoted() throws IOException {
    ThemeTrends trends = analyze(Period.MONTH);
    assertThat(trends.notes())
        .anySatisfy(n -> assertThat(n).startsWith("1 month has no articles: 2024-03"))
        .anySatisfy(n -> assertThat(n).startsWith("1 articles had no theme assigned"))
        .anySatisfy(n -> assertThat(n).startsWith("4 of 9 records were skipped"));
  }

  @Test
  void analyze_byQuarterAndYear_bucketsTheSameRecords() throws IOException {
    ThemeTrends quarters = analyze(Period.QUARTER);
    assertThat(quarters.periods()).containsExactly("2024-Q1", "2024-Q2");
    assertThat(quarters.articles()).containsExactly(3, 2);
    ThemeTrends years = analyze(Period.YEAR);
    assertThat(years.periods()).containsExactly("2024");
    assertThat(years.themes()).allSatisfy(t -> assertThat(t.counts()).containsExactly(3));
    assertThat(years.themes().get(0).trend().direction()).isEqualTo(TrendFlag.Direction.UNTESTED);
  }

  @Test
  void analyze_withText_findsDistinctiveKeywordsPerThemeAndPeriod() throws IOException {
    ThemeTrends trends = analyze(Period.MONTH);
    assertThat(trends.textPresent()).isTrue();
    assertThat(trends.keywords().get("local-finance")).extracting(KeyTerm::term).contains("grant");
    assertThat(trends.keywordsByPeriod().get("decentralization")).containsKey("2024-04");
  }

  @Test
  void analyze_withoutText_saysSo() throws IOException {
    String noText =
        """
        {"id":"x","date":"2024-01-01","assigned":["a"]}
        {"id":"y","date":"2024-02-01","assigned":["a","b"]}
        """;
    ThemeTrends trends = analyze(TrendAnalyzer.builder().build(), noText, "t");
    assertThat(trends.textPresent()).isFalse();
    assertThat(trends.keywords()).isEmpty();
    assertThat(trends.notes()).anySatisfy(n -> assertThat(n).contains("--keep-text"));
    assertThat(trends.languages()).containsKey("und");
  }

  @Test
  void analyze_emptyInput_givesNoPeriodsAndANote() throws IOException {
    ThemeTrends trends = analyze(TrendAnalyzer.builder().build(), "", "empty");
    assertThat(trends.periods()).isEmpty();
    assertThat(trends.themes()).isEmpty();
    assertThat(trends.notes()).anySatisfy(n -> assertThat(n).startsWith("no usable records"));
  }

  @Test
  void analyze_risingTheme_isFlaggedRising() throws IOException {
    StringBuilder jsonl = new StringBuilder();
    for (int month = 1; month <= 8; month++) {
      for (int i = 0; i < 10; i++) {
        String theme = i < month ? "rising" : "other";
        jsonl.append(
            String.format(
                "{\"id\":\"%d-%d\",\"date\":\"2024-%02d-10\",\"assigned\":[\"%s\"]}%n",
                month, i, month, theme));
      }
    }
    ThemeTrends trends = analyze(TrendAnalyzer.builder().build(), jsonl.toString(), "t");
    assertThat(trends.themes())
        .filteredOn(t -> t.themeId().equals("rising"))
        .singleElement()
        .satisfies(t -> assertThat(t.trend().direction()).isEqualTo(TrendFlag.Direction.RISING));
    assertThat(trends.themes())
        .filteredOn(t -> t.themeId().equals("other"))
        .singleElement()
        .satisfies(t -> assertThat(t.trend().direction()).isEqualTo(TrendFlag.Direction.FALLING));
  }

  @Test
  void analyze_countsRiseWhileTheShareFalls_isFlaggedFallingOnTheShare() throws IOException {
    // the theme's articles grow from 5 to 12 a month while all articles grow from 10 to 80
    StringBuilder jsonl = new StringBuilder();
    for (int month = 1; month <= 8; month++) {
      for (int i = 0; i < 10 * month; i++) {
        String theme = i < 4 + month ? "growing-count" : "other";
        jsonl.append(
            String.format(
                "{\"id\":\"%d-%d\",\"date\":\"2024-%02d-%02d\",\"assigned\":[\"%s\"]}%n",
                month, i, month, 1 + i % 28, theme));
      }
    }
    ThemeTrends trends = analyze(TrendAnalyzer.builder().build(), jsonl.toString(), "t");
    ThemeSeries theme =
        trends.themes().stream()
            .filter(t -> t.themeId().equals("growing-count"))
            .findFirst()
            .orElseThrow();
    assertThat(theme.counts()).containsExactly(5, 6, 7, 8, 9, 10, 11, 12);
    assertThat(theme.trend().direction()).isEqualTo(TrendFlag.Direction.FALLING);
    assertThat(theme.trend().slope()).isNegative();
    assertThat(theme.shares().get(0)).isEqualTo(0.5);
    assertThat(theme.shares().get(7)).isEqualTo(0.15);
  }

  @Test
  void analyze_dataEndingBeforeTheLastPeriodEnds_marksItPartial() throws IOException {
    assertThat(analyze(Period.MONTH).lastPeriodPartial()).isFalse(); // ends 2024-04-30
    ThemeTrends quarters = analyze(Period.QUARTER);
    assertThat(quarters.lastDate()).isEqualTo("2024-04-30");
    assertThat(quarters.firstDate()).isEqualTo("2024-01-05");
    assertThat(quarters.lastPeriodPartial()).isTrue();
    assertThat(quarters.lastPeriodEnd()).isEqualTo("2024-06-30");
    assertThat(quarters.notes())
        .anyMatch(n -> n.startsWith("2024-Q2 is partial: the latest article is dated 2024-04-30"));
    assertThat(TrendReport.json(quarters).path("periods").get(1).path("partial").asBoolean())
        .isTrue();
  }

  @Test
  void analyze_lineThatIsNotUtf8_isSkippedNamingTheFileAndByte(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("latin1.jsonl");
    byte[] good = "{\"id\":\"a\",\"date\":\"2024-01-01\",\"assigned\":[]}\n".getBytes(UTF_8);
    byte[] bad = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xE9, '"', '}', '\n'};
    Files.write(file, concat(good, bad));
    ThemeTrends trends = TrendAnalyzer.builder().build().analyze(file);
    assertThat(trends.used()).isEqualTo(1);
    assertThat(trends.skippedLines())
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.position() + ": " + e.reason())
                    .isEqualTo(file + ":2: invalid UTF-8 at byte 52"));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  @Test
  void builder_badValues_areRejected() {
    assertThatThrownBy(() -> TrendAnalyzer.builder().topKeywords(0))
        .isInstanceOf(IllegalArgumentException.class);
    TrendAnalyzer.Builder builder = TrendAnalyzer.builder().period(Period.WEEK);
    assertThatThrownBy(() -> builder.period(Period.YEAR)).isInstanceOf(IllegalStateException.class);
    assertThat(List.of(Period.values())).hasSize(4);
  }
}
