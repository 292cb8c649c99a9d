package io.github.policythemes.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policythemes.article.Article;
import io.github.policythemes.classify.Classification;
import io.github.policythemes.classify.ClassifierBundle;
import io.github.policythemes.classify.LinearThemeClassifier;
import io.github.policythemes.classify.ThemeClassifier;
import io.github.policythemes.eval.Evaluation;
import io.github.policythemes.eval.LabelledData;
import io.github.policythemes.features.FeatureSettings;
import io.github.policythemes.taxonomy.Taxonomy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ThemeTrainerTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void train_singleLabelData_learnsASoftmaxModelThatGeneralises(Algorithm algorithm)
      throws IOException {
    TrainingResult result =
        ThemeTrainer.builder()
            .algorithm(algorithm)
            .build()
            .train(LabelledData.read(TrainingData.singleLabel(dir)));
    ThemeClassifier classifier = result.classifier();
    if (classifier instanceof LinearThemeClassifier linear) {
      assertThat(linear.output()).isEqualTo(LinearThemeClassifier.Output.SOFTMAX);
    } else {
      assertThat(algorithm).isEqualTo(Algorithm.DOCCAT);
    }
    assertThat(classifier.taxonomy().themeIds()).containsExactly("culture", "finance", "merger");
    Evaluation cv = result.crossValidation().orElseThrow();
    assertThat(cv.accuracy()).as(algorithm.id()).isGreaterThan(0.9);
    assertThat(classifier.metadata().algorithm()).isEqualTo(algorithm.id());
    Classification unseen =
        classifier.classify(Article.of("A new levy will close the deficit in the budget"));
    assertThat(unseen.assignedIds()).containsExactly("finance");
  }

  @Test
  void train_multiLabelDataWithTaxonomy_learnsSigmoidsAndThresholds() throws IOException {
    TrainingResult result =
        ThemeTrainer.builder()
            .taxonomy(Taxonomy.builtIn("regional-governance"))
            .build()
            .train(LabelledData.read(TrainingData.multiLabel(dir)));
    LinearThemeClassifier classifier = (LinearThemeClassifier) result.classifier();
    // the data has articles without a theme: a relevance column gates every theme
    assertThat(classifier.output()).isEqualTo(LinearThemeClassifier.Output.GATED_SIGMOID);
    assertThat(classifier.weights()).hasSize(classifier.extractor().featureCount() * 11);
    assertThat(classifier.taxonomy().id()).isEqualTo("regional-governance");
    assertThat(result.crossValidation().orElseThrow().microF1()).isGreaterThan(0.9);
    assertThat(classifier.metadata().thresholds()).containsKey("local-finance");
    assertThat(classifier.metadata().trainingDocuments()).isEqualTo(120);
    Classification both =
        classifier.classify(
            Article.of("Officials met. The fiscal transfer and the city merger were debated."));
    assertThat(both.assignedIds())
        .containsExactlyInAnyOrder("local-finance", "metropolitan-integration");
    assertThat(classifier.classify(Article.of("The football team won the cup final.")).assigned())
        .isEmpty();
  }

  @Test
  void train_withoutRelevanceOrWithKeywordFeatures_givesPlainSigmoidsOrKeywordRows()
      throws IOException {
    Taxonomy taxonomy = Taxonomy.builtIn("regional-governance");
    LabelledData data = LabelledData.read(TrainingData.multiLabel(dir));
    LinearThemeClassifier plain =
        (LinearThemeClassifier)
            ThemeTrainer.builder()
                .taxonomy(taxonomy)
                .relevance(false)
                .build()
                .train(data)
                .classifier();
    assertThat(plain.output()).isEqualTo(LinearThemeClassifier.Output.SIGMOID);
    assertThat(plain.weights()).hasSize(plain.extractor().featureCount() * 10);
    LinearThemeClassifier keywords =
        (LinearThemeClassifier)
            ThemeTrainer.builder()
                .taxonomy(taxonomy)
                .features(FeatureSettings.defaults().withKeywordScale(0.3))
                .noThemeShare(0.75)
                .build()
                .train(data)
                .classifier();
    assertThat(keywords.extractor().featureCount())
        .isEqualTo(keywords.extractor().vocabulary().size() + 10);
    assertThat(keywords.metadata().parameters()).containsEntry("noThemeShare", "0.75");
    assertThat(keywords.metadata().analysis()).containsKey("keywordFeatures");
    Classification both =
        keywords.classify(
            Article.of("Officials met. The fiscal transfer and the city merger were debated."));
    assertThat(both.assignedIds()).contains("local-finance");

    // the bundle keeps the keyword features and the relevance column: same scores after a trip
    Path file = dir.resolve("keywords.ptm");
    ClassifierBundle.write(keywords, file);
    LinearThemeClassifier loaded = (LinearThemeClassifier) ThemeClassifier.load(file);
    assertThat(loaded.output()).isEqualTo(LinearThemeClassifier.Output.GATED_SIGMOID);
    assertThat(loaded.extractor().settings().keywordScale()).isEqualTo(0.3);
    assertThat(loaded.weights()).isEqualTo(keywords.weights());
    for (String text :
        List.of(
            "Officials met. The fiscal transfer and the city merger were debated.",
            "지방소멸대응기금 배분 기준 개편",
            "The football team won the cup final.")) {
      assertThat(loaded.classify(Article.of(text))).isEqualTo(keywords.classify(Article.of(text)));
      assertThat(loaded.explain(Article.of(text))).isEqualTo(keywords.explain(Article.of(text)));
    }
  }

  @Test
  void builder_badNoThemeShareOrSecondCall_isRejected() {
    assertThatThrownBy(() -> ThemeTrainer.builder().noThemeShare(1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("noThemeShare");
    assertThatThrownBy(() -> ThemeTrainer.builder().relevance(true).relevance(false))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void train_sameSeedTwice_givesByteIdenticalBundles() throws IOException {
    LabelledData data = LabelledData.read(TrainingData.multiLabel(dir));
    byte[][] bundles = new byte[2][];
    for (int run = 0; run < 2; run++) {
      TrainingResult result =
          ThemeTrainer.builder()
              .seed(7)
              .createdAt(Instant.parse("2026-01-01T00:00:00Z"))
              .build()
              .train(data);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ClassifierBundle.write(result.classifier(), out);
      bundles[run] = out.toByteArray();
    }
    assertThat(bundles[0]).isEqualTo(bundles[1]);
  }

  @Test
  void train_doccat_roundTripsThroughABundleAndRejectsMultiLabelData() throws IOException {
    TrainingResult result =
        ThemeTrainer.builder()
            .algorithm(Algorithm.DOCCAT)
            .folds(0)
            .build()
            .train(LabelledData.read(TrainingData.singleLabel(dir)));
    Path file = dir.resolve("doccat.ptm");
    ClassifierBundle.write(result.classifier(), file);
    ThemeClassifier loaded = ThemeClassifier.load(file);
    Article article = Article.of("The council discussed the rail and the region");
    assertThat(loaded.classify(article)).isEqualTo(result.classifier().classify(article));
    assertThat(loaded.metadata().algorithm()).isEqualTo("doccat");
    assertThat(loaded.explain(article).themes().get(0).terms()).isNotEmpty();

    LabelledData multi = LabelledData.read(TrainingData.multiLabel(dir));
    ThemeTrainer doccat = ThemeTrainer.builder().algorithm(Algorithm.DOCCAT).build();
    assertThatThrownBy(() -> doccat.train(multi))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("doccat trains single-label models");
  }

  @Test
  void train_labelOutsideTheTaxonomy_namesFileAndLine() throws IOException {
    Path file = dir.resolve("bad.jsonl");
    Files.write(
        file,
        List.of(
            "{\"text\": \"a\", \"labels\": [\"local-finance\"]}",
            "{\"text\": \"b\", \"labels\": [\"housing\"]}"));
    ThemeTrainer trainer =
        ThemeTrainer.builder().taxonomy(Taxonomy.builtIn("regional-governance")).build();
    LabelledData data = LabelledData.read(file);
    assertThatThrownBy(() -> trainer.train(data))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.jsonl:2: label 'housing'");
  }

  @Test
  void train_multiLabelDataWithSingleLabelTaxonomy_isRejected() throws IOException {
    Path file = dir.resolve("cap.jsonl");
    Files.write(
        file,
        List.of(
            "{\"text\": \"tariff\", \"labels\": [\"18\"]}",
            "{\"text\": \"tariff and army\", \"labels\": [\"18\", \"16\"]}"));
    ThemeTrainer trainer =
        ThemeTrainer.builder().taxonomy(Taxonomy.builtIn("cap-major-topics")).build();
    LabelledData data = LabelledData.read(file);
    assertThatThrownBy(() -> trainer.train(data))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cap.jsonl:2: taxonomy 'cap-major-topics' is single-label");
  }

  @Test
  void train_oneLabelOnly_isRejected() throws IOException {
    Path file = dir.resolve("one.jsonl");
    Files.write(
        file,
        List.of("{\"text\": \"a\", \"label\": \"x\"}", "{\"text\": \"b\", \"label\": \"x\"}"));
    LabelledData data = LabelledData.read(file);
    assertThatThrownBy(() -> ThemeTrainer.builder().build().train(data))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least two labels");
  }

  @Test
  void train_withoutCrossValidation_stillTrains() throws IOException {
    TrainingResult result =
        ThemeTrainer.builder()
            .folds(0)
            .regularization(1.0)
            .build()
            .train(LabelledData.read(TrainingData.singleLabel(dir)));
    assertThat(result.crossValidation()).isEmpty();
    assertThat(result.regularization()).isEqualTo(1.0);
  }

  @Test
  void builder_setterTwiceOrBadValue_fails() {
    ThemeTrainer.Builder builder = ThemeTrainer.builder().seed(1);
    assertThatThrownBy(() -> builder.seed(2)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ThemeTrainer.builder().folds(50))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ThemeTrainer.builder().regularization(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Algorithm.parse("Naive-Bayes")).isEqualTo(Algorithm.NAIVE_BAYES);
    assertThatThrownBy(() -> Algorithm.parse("forest"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("auto, svm, logistic, naive-bayes, complement-naive-bayes or doccat");
  }
}
