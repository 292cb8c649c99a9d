package io.github.policythemes.trends;

import java.util.Objects;

/**
 * A line of a classified file that a trend analysis could not use, and why. Immutable and
 * thread-safe.
 *
 * @param line the line number, from 1
 * @param id the record's id when it could be read, else empty
 * @param reason what was wrong, e.g. {@code bad date '2024-13-01'}
 */
public record SkippedLine(long line, String id, String reason) {
  /**
   * Validates the line.
   *
   * @throws IllegalArgumentException if line is less than 1
   */
  public SkippedLine {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(reason, "reason");
    if (line < 1) {
      throw new IllegalArgumentException("line must be >= 1: " + line);
    }
  }

  @Override
  public String toString() {
    return "line " + line + (id.isEmpty() ? "" : " (" + id + ")") + ": " + reason;
  }
}
