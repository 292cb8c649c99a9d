package io.github.policythemes.article;

/**
 * One record read from an input: an article to classify, or an error saying why the record could
 * not be read.
 *
 * <p>Implementations are immutable values and safe to share between threads.
 */
public sealed interface InputRecord permits ArticleRecord, ErrorRecord {
  /**
   * Returns where the record comes from.
   *
   * @return the file name (relative to the folder given, for files found in a folder), or a name
   *     such as {@code <stdin>}
   */
  String source();

  /**
   * Returns the line where the record starts.
   *
   * @return the 1-based line number in the source, or 0 when the record is a whole file
   */
  long line();
}
