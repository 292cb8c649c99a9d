package io.github.policythemes.classify;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What made a model: format and library versions, algorithm and its settings, the analysis and
 * feature settings, the training data and the metrics measured by cross-validation.
 *
 * @param formatVersion the bundle format version (0 for a classifier that was never saved)
 * @param libraryVersion the policy-themes version that made it
 * @param createdAt when it was made; null for classifiers made in memory from a taxonomy
 * @param algorithm the algorithm, e.g. {@code logistic}, {@code svm}, {@code keyword}
 * @param parameters the algorithm's hyper-parameters and settings, as text
 * @param analysis analysis and feature settings, as text (chains per language, n-grams, ...)
 * @param trainingDocuments how many documents it was trained on; 0 when none
 * @param trainingSha256 the SHA-256 of the training data; empty when none
 * @param metrics cross-validated metrics (e.g. {@code accuracy}, {@code macroF1}); may be empty
 * @param thresholds the score threshold per theme at which it is assigned; may be empty
 */
public record ModelMetadata(
    int formatVersion,
    String libraryVersion,
    Instant createdAt,
    String algorithm,
    Map<String, String> parameters,
    Map<String, String> analysis,
    int trainingDocuments,
    String trainingSha256,
    Map<String, Double> metrics,
    Map<String, Double> thresholds) {

  /** Validates and copies, keeping the maps' order. */
  public ModelMetadata {
    Objects.requireNonNull(libraryVersion, "libraryVersion");
    Objects.requireNonNull(algorithm, "algorithm");
    parameters = copy(parameters);
    analysis = copy(analysis);
    trainingSha256 = Objects.requireNonNullElse(trainingSha256, "");
    metrics = copy(metrics);
    thresholds = copy(thresholds);
    if (trainingDocuments < 0) {
      throw new IllegalArgumentException("trainingDocuments is " + trainingDocuments);
    }
  }

  private static <V> Map<String, V> copy(Map<String, V> map) {
    return map == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
