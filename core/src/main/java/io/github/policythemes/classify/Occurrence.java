package io.github.policythemes.classify;

/**
 * One place in an article's content that moved a theme's score.
 *
 * @param start offset of the first char in the content
 * @param end offset after the last char
 * @param contribution how much it moved the score (positive: towards the theme)
 */
record Occurrence(int start, int end, double contribution) {}
