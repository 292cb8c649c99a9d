package io.github.policythemes.batch;

import io.github.policythemes.article.ErrorRecord;
import java.io.Flushable;
import java.io.IOException;
import java.util.Objects;

/**
 * Where a batch run puts its outcome: each classified record, and each record that failed. Both
 * come in input order, from one thread.
 *
 * <p>A run flushes the sink at the end but does not close it: the caller owns what it writes to. An
 * exception thrown here stops the run (see {@link BatchClassifier#run}).
 */
public interface BatchSink extends Flushable {
  /**
   * Takes a classified record.
   *
   * @param result the result
   * @throws IOException if it cannot be written; the run stops
   */
  void accept(BatchResult result) throws IOException;

  /**
   * Takes a record that could not be read or classified.
   *
   * @param error the error
   * @throws IOException if it cannot be written; the run stops
   */
  void reject(ErrorRecord error) throws IOException;

  /**
   * Makes what the sink took so far durable, and notes how far in the input it goes; called by the
   * writer thread every so many records and at the end of a run (also a cancelled one), not after
   * the sink failed. The default flushes. {@link BatchOutput}'s sink records the position beside
   * its files, for a later run to {@linkplain BatchClassifier.Builder#resumeFrom resume from}.
   *
   * @param position the input records whose outcome the sink now holds
   * @throws IOException if it cannot be written; the run stops
   */
  default void checkpoint(BatchPosition position) throws IOException {
    flush();
  }

  /**
   * Joins a result writer and an error writer.
   *
   * @param results where classified records go
   * @param errors where failed records go
   * @return the sink; its {@link #flush()} flushes both
   */
  static BatchSink of(ResultWriter results, ErrorWriter errors) {
    Objects.requireNonNull(results, "results");
    Objects.requireNonNull(errors, "errors");
    return new BatchSink() {
      @Override
      public void accept(BatchResult result) throws IOException {
        results.write(result);
      }

      @Override
      public void reject(ErrorRecord error) throws IOException {
        errors.write(error);
      }

      @Override
      public void flush() throws IOException {
        results.flush();
        errors.flush();
      }
    };
  }
}
