package io.github.policythemes.article;

import java.util.Objects;

/**
 * A record that could not be read or classified, and why. A batch run counts these and hands them
 * to its sink: they are never dropped.
 *
 * @param source the file name or another name of the input
 * @param line the 1-based line where the record starts, 0 when the error concerns a whole file
 * @param id the record's id, or null when it is not known
 * @param reason what is wrong, for a person: e.g. {@code "malformed JSON: ..."}, {@code "empty
 *     text"}
 */
public record ErrorRecord(String source, long line, String id, String reason)
    implements InputRecord {
  /**
   * Validates the record.
   *
   * @throws NullPointerException if source or reason is null
   * @throws IllegalArgumentException if line is negative
   */
  public ErrorRecord {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
    if (line < 0) {
      throw new IllegalArgumentException("line is " + line);
    }
  }

  /**
   * Returns where the record is, for a message: {@code file:line}, or the file alone.
   *
   * @return the position
   */
  public String position() {
    return line == 0 ? source : source + ":" + line;
  }
}
