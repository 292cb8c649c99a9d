package io.github.policythemes;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How far a long job has come: the one progress report of the library. Training, topic models,
 * trends and keyword runs hand these to a {@link ProgressListener}; the batch job's richer {@code
 * BatchProgress} turns into one too.
 *
 * <pre>{@code
 * LdaTrainer.builder().topics(20).progressListener(p -> System.err.println(p)).build();
 * // topics: sampling 120/500 iterations (24%), 3.1M tokens/s, ETA 0:42
 * }</pre>
 *
 * @param job the job, e.g. {@code topics}, {@code train}, {@code trends}
 * @param stage what the job is doing now, e.g. {@code sampling} or {@code cross-validation svm
 *     C=1}; may be empty
 * @param done how many units are done
 * @param total how many units there are in all, or -1 when not known
 * @param unit what is counted, plural, e.g. {@code iterations}, {@code fits}, {@code records}
 * @param elapsed time since the job started
 * @param detail anything more a person may want, e.g. {@code 3.1M tokens/s}; may be empty
 */
public record Progress(
    String job, String stage, long done, long total, String unit, Duration elapsed, String detail) {
  /**
   * Validates the report.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if done is negative
   */
  public Progress {
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(detail, "detail");
    if (done < 0) {
      throw new IllegalArgumentException("done is " + done + ", must be >= 0");
    }
  }

  /**
   * Returns the share done.
   *
   * @return done / total in [0, 1], or empty when the total is not known
   */
  public OptionalDouble fraction() {
    return total > 0
        ? OptionalDouble.of(Math.min(1, done / (double) total))
        : OptionalDouble.empty();
  }

  /**
   * Returns the time left, at the rate so far.
   *
   * @return the estimate, or empty when the total is not known or nothing is done yet
   */
  public Optional<Duration> eta() {
    OptionalDouble fraction = fraction();
    if (fraction.isEmpty() || done == 0) {
      return Optional.empty();
    }
    double share = fraction.getAsDouble();
    return Optional.of(Duration.ofMillis((long) (elapsed.toMillis() * (1 - share) / share)));
  }

  /**
   * Returns the units done per second so far.
   *
   * @return the rate, 0 before any time has passed
   */
  public double perSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds > 0 ? done / seconds : 0;
  }

  @Override
  public String toString() {
    StringBuilder line = new StringBuilder(job).append(':');
    if (!stage.isEmpty()) {
      line.append(' ').append(stage);
    }
    line.append(' ').append(done);
    if (total >= 0) {
      line.append('/').append(total);
    }
    line.append(' ').append(unit);
    fraction().ifPresent(f -> line.append(" (").append(Math.round(f * 100)).append("%)"));
    if (!detail.isEmpty()) {
      line.append(", ").append(detail);
    }
    eta()
        .ifPresent(
            eta ->
                line.append(", ETA ")
                    .append(eta.toMinutes())
                    .append(':')
                    .append(String.format(java.util.Locale.ROOT, "%02d", eta.toSecondsPart())));
    return line.toString();
  }
}
