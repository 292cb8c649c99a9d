package io.github.policythemes.batch;

/**
 * Hears how far a batch job is: every {@linkplain BatchClassifier.Builder#progressInterval
 * interval} and once more at the end.
 *
 * <p>Called from the job's writer thread: keep it quick. An exception thrown here stops the job.
 */
@FunctionalInterface
public interface BatchProgressListener {
  /**
   * Receives the job's progress.
   *
   * @param progress the counts so far
   */
  void onProgress(BatchProgress progress);
}
