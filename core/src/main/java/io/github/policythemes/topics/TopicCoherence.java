package io.github.policythemes.topics;

/**
 * The coherence of a list of words over a corpus, as defined on {@link Topic}. Immutable and
 * thread-safe.
 *
 * @param umass the mean UMass score of the word pairs: at most 0, closer to 0 is better
 * @param npmi the mean NPMI of the word pairs, in [-1, 1], higher is better
 */
public record TopicCoherence(double umass, double npmi) {}
