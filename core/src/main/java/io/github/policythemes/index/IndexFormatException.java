package io.github.policythemes.index;

import java.io.IOException;

/**
 * Thrown when a folder holds no index that this version can use: no index at all, a Lucene index
 * made by another program, one made by a newer version of policy-themes or with another schema, or
 * a damaged one. The message names the folder and says what to do.
 */
public final class IndexFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param folder the index folder
   * @param problem what is wrong, and what to do
   */
  public IndexFormatException(String folder, String problem) {
    super(folder + ": " + problem);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param folder the index folder
   * @param problem what is wrong, and what to do
   * @param cause the underlying exception
   */
  public IndexFormatException(String folder, String problem, Throwable cause) {
    super(folder + ": " + problem, cause);
  }
}
