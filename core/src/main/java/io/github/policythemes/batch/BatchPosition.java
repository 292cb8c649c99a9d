package io.github.policythemes.batch;

import java.util.Objects;

/**
 * How far a batch run's output goes in its input: the first {@code records} input records (read in
 * input order, written or failed) are in the output, the last of them at {@code line} with id
 * {@code id}. A resumed run ({@link BatchClassifier.Builder#resumeFrom}) passes over exactly those
 * records, and checks that the last of them is still at that line with that id, so that resuming
 * goes by position, not by id: repeated ids are kept, and each is written once.
 *
 * @param records how many input records the output holds the outcome of; 0 for none
 * @param line the input line (or record number within its file) of the last of them; 0 for none
 * @param id the id of the last of them; empty for none, or for a record that had none
 */
public record BatchPosition(long records, long line, String id) {
  /** The start of the input: nothing done. */
  public static final BatchPosition START = new BatchPosition(0, 0, "");

  /**
   * Validates the position.
   *
   * @throws IllegalArgumentException if a count is negative
   * @throws NullPointerException if id is null
   */
  public BatchPosition {
    Objects.requireNonNull(id, "id");
    if (records < 0 || line < 0) {
      throw new IllegalArgumentException("negative position: " + records + ", line " + line);
    }
  }
}
