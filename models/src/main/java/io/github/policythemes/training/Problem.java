package io.github.policythemes.training;

import io.github.policythemes.eval.Evaluation;
import io.github.policythemes.eval.LabelledArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/** The labelled training matrix, and cross-validation over it. */
final class Problem {
  final SparseRows x;
  final List<String> ids;
  final boolean singleLabel;
  final int[] label;

  /** Per article, per column: the themes, then (with relevance) "has any theme". */
  final boolean[][] positive;

  /** Whether a last column learns "has any theme" (multi-label data with unlabelled articles). */
  final boolean relevance;

  /** The number of learned columns: one per theme, plus the relevance column. */
  final int columns;

  Problem(
      SparseRows x,
      List<LabelledArticle> articles,
      List<String> ids,
      boolean singleLabel,
      boolean relevance) {
    this.x = x;
    this.ids = ids;
    this.singleLabel = singleLabel;
    this.relevance = relevance && !singleLabel;
    this.columns = ids.size() + (this.relevance ? 1 : 0);
    int n = articles.size();
    this.label = new int[n];
    this.positive = new boolean[n][columns];
    for (int i = 0; i < n; i++) {
      for (String id : articles.get(i).labels()) {
        int t = ids.indexOf(id);
        positive[i][t] = true;
        label[i] = t;
      }
      if (this.relevance) {
        positive[i][ids.size()] = !articles.get(i).labels().isEmpty();
      }
    }
  }

  int[] all() {
    return IntStream.range(0, x.rows()).toArray();
  }

  double[][] fit(Candidate candidate, int[] rows, long seed) {
    Learner learner = candidate.learner();
    return singleLabel
        ? learner.fitMulticlass(x, rows, label, ids.size(), candidate.c(), seed)
        : learner.fitOneVsRest(x, rows, positive, columns, candidate.c(), seed);
  }

  /** Out-of-fold raw scores for one candidate, their calibration, and the resulting metrics. */
  Fit crossValidate(
      Candidate candidate,
      int[] fold,
      int folds,
      long seed,
      List<List<String>> gold,
      double noThemeShare,
      IntConsumer afterFold) {
    int n = x.rows();
    double[][] outOfFold = new double[n][];
    for (int f = 0; f < folds; f++) {
      int current = f;
      int[] train = IntStream.range(0, n).filter(i -> fold[i] != current).toArray();
      double[][] weights = fit(candidate, train, seed + f);
      afterFold.accept(f);
      for (int i = 0; i < n; i++) {
        if (fold[i] == f) {
          outOfFold[i] = new double[weights.length];
          for (int t = 0; t < weights.length; t++) {
            outOfFold[i][t] = x.dot(i, weights[t]);
          }
        }
      }
    }
    Calibrated calibrated =
        singleLabel
            ? Calibrated.softmax(outOfFold, label)
            : Calibrated.sigmoid(outOfFold, positive, relevance, noThemeShare);
    List<List<String>> predicted = new ArrayList<>();
    for (double[] scores : outOfFold) {
      predicted.add(calibrated.predict(scores, ids));
    }
    return new Fit(candidate, Evaluation.of(ids, gold, predicted, !singleLabel), calibrated);
  }
}
