/**
 * Training and evaluation of theme classifiers (uses Smile, GPL-3.0, an optional dependency), and
 * the default model built from the seed corpus.
 */
package io.github.policythemes.training;
