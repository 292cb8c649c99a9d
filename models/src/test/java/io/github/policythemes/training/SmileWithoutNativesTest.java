package io.github.policythemes.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policythemes.article.Article;
import io.github.policythemes.classify.ThemeClassifier;
import io.github.policythemes.eval.LabelledData;
import io.github.policythemes.taxonomy.Taxonomy;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Smile's logistic regression (the one Smile learner, {@code train --algorithm logistic}) trains
 * without Smile's native BLAS/LAPACK (bytedeco's javacpp, openblas, arpack-ng), which the root pom
 * leaves out of every module: this module's tests, the command's jar and its distribution see the
 * same class path.
 */
class SmileWithoutNativesTest {
  @TempDir Path dir;

  @Test
  void classPath_hasSmileButNoNativeLibraries() {
    ClassLoader loader = getClass().getClassLoader();
    assertThat(loader.getResource("smile/classification/SparseLogisticRegression.class"))
        .isNotNull();
    assertThat(loader.getResource("org/bytedeco")).isNull();
    assertThatThrownBy(() -> Class.forName("org.bytedeco.javacpp.Loader"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void logistic_multiLabel_trainsAndClassifiesWithoutNatives() throws IOException {
    TrainingResult result =
        ThemeTrainer.builder()
            .algorithm(Algorithm.LOGISTIC)
            .taxonomy(Taxonomy.builtIn("regional-governance"))
            .build()
            .train(LabelledData.read(TrainingData.multiLabel(dir)));
    ThemeClassifier classifier = result.classifier();
    assertThat(classifier.metadata().algorithm()).isEqualTo("logistic");
    assertThat(result.crossValidation().orElseThrow().microF1()).isGreaterThan(0.9);
    assertThat(
            classifier
                .classify(Article.of("Officials met. The fiscal transfer and the city merger."))
                .assignedIds())
        .containsExactlyInAnyOrder("local-finance", "metropolitan-integration");
  }

  @Test
  void logistic_singleLabel_trainsAMultinomialModelWithoutNatives() throws IOException {
    ThemeClassifier classifier =
        ThemeTrainer.builder()
            .algorithm(Algorithm.LOGISTIC)
            .folds(0)
            .build()
            .train(LabelledData.read(TrainingData.singleLabel(dir)))
            .classifier();
    assertThat(classifier.classify(Article.of("A new levy for the budget deficit")).assignedIds())
        .containsExactly("finance");
  }
}
