/**
 * Training theme classifiers: {@link io.github.policythemes.training.ThemeTrainer} (a linear SVM,
 * logistic regression, naive Bayes or OpenNLP doccat, cross-validated and calibrated) on labelled
 * data read through core's {@code eval.LabelledData}, and the build step that trains the default
 * model from the seed corpus. Uses Smile (GPL-3.0), an optional dependency: loading and using a
 * trained model needs core alone. The jar's module name is {@code io.github.policythemes.training}.
 */
package io.github.policythemes.training;
