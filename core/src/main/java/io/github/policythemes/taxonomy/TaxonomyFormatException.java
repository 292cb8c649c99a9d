package io.github.policythemes.taxonomy;

import java.io.IOException;

/**
 * Thrown when a taxonomy file is not valid: names the file and the JSON path of the problem, e.g.
 * {@code my-themes.json: $.themes[2].keywords.ko: weight 1.5 is not in (0, 1]}.
 */
public final class TaxonomyFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param source the file or resource name
   * @param jsonPath where in the document, e.g. {@code $.themes[2].id}
   * @param problem what is wrong
   */
  public TaxonomyFormatException(String source, String jsonPath, String problem) {
    super(source + ": " + jsonPath + ": " + problem);
  }

  /**
   * Creates the exception for a document that is not JSON at all.
   *
   * @param source the file or resource name
   * @param problem what is wrong
   * @param cause the parser's exception
   */
  public TaxonomyFormatException(String source, String problem, Throwable cause) {
    super(source + ": " + problem, cause);
  }
}
