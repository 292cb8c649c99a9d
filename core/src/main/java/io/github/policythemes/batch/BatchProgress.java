package io.github.policythemes.batch;

import io.github.policythemes.Progress;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How far a running batch job is.
 *
 * @param read records whose outcome was decided so far
 * @param written records written so far
 * @param failed records failed so far
 * @param duplicates records so far whose id had been seen before
 * @param skipped records passed over so far because their id was to be skipped
 * @param elapsed time since the job started
 * @param bytesRead input bytes read so far, -1 when not known
 * @param bytesTotal input bytes in all, -1 when not known
 */
public record BatchProgress(
    long read,
    long written,
    long failed,
    long duplicates,
    long skipped,
    Duration elapsed,
    long bytesRead,
    long bytesTotal) {
  /** Validates. */
  public BatchProgress {
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /**
   * Returns the throughput so far.
   *
   * @return records read per second, 0 before any time elapsed
   */
  public double docsPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds > 0 ? read / seconds : 0;
  }

  /**
   * Returns the share of the input read, by bytes.
   *
   * @return a fraction in [0, 1], empty when the size of the input is not known
   */
  public OptionalDouble fraction() {
    if (bytesTotal <= 0 || bytesRead < 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Math.min(1, bytesRead / (double) bytesTotal));
  }

  /**
   * Estimates the time left from the share of input read so far.
   *
   * @return the estimate, empty when the input size is unknown or nothing was read yet
   */
  public Optional<Duration> eta() {
    OptionalDouble fraction = fraction();
    if (fraction.isEmpty() || fraction.getAsDouble() <= 0) {
      return Optional.empty();
    }
    double done = fraction.getAsDouble();
    return Optional.of(Duration.ofMillis((long) (elapsed.toMillis() * (1 - done) / done)));
  }

  /**
   * Returns this report as the library's one {@link Progress}: records read, with the bytes read as
   * the share done when the input size is known.
   *
   * @return the report, job {@code classify}
   */
  public Progress asProgress() {
    String detail = String.format(Locale.ROOT, "%,d failed, %,.0f docs/s", failed, docsPerSecond());
    if (bytesTotal > 0 && bytesRead >= 0) {
      return new Progress(
          "classify",
          String.format(Locale.ROOT, "%,d records", read),
          Math.min(bytesRead, bytesTotal),
          bytesTotal,
          "bytes",
          elapsed,
          detail);
    }
    return new Progress("classify", "", read, -1, "records", elapsed, detail);
  }
}
