package io.github.policythemes.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policythemes.analysis.Language;
import io.github.policythemes.article.Article;
import io.github.policythemes.classify.Classification;
import io.github.policythemes.classify.Explanation;
import io.github.policythemes.classify.ThemeClassifier;
import io.github.policythemes.classify.ThemeEvidence;
import io.github.policythemes.classify.ThemeScore;
import io.github.policythemes.taxonomy.Taxonomy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.feature.SQLTransformer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeClassifierTransformerTest {
  @TempDir Path temp;

  @Test
  void transform_seedCorpus_equalsCoreClassifierScoreForScore() {
    List<Row> rows = SparkTests.seedRows();
    Dataset<Row> out =
        new ThemeClassifierTransformer()
            .setTitleCol("title")
            .setLangCol("lang")
            .transform(SparkTests.seedFrame(3));

    Map<String, Row> byId = new HashMap<>();
    for (Row row : out.select(col("id"), col("themes")).collectAsList()) {
      byId.put(row.getString(0), row.getStruct(1));
    }
    assertThat(byId).hasSize(rows.size());
    ThemeClassifier classifier = ThemeClassifier.defaultModel();
    for (Row seed : rows) {
      Classification expected = classifier.classify(article(seed));
      Row actual = byId.get(seed.getString(0));
      assertThat(actual.isNullAt(actual.fieldIndex("error"))).isTrue();
      assertThat(actual.getString(actual.fieldIndex("lang"))).isEqualTo(expected.language().code());
      assertThat(themes(actual)).as(seed.getString(0)).isEqualTo(expected.scores());
      assertThat(actual.<String>getList(actual.fieldIndex("assigned")))
          .isEqualTo(expected.assignedIds());
    }
  }

  @Test
  void transform_keywordsModel_equalsCoreKeywordClassifier() {
    List<Row> rows = SparkTests.seedRows().subList(0, 200);
    Dataset<Row> frame = SparkTests.session().createDataFrame(rows, SparkTests.SEED_SCHEMA);
    List<Row> out =
        new ThemeClassifierTransformer()
            .setModelPath("keywords:cap-major-topics")
            .setTitleCol("title")
            .setOutputCol("cap")
            .transform(frame)
            .select("id", "cap")
            .collectAsList();

    ThemeClassifier keywords = ThemeClassifier.keywords(Taxonomy.builtIn("cap-major-topics"));
    assertThat(out).hasSize(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Row seed = rows.get(i);
      Article article = new Article("", seed.getString(1), seed.getString(2), null, null);
      assertThat(out.get(i).getString(0)).isEqualTo(seed.getString(0));
      assertThat(themes(out.get(i).getStruct(1))).isEqualTo(keywords.classify(article).scores());
    }
  }

  @Test
  void transform_explainTopKMinScore_evidenceOfCoreAndShorterLists() {
    List<Row> rows = SparkTests.seedRows().subList(250, 300);
    Dataset<Row> frame = SparkTests.session().createDataFrame(rows, SparkTests.SEED_SCHEMA);
    List<Row> out =
        new ThemeClassifierTransformer()
            .setTitleCol("title")
            .setLangCol("lang")
            .setExplain(true)
            .setTopK(3)
            .setMinScore(0.05)
            .transform(frame)
            .select("themes")
            .collectAsList();

    ThemeClassifier classifier = ThemeClassifier.defaultModel();
    int explained = 0;
    for (int i = 0; i < rows.size(); i++) {
      Explanation expected = classifier.explain(article(rows.get(i)));
      Row result = out.get(i).getStruct(0);
      List<ThemeScore> listed = themes(result);
      assertThat(listed)
          .isEqualTo(
              expected.classification().scores().stream()
                  .limit(3)
                  .filter(s -> s.score() >= 0.05)
                  .toList());
      assertThat(result.<String>getList(result.fieldIndex("assigned")))
          .isEqualTo(expected.classification().assignedIds());
      List<Row> evidence = result.getList(result.fieldIndex("explanation"));
      assertThat(evidence).hasSize(expected.themes().size());
      for (int t = 0; t < evidence.size(); t++) {
        ThemeEvidence theme = expected.themes().get(t);
        Row row = evidence.get(t);
        assertThat(row.getString(0)).isEqualTo(theme.themeId());
        List<Row> terms = row.getList(3);
        assertThat(terms).hasSize(theme.terms().size());
        for (int k = 0; k < terms.size(); k++) {
          assertThat(terms.get(k).getString(0)).isEqualTo(theme.terms().get(k).term());
          assertThat(terms.get(k).getDouble(1)).isEqualTo(theme.terms().get(k).contribution());
        }
        List<Row> sentences = row.getList(4);
        assertThat(sentences).hasSize(theme.sentences().size());
        for (int k = 0; k < sentences.size(); k++) {
          assertThat(sentences.get(k).getString(0)).isEqualTo(theme.sentences().get(k).text());
          assertThat(sentences.get(k).getInt(1)).isEqualTo(theme.sentences().get(k).start());
        }
        explained++;
      }
    }
    assertThat(explained).as("some seed articles have assigned themes").isGreaterThan(20);
  }

  @Test
  void transform_badRows_keepTheirPlaceWithAnError() {
    StructType schema =
        new StructType()
            .add("id", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("lang", DataTypes.StringType);
    String good = SparkTests.seedRows().get(1).getString(2);
    List<Row> rows =
        List.of(
            RowFactory.create("ok", good, "en"),
            RowFactory.create("null", null, null),
            RowFactory.create("empty", "", null),
            RowFactory.create("blank", " \n\t ", null),
            RowFactory.create("long", "x".repeat(2000), null),
            RowFactory.create("bad-lang", good, "english!"),
            RowFactory.create("auto", good, "auto"));
    List<Row> out =
        new ThemeClassifierTransformer()
            .setLangCol("lang")
            .setMaxTextLength(1500)
            .transform(SparkTests.session().createDataFrame(rows, schema).repartition(2))
            .select(col("id"), col("themes.error"), col("themes.themes"), col("themes.assigned"))
            .collectAsList();

    Map<String, String> errors = new HashMap<>();
    for (Row row : out) {
      errors.put(row.getString(0), row.getString(1));
      if (row.getString(1) != null) {
        assertThat(row.getList(2)).isEmpty();
        assertThat(row.getList(3)).isEmpty();
      } else {
        assertThat(row.getList(2)).hasSize(10);
      }
    }
    assertThat(out).hasSize(rows.size());
    assertThat(errors.get("ok")).isNull();
    assertThat(errors.get("auto")).isNull();
    assertThat(errors.get("null")).isEqualTo("text is null");
    assertThat(errors.get("empty")).isEqualTo("empty text");
    assertThat(errors.get("blank")).isEqualTo("empty text");
    assertThat(errors.get("long"))
        .isEqualTo("text of 2000 characters is longer than maxTextLength (1500)");
    assertThat(errors.get("bad-lang")).isEqualTo("invalid lang 'english!'");
  }

  @Test
  void transform_nonStringText_errorOnEveryRowNoneLost() {
    StructType schema =
        new StructType().add("id", DataTypes.StringType).add("body", DataTypes.IntegerType);
    List<Row> rows =
        List.of(RowFactory.create("a", 1), RowFactory.create("b", null), RowFactory.create("c", 3));
    Dataset<Row> out =
        new ThemeClassifierTransformer()
            .setInputCol("body")
            .transform(SparkTests.session().createDataFrame(rows, schema));

    assertThat(out.count()).isEqualTo(3);
    assertThat(out.filter(col("themes.error").isNull()).count()).isZero();
    assertThat(
            out.filter(col("themes.error").equalTo("column 'body' is int, not a string")).count())
        .isEqualTo(2);
    assertThat(out.filter(col("themes.error").equalTo("text is null")).count()).isEqualTo(1);
  }

  @Test
  void transformSchema_missingColumnOrTakenOutput_failsNamingIt() {
    StructType schema = SparkTests.SEED_SCHEMA;
    assertThatThrownBy(
            () -> new ThemeClassifierTransformer().setInputCol("body").transformSchema(schema))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("inputCol 'body' is not a column");
    assertThatThrownBy(
            () -> new ThemeClassifierTransformer().setOutputCol("title").transformSchema(schema))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outputCol 'title' already exists");
    assertThatThrownBy(() -> new ThemeClassifierTransformer().setTopK(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void transform_missingModelFile_failsOnTheDriverNamingIt() {
    Dataset<Row> frame =
        SparkTests.session()
            .createDataFrame(SparkTests.seedRows().subList(0, 2), SparkTests.SEED_SCHEMA);
    String missing = temp.resolve("nope.ptm").toString();
    assertThatThrownBy(
            () -> new ThemeClassifierTransformer().setModelPath(missing).transform(frame))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(missing);
  }

  @Test
  void pipelineModel_saveAndLoad_givesTheSameResults() throws IOException {
    Dataset<Row> frame = SparkTests.seedFrame(2).limit(120);
    Pipeline pipeline =
        new Pipeline()
            .setStages(
                new PipelineStage[] {
                  new SQLTransformer().setStatement("SELECT id, title, text, lang FROM __THIS__"),
                  new ThemeClassifierTransformer()
                      .setTitleCol("title")
                      .setLangCol("lang")
                      .setOutputCol("result")
                      .setTopK(4)
                      .setExplain(true)
                });
    PipelineModel model = pipeline.fit(frame);
    Path saved = temp.resolve("pipeline");
    model.write().save(saved.toString());
    PipelineModel loaded = PipelineModel.load(saved.toString());

    ThemeClassifierTransformer stage = (ThemeClassifierTransformer) loaded.stages()[1];
    assertThat(stage.getOutputCol()).isEqualTo("result");
    assertThat(stage.getTopK()).isEqualTo(4);
    assertThat(stage.getExplain()).isTrue();
    assertThat(stage.getModelPath()).isEqualTo("default");
    Dataset<Row> fixed = frame.cache();
    List<Row> before = model.transform(fixed).orderBy("id").collectAsList();
    List<Row> after = loaded.transform(fixed).orderBy("id").collectAsList();
    assertThat(after).hasSize(before.size()).isEqualTo(before);
    assertThat(before.get(0).getStruct(4).getList(1)).hasSize(4);
  }

  @Test
  void transformerSaveAndLoad_keepsEveryParam() {
    ThemeClassifierTransformer original =
        new ThemeClassifierTransformer()
            .setInputCol("body")
            .setTitleCol("headline")
            .setLangCol("language")
            .setModelPath("keywords:cap-major-topics")
            .setMinScore(0.25)
            .setMaxTextLength(10_000);
    String path = temp.resolve("transformer").toString();
    try {
      original.write().save(path);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    ThemeClassifierTransformer loaded = ThemeClassifierTransformer.load(path);
    assertThat(loaded.uid()).isEqualTo(original.uid());
    assertThat(loaded.getInputCol()).isEqualTo("body");
    assertThat(loaded.getTitleCol()).isEqualTo("headline");
    assertThat(loaded.getLangCol()).isEqualTo("language");
    assertThat(loaded.getModelPath()).isEqualTo("keywords:cap-major-topics");
    assertThat(loaded.getMinScore()).isEqualTo(0.25);
    assertThat(loaded.getMaxTextLength()).isEqualTo(10_000);
    assertThat(loaded.getOutputCol()).isEqualTo("themes");
  }

  @Test
  void modelCache_sameBytesUnderTwoPathsOverManyPartitions_loadedOncePerJvm() throws IOException {
    // A taxonomy that no other test uses, so the count starts from zero.
    String json =
        Files.readString(
                Path.of(
                    "../core/src/main/resources/io/github/policythemes/taxonomy/regional-governance.json"))
            .replaceFirst("\"id\"\\s*:\\s*\"regional-governance\"", "\"id\": \"cache-test\"");
    Path first = Files.writeString(temp.resolve("a.json"), json);
    Path second = Files.writeString(temp.resolve("b.json"), json);
    List<Row> rows = SparkTests.seedRows().subList(0, 240);
    Dataset<Row> frame =
        SparkTests.session().createDataFrame(rows, SparkTests.SEED_SCHEMA).repartition(8);

    long classified = 0;
    for (Path taxonomy : List.of(first, second, first)) {
      classified +=
          new ThemeClassifierTransformer()
              .setModelPath("keywords:" + taxonomy)
              .transform(frame)
              .filter(col("themes.error").isNull())
              .count();
    }

    assertThat(classified).isEqualTo(3L * rows.size());
    String key = shippedKey(first);
    assertThat(shippedKey(second)).isEqualTo(key);
    assertThat(ModelCache.loads(key)).isEqualTo(1);
  }

  /** The cache key of a keyword taxonomy file: the SHA-256 of the taxonomy as shipped. */
  private static String shippedKey(Path taxonomy) {
    return ModelCache.ship(SparkTests.session(), "keywords:" + taxonomy).sha256();
  }

  static Article article(Row seed) {
    String lang = seed.getString(3);
    return new Article(
        "",
        seed.getString(1),
        seed.getString(2),
        lang == null ? null : Language.fromCode(lang),
        null);
  }

  /** The struct's ranked themes as core's records, for comparison. */
  static List<ThemeScore> themes(Row result) {
    List<ThemeScore> scores = new ArrayList<>();
    for (Row theme : result.<Row>getList(result.fieldIndex("themes"))) {
      scores.add(
          new ThemeScore(
              theme.getString(0), theme.getString(1), theme.getDouble(2), theme.getBoolean(3)));
    }
    return scores;
  }
}
