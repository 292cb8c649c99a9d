package io.github.policythemes.training;

import io.github.policythemes.eval.Evaluation;

/** One cross-validated candidate: its metrics and calibration. */
final class Fit {
  final Candidate candidate;
  final Evaluation evaluation;
  final Calibrated calibrated;

  Fit(Candidate candidate, Evaluation evaluation, Calibrated calibrated) {
    this.candidate = candidate;
    this.evaluation = evaluation;
    this.calibrated = calibrated;
  }

  /** What cross-validation maximises: accuracy (single-label) or mean of micro and macro F1. */
  double score() {
    return evaluation.multiLabel()
        ? (evaluation.microF1() + evaluation.macroF1()) / 2
        : evaluation.accuracy() + 1e-3 * evaluation.macroF1();
  }
}
