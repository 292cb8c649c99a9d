/**
 * Classifying articles into themes: {@link io.github.policythemes.classify.ThemeClassifier} (load a
 * bundle, the default model, or a zero-shot keyword classifier), the results ({@link
 * io.github.policythemes.classify.Classification}, {@link
 * io.github.policythemes.classify.ThemeScore}, {@link
 * io.github.policythemes.classify.Explanation}), the linear, keyword and doccat classifiers, what
 * made a model ({@link io.github.policythemes.classify.ModelMetadata}), and their codec, {@link
 * io.github.policythemes.classify.ClassifierBundle}, which reads and writes {@code .ptm} files in
 * the {@code bundle} container. Classifiers are immutable and thread-safe.
 */
package io.github.policythemes.classify;
