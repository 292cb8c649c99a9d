package io.github.policythemes.training;

import java.util.List;
import java.util.Locale;

/** The learning algorithms {@link ThemeTrainer} offers. */
public enum Algorithm {
  /**
   * L2-regularised squared-hinge linear SVM (dual coordinate descent), with or without naive Bayes
   * feature scaling as cross-validation decides, calibrated. The default.
   */
  SVM,
  /** L2-regularised logistic regression (Smile {@code SparseLogisticRegression}). */
  LOGISTIC,
  /** Multinomial naive Bayes, checked against Smile's {@code DiscreteNaiveBayes}. */
  NAIVE_BAYES,
  /** OpenNLP doccat (maximum entropy, its own tokenization): the baseline; single-label only. */
  DOCCAT;

  /**
   * Parses a name such as {@code svm}, {@code logistic} or {@code naive-bayes}.
   *
   * @param name the name, any case, {@code -} or {@code _}
   * @return the algorithm
   * @throws IllegalArgumentException if the name is not known
   */
  public static Algorithm parse(String name) {
    String normal = name == null ? "" : name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (Algorithm algorithm : values()) {
      if (algorithm.name().equals(normal)) {
        return algorithm;
      }
    }
    throw new IllegalArgumentException(
        "unknown algorithm '" + name + "': use svm, logistic, naive-bayes or doccat");
  }

  /**
   * Returns the name used on the command line and in model manifests.
   *
   * @return e.g. {@code naive-bayes}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The settings cross-validation chooses from, the usual best first. */
  List<Candidate> candidates() {
    return switch (this) {
      case SVM -> {
        Learner plain = new LinearSvm(false);
        Learner scaled = new LinearSvm(true);
        yield List.of(
            new Candidate(plain, 1.0),
            new Candidate(plain, 0.3),
            new Candidate(scaled, 1.0),
            new Candidate(scaled, 0.3));
      }
      case LOGISTIC -> {
        Learner logistic = new SmileLogistic();
        yield List.of(new Candidate(logistic, 1.0), new Candidate(logistic, 3.0));
      }
      case NAIVE_BAYES -> {
        Learner bayes = new NaiveBayes();
        yield List.of(new Candidate(bayes, 0.1), new Candidate(bayes, 0.03));
      }
      case DOCCAT -> throw new IllegalStateException("doccat has no linear candidates");
    };
  }

  /** The learner used when C is fixed: the first candidate's. */
  Learner defaultLearner() {
    return candidates().get(0).learner();
  }
}
