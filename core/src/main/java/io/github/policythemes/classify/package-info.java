/**
 * Classifying articles into themes: {@link io.github.policythemes.classify.ThemeClassifier}, the
 * article and result types, and the linear and keyword classifiers.
 */
package io.github.policythemes.classify;
