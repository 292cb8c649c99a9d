package io.github.policythemes.index;

import java.time.Duration;
import java.util.Objects;

/**
 * What a load into a {@link ThemeIndex} did. Every record read was either indexed or failed: {@code
 * read == indexed + failed}, always, also for a run that stopped early.
 *
 * @param read records whose outcome was decided
 * @param indexed records added to the index (a record whose id was there already replaced it)
 * @param failed records that could not be read, classified or indexed; each went to the error
 *     writer
 * @param duplicates records whose id came earlier in the same run; indexed like the others (the
 *     later one replaces the earlier) and only counted here
 * @param skipped records passed over because their id was to be skipped (a resumed run); not read
 * @param elapsed how long the run took
 * @param cancelled whether the run stopped before the end of its input
 */
public record IndexReport(
    long read,
    long indexed,
    long failed,
    long duplicates,
    long skipped,
    Duration elapsed,
    boolean cancelled) {
  /**
   * Validates the report.
   *
   * @throws IllegalArgumentException if a count is negative or {@code read != indexed + failed}
   */
  public IndexReport {
    Objects.requireNonNull(elapsed, "elapsed");
    if (indexed < 0 || failed < 0 || duplicates < 0 || skipped < 0) {
      throw new IllegalArgumentException("negative count");
    }
    if (read != indexed + failed) {
      throw new IllegalArgumentException(
          "read " + read + " != indexed " + indexed + " + failed " + failed);
    }
  }

  /**
   * Returns the throughput.
   *
   * @return records read per second of elapsed time, 0 when no time elapsed
   */
  public double docsPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds > 0 ? read / seconds : 0;
  }
}
