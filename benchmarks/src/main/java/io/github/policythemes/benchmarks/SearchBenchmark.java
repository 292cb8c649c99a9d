package io.github.policythemes.benchmarks;

import io.github.policythemes.index.SearchResult;
import io.github.policythemes.index.SortOrder;
import io.github.policythemes.index.ThemeIndex;
import io.github.policythemes.index.ThemeQuery;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Query latency on an archive of {@code articles} articles (the seed corpus repeated, built by
 * {@link ArchiveBuild} into {@code index} when that folder holds no archive of that size): one
 * operation is one {@link ThemeIndex#search}, the first page of 10 hits with 2 highlighted passages
 * each, the exact total, and facet and trend counts over every match. Sample mode, so JMH reports
 * p50, p90, p99 of the latency. Queries cycle through 16 inputs: words in Korean, English and
 * Chinese, a theme and a year.
 *
 * <ul>
 *   <li>{@code TEXT_THEME_DATE}: words, one theme, one year, by relevance (the archive's typical
 *       question);
 *   <li>{@code TEXT}: the words alone;
 *   <li>{@code THEME_DATE_NEWEST}: a theme and a year, newest first, no words.
 * </ul>
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar SearchBenchmark
 * java -jar benchmarks/target/benchmarks.jar SearchBenchmark -p query=TEXT_THEME_DATE -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class SearchBenchmark {
  /** What the queries ask. */
  public enum Query {
    /** Words, a theme and a year, by relevance. */
    TEXT_THEME_DATE,
    /** Words alone, by relevance. */
    TEXT,
    /** A theme and a year, newest first. */
    THEME_DATE_NEWEST
  }

  private static final List<String> WORDS =
      List.of(
          "메가시티",
          "지방소멸",
          "특별자치도",
          "주민참여예산",
          "고향사랑기부",
          "councils budget",
          "merger",
          "depopulation",
          "\"local government\"",
          "rail",
          "铁路",
          "财政",
          "乡村振兴",
          "人口",
          "合作",
          "regional economy");

  private static final List<String> THEMES =
      List.of(
          "metropolitan-integration",
          "lagging-regions",
          "decentralization",
          "citizen-participation",
          "local-finance",
          "local-finance",
          "metropolitan-integration",
          "lagging-regions",
          "decentralization",
          "metropolitan-integration",
          "metropolitan-integration",
          "local-finance",
          "balanced-development",
          "lagging-regions",
          "intergovernmental-cooperation",
          "regional-economy");

  private static final int MASK = 15;

  /** What the queries ask. */
  @Param({"TEXT_THEME_DATE", "TEXT", "THEME_DATE_NEWEST"})
  public Query query;

  /** Articles in the archive. */
  @Param("100000")
  public int articles;

  /** The archive folder, relative to where the benchmark runs; built when it holds no archive. */
  @Param("benchmarks/target/archive-100k")
  public String index;

  /** The folder with the seed corpus, relative to where the benchmark runs. */
  @Param("seeds/corpus")
  public String seeds;

  private ThemeIndex archive;
  private ThemeQuery[] queries;
  private int next;

  /**
   * Opens the archive (building it first when needed) and makes the queries.
   *
   * @throws IOException if the archive cannot be built or read
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path folder = Path.of(index);
    if (!Files.isDirectory(folder) || size(folder) != articles) {
      System.out.println("building the archive of " + articles + " articles in " + folder);
      ArchiveBuild.build(articles, folder, Path.of(seeds));
    }
    archive = ThemeIndex.openReadOnly(folder);
    queries = new ThemeQuery[MASK + 1];
    for (int i = 0; i <= MASK; i++) {
      int year = 2023 + i % 4;
      ThemeQuery.Builder q = ThemeQuery.builder();
      if (query != Query.THEME_DATE_NEWEST) {
        q.text(WORDS.get(i));
      }
      if (query != Query.TEXT) {
        q.themes(THEMES.get(i)).from(LocalDate.of(year, 1, 1)).to(LocalDate.of(year, 12, 31));
      }
      if (query == Query.THEME_DATE_NEWEST) {
        q.sort(SortOrder.NEWEST);
      }
      queries[i] = q.build();
    }
  }

  private static long size(Path folder) {
    try (ThemeIndex existing = ThemeIndex.openReadOnly(folder)) {
      return existing.size();
    } catch (IOException e) {
      return -1;
    }
  }

  /**
   * Closes the archive (it stays on disk for the next run).
   *
   * @throws IOException if it cannot be closed
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    archive.close();
  }

  /**
   * Runs one search.
   *
   * @return the result
   * @throws IOException if the archive cannot be read
   */
  @Benchmark
  public SearchResult search() throws IOException {
    return archive.search(queries[next++ & MASK]);
  }
}
