package io.github.policythemes.training;

/**
 * One setting that cross-validation may choose: a learner and its inverse regularisation C.
 *
 * @param learner the learner
 * @param c the inverse regularisation strength
 */
record Candidate(Learner learner, double c) {
  String describe() {
    return learner + " C=" + c;
  }
}
