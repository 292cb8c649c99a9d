package io.github.policythemes.batch;

import io.github.policythemes.article.ErrorRecord;
import java.time.Duration;
import java.util.Objects;

/**
 * What a batch run did. Every record read was either written or failed: {@code read == written +
 * failed}, always, also for a cancelled or failed run (records still in flight when a run stops are
 * not counted as read).
 *
 * @param read records whose outcome was decided (written or failed)
 * @param written records classified and written
 * @param failed records that could not be read or classified (each went to the sink as an {@link
 *     ErrorRecord})
 * @param duplicates records whose id had been seen before in the run; they are kept (written or
 *     failed like any other) and only counted here
 * @param skipped records passed over because an earlier run's output holds them ({@link
 *     BatchClassifier.Builder#resumeFrom}); not counted as read
 * @param elapsed how long the run took
 * @param cancelled whether the run was cancelled before the end of its input
 */
public record BatchReport(
    long read,
    long written,
    long failed,
    long duplicates,
    long skipped,
    Duration elapsed,
    boolean cancelled) {
  /**
   * Validates the report.
   *
   * @throws IllegalArgumentException if a count is negative or {@code read != written + failed}
   */
  public BatchReport {
    Objects.requireNonNull(elapsed, "elapsed");
    if (written < 0 || failed < 0 || duplicates < 0 || skipped < 0) {
      throw new IllegalArgumentException("negative count");
    }
    if (read != written + failed) {
      throw new IllegalArgumentException(
          "read " + read + " != written " + written + " + failed " + failed);
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
