package io.github.policythemes.topics;

/**
 * The log-likelihood of a sampler state at one iteration. Immutable and thread-safe.
 *
 * @param iteration the number of completed sweeps
 * @param logLikelihood the log joint probability of the words and topic assignments, log p(w, z)
 * @param perToken the same divided by the number of training tokens
 */
public record LikelihoodPoint(int iteration, double logLikelihood, double perToken) {
  /**
   * Validates the point.
   *
   * @throws IllegalArgumentException if iteration is negative or a value is not finite
   */
  public LikelihoodPoint {
    if (iteration < 0 || !Double.isFinite(logLikelihood) || !Double.isFinite(perToken)) {
      throw new IllegalArgumentException(
          "bad likelihood point: iteration " + iteration + ", " + logLikelihood);
    }
  }
}
