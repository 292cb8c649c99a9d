package io.github.policythemes.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The Java snippet of README.md's "Beyond one machine", as written there (paths from spark/). */
class ReadmeSnippetTest {
  @Test
  void readmeJavaSnippet_runsAsWritten() {
    SparkSession spark = SparkTests.session();
    // --- README snippet ---
    Dataset<Row> articles = spark.read().json("../seeds/corpus"); // id, title, text, lang, date
    Dataset<Row> classified =
        new ThemeClassifierTransformer() // modelPath "default": the bundled model
            .setInputCol("text")
            .setTitleCol("title")
            .setLangCol("lang")
            .setOutputCol("themes")
            .transform(articles)
            .cache(); // classified once for everything below
    classified.select(col("id"), col("themes.assigned")).show(5, false);
    long failed = classified.filter(col("themes.error").isNotNull()).count();
    Dataset<Row> quarters =
        ThemeTrendCounts.builder()
            .period("quarter")
            .assignedCol("themes.assigned")
            .build()
            .counts(classified); // period, period_start, theme, count, share, articles
    quarters.show(5);
    // --- end ---
    assertThat(failed).isZero();
    assertThat(quarters.count()).isEqualTo(16 * 10);
  }
}
