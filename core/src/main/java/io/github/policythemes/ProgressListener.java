package io.github.policythemes;

/**
 * Hears a long job's {@link Progress}: the one progress API of the library, for training, topic
 * models, trends and keywords alike (the batch job's {@code BatchProgress} converts to it). A job
 * calls it from one of its threads, often (every iteration, fit or few thousand records): a
 * listener that draws or logs decides itself how often to show something, and must return quickly.
 *
 * <pre>{@code
 * ProgressListener log = progress -> logger.info(progress.toString());
 * }</pre>
 *
 * <p>Implementations need not be thread-safe unless they are shared between jobs: one job calls its
 * listener from one thread at a time.
 */
@FunctionalInterface
public interface ProgressListener {
  /**
   * Hears a report.
   *
   * @param progress how far the job has come
   */
  void onProgress(Progress progress);

  /**
   * Returns a listener that ignores every report.
   *
   * @return the listener
   */
  static ProgressListener none() {
    return progress -> {};
  }
}
