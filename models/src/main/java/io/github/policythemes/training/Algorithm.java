package io.github.policythemes.training;

import java.util.List;
import java.util.Locale;

/** The learning algorithms {@link ThemeTrainer} offers. */
public enum Algorithm {
  /**
   * The default: cross-validation chooses among the {@link #SVM} settings and, for single-label
   * data, {@link #COMPLEMENT_NAIVE_BAYES}, which wins on small data with many classes.
   */
  AUTO,
  /**
   * L2-regularised squared-hinge linear SVM (dual coordinate descent), with or without naive Bayes
   * feature scaling as cross-validation decides, calibrated.
   */
  SVM,
  /** L2-regularised logistic regression (Smile {@code SparseLogisticRegression}). */
  LOGISTIC,
  /** Multinomial naive Bayes, checked against Smile's {@code DiscreteNaiveBayes}. */
  NAIVE_BAYES,
  /**
   * Complement naive Bayes (Rennie et al. 2003) for single-label data; multinomial naive Bayes per
   * theme for multi-label data, where the two are the same.
   */
  COMPLEMENT_NAIVE_BAYES,
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
        "unknown algorithm '"
            + name
            + "': use auto, svm, logistic, naive-bayes, complement-naive-bayes or doccat");
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
  List<Candidate> candidates(boolean singleLabel) {
    return switch (this) {
      case AUTO -> {
        List<Candidate> all = new java.util.ArrayList<>(SVM.candidates(singleLabel));
        if (singleLabel) {
          all.addAll(COMPLEMENT_NAIVE_BAYES.candidates(true));
        }
        yield List.copyOf(all);
      }
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
      case COMPLEMENT_NAIVE_BAYES -> {
        Learner complement = new ComplementNaiveBayes();
        yield List.of(new Candidate(complement, 0.1), new Candidate(complement, 0.03));
      }
      case DOCCAT -> throw new IllegalStateException("doccat has no linear candidates");
    };
  }

  /** The learner used when C is fixed: the first candidate's. */
  Learner defaultLearner() {
    return candidates(false).get(0).learner();
  }
}
