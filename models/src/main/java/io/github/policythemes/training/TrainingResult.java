package io.github.policythemes.training;

import io.github.policythemes.classify.ThemeClassifier;
import io.github.policythemes.eval.Evaluation;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What training produced: the classifier and how well it did in cross-validation.
 *
 * @param classifier the trained classifier (a {@code LinearThemeClassifier}, or a {@code
 *     DoccatThemeClassifier} for the doccat baseline), ready to use or to save with {@code
 *     ClassifierBundle}
 * @param crossValidation out-of-fold metrics with the chosen settings and thresholds; empty when
 *     training ran without cross-validation
 * @param regularization the chosen inverse regularisation strength (C); NaN for doccat
 * @param elapsed wall-clock training time, cross-validation included
 */
public record TrainingResult(
    ThemeClassifier classifier,
    Optional<Evaluation> crossValidation,
    double regularization,
    Duration elapsed) {
  /** Validates. */
  public TrainingResult {
    Objects.requireNonNull(classifier, "classifier");
    Objects.requireNonNull(crossValidation, "crossValidation");
    Objects.requireNonNull(elapsed, "elapsed");
  }
}
