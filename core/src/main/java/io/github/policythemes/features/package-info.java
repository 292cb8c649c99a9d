/**
 * Turning analysed text into sparse feature vectors: unigrams and bigrams of terms, sublinear tf
 * times idf, L2-normalised, looked up from {@code char[]} by 64-bit keys without allocation.
 */
package io.github.policythemes.features;
