package io.github.policythemes.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policythemes.analysis.Chain;
import io.github.policythemes.analysis.Language;
import io.github.policythemes.analysis.TextAnalyzer;
import io.github.policythemes.analysis.Token;
import io.github.policythemes.analysis.TopicTerms;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class ThemeTermsTransformerTest {
  private static final StructType SCHEMA =
      new StructType().add("text", DataTypes.StringType).add("lang", DataTypes.StringType);

  @Test
  void transform_everyChainUnfiltered_isCoreAnalyzersTerms() {
    List<Row> seeds = SparkTests.seedRows();
    List<Row> sample = List.of(seeds.get(3), seeds.get(600), seeds.get(1100));
    Dataset<Row> frame =
        SparkTests.session()
            .createDataFrame(
                sample.stream()
                    .map(r -> RowFactory.create(r.getString(2), r.getString(3)))
                    .toList(),
                SCHEMA);
    for (Chain chain : Chain.values()) {
      List<Row> out =
          new ThemeTermsTransformer()
              .setChain(chain.name().toLowerCase(java.util.Locale.ROOT))
              .setLangCol("lang")
              .setForTopics(false)
              .transform(frame)
              .select("terms")
              .collectAsList();
      for (int i = 0; i < sample.size(); i++) {
        Language language = Language.fromCode(sample.get(i).getString(3));
        List<String> expected =
            TextAnalyzer.forLanguage(language).tokens(sample.get(i).getString(2), chain).stream()
                .map(Token::term)
                .toList();
        assertThat(expected).isNotEmpty();
        assertThat(out.get(i).<String>getList(0)).as(chain + " " + language).isEqualTo(expected);
      }
    }
  }

  @Test
  void transform_forTopics_keepsCompoundsWholeDropsNumbersAndSingleLetters() {
    Dataset<Row> frame =
        SparkTests.session()
            .createDataFrame(
                List.of(
                    RowFactory.create("주민참여예산 확대를 요구하며 시민들이 모였다", "ko"),
                    RowFactory.create(
                        "In 2024 the county's plan B budget rose by 12 percent", null),
                    RowFactory.create(null, null)),
                SCHEMA);
    List<Row> out = new ThemeTermsTransformer().transform(frame).select("terms").collectAsList();

    assertThat(out.get(0).<String>getList(0)).containsExactly("주민참여예산", "확대", "요구", "시민");
    assertThat(out.get(1).<String>getList(0))
        .containsExactly("county", "plan", "budget", "rose", "percent");
    assertThat(out.get(2).<String>getList(0)).isEmpty();
  }

  @Test
  void transform_nounsForTopics_isCoreTopicTerms() {
    List<Row> seeds = SparkTests.seedRows().subList(0, 400);
    Dataset<Row> frame =
        SparkTests.session()
            .createDataFrame(
                seeds.stream().map(r -> RowFactory.create(r.getString(2), r.getString(3))).toList(),
                SCHEMA);
    List<Row> out =
        new ThemeTermsTransformer()
            .setLangCol("lang")
            .transform(frame)
            .select("terms")
            .collectAsList();
    for (int i = 0; i < seeds.size(); i++) {
      List<String> expected = new java.util.ArrayList<>();
      TopicTerms.analyze(
          seeds.get(i).getString(2),
          Language.fromCode(seeds.get(i).getString(3)),
          (term, start, end) -> expected.add(term));
      assertThat(out.get(i).<String>getList(0)).isEqualTo(expected);
    }
  }

  @Test
  void transformSchema_nonStringInput_failsNamingTheColumn() {
    StructType schema = new StructType().add("text", DataTypes.IntegerType);
    assertThatThrownBy(() -> new ThemeTermsTransformer().transformSchema(schema))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column 'text' is int, not a string");
    assertThatThrownBy(() -> new ThemeTermsTransformer().setChain("letters"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void terms_countPerDocument_onePerInputRow() {
    Dataset<Row> terms = new ThemeTermsTransformer().transform(SparkTests.seedFrame(2));
    assertThat(terms.count()).isEqualTo(SparkTests.seedRows().size());
    assertThat(terms.filter(functionsSize(col("terms"))).count()).isZero();
  }

  private static org.apache.spark.sql.Column functionsSize(org.apache.spark.sql.Column terms) {
    return org.apache.spark.sql.functions.size(terms).equalTo(0);
  }
}
