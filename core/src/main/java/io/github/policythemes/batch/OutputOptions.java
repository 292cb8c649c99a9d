package io.github.policythemes.batch;

/**
 * What a result writer includes beyond the essentials.
 *
 * @param top how many of the ranked themes to write (JSONL {@code themes}, table); all of them by
 *     default
 * @param keepText whether JSONL lines repeat the article's {@code title} and {@code text}
 */
public record OutputOptions(int top, boolean keepText) {
  /**
   * Validates the options.
   *
   * @throws IllegalArgumentException if top is below 1
   */
  public OutputOptions {
    if (top < 1) {
      throw new IllegalArgumentException("top is " + top + ", must be >= 1");
    }
  }

  /**
   * Returns the defaults: every theme, no text.
   *
   * @return the default options
   */
  public static OutputOptions defaults() {
    return new OutputOptions(Integer.MAX_VALUE, false);
  }
}
