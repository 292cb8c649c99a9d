package io.github.policythemes.batch;

import java.io.IOException;

/**
 * Thrown when a batch job stops before the end of its input because writing, reading or the
 * classifier failed. The cause is the first failure; {@link #report()} tells what was done until
 * then. Every record counted as written was handed to the sink whole.
 */
public final class BatchFailedException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient BatchReport report;

  /**
   * Creates the exception.
   *
   * @param message what failed
   * @param report the counts until the stop
   * @param cause the first failure
   */
  public BatchFailedException(String message, BatchReport report, Throwable cause) {
    super(message, cause);
    this.report = report;
  }

  /**
   * Returns what the job did before it stopped.
   *
   * @return the report
   */
  public BatchReport report() {
    return report;
  }
}
