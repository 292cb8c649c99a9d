package io.github.policythemes.index;

import io.github.policythemes.batch.ArticleRecord;
import io.github.policythemes.batch.BatchResult;
import io.github.policythemes.batch.BatchSink;
import io.github.policythemes.batch.ErrorRecord;
import io.github.policythemes.batch.ErrorWriter;
import java.io.IOException;
import java.util.function.ToLongFunction;

/**
 * The end of a load: adds each classified record to the index, commits every so many records, and
 * turns a record that Lucene refuses into an error record, so that {@code read == indexed + failed}
 * holds whatever the input. Called from one thread (a batch job's writer); not thread-safe.
 */
final class IndexSink implements BatchSink {
  private final ThemeIndex index;
  private final ErrorWriter errors;
  private final int commitEvery;
  private final ToLongFunction<String> seqOf;
  private long indexed;
  private long refused;
  private long sinceCommit;

  /**
   * Makes the sink.
   *
   * @param seqOf the sequence number of a record, by id: the next one for a new article, the old
   *     one for an article classified again
   */
  IndexSink(ThemeIndex index, ErrorWriter errors, int commitEvery, ToLongFunction<String> seqOf) {
    this.index = index;
    this.errors = errors;
    this.commitEvery = commitEvery;
    this.seqOf = seqOf;
  }

  @Override
  public void accept(BatchResult result) throws IOException {
    ArticleRecord record = result.record();
    String id = record.article().id();
    try {
      index.write(
          record.article(),
          result.classification(),
          record.source(),
          record.line(),
          record.meta(),
          seqOf.applyAsLong(id));
    } catch (IllegalArgumentException e) {
      // Lucene refused the document (or our schema did); the index is unchanged by it
      refused++;
      errors.write(
          new ErrorRecord(
              record.source(), record.line(), id, "cannot be indexed: " + e.getMessage()));
      return;
    }
    indexed++;
    if (++sinceCommit >= commitEvery) {
      index.commit();
      sinceCommit = 0;
    }
  }

  @Override
  public void reject(ErrorRecord error) throws IOException {
    errors.write(error);
  }

  @Override
  public void flush() throws IOException {
    errors.flush();
  }

  /** Records handed over and indexed. */
  long indexed() {
    return indexed;
  }

  /** Records handed over as classified but refused by the index. */
  long refused() {
    return refused;
  }
}
