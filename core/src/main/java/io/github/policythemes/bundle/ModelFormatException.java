package io.github.policythemes.bundle;

import java.io.IOException;

/**
 * Thrown when a model or topic-model bundle cannot be used: truncated, altered (a checksum does not
 * match), of an unknown format version, or missing an entry. The message names the file and the
 * problem.
 */
public final class ModelFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param source the file or resource name
   * @param problem what is wrong
   */
  public ModelFormatException(String source, String problem) {
    super(source + ": " + problem);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param source the file or resource name
   * @param problem what is wrong
   * @param cause the underlying exception
   */
  public ModelFormatException(String source, String problem, Throwable cause) {
    super(source + ": " + problem, cause);
  }
}
