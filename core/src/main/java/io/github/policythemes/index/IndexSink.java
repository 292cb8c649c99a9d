package io.github.policythemes.index;

import io.github.policythemes.article.ArticleRecord;
import io.github.policythemes.article.ErrorRecord;
import io.github.policythemes.batch.BatchResult;
import io.github.policythemes.batch.BatchSink;
import io.github.policythemes.batch.ErrorWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToLongFunction;

/**
 * The end of a load: adds each classified record to the index, commits every so many records, and
 * turns a record that Lucene refuses into an error record, so that {@code read == indexed + failed}
 * holds whatever the input. Called from one thread (a batch job's writer); not thread-safe.
 *
 * <p>With more than one indexing thread, records are analysed and added by a small pool (the words
 * chains, Nori and SmartCN above all, cost far more than classification), at most a few per thread
 * in flight. Sequence numbers are still given in input order, and a commit waits for every record
 * handed over before it, so a commit holds exactly the first records of the input.
 */
final class IndexSink implements BatchSink, Closeable {
  private static final int IN_FLIGHT_PER_THREAD = 4;

  private final ThemeIndex index;
  private final ErrorWriter errors;
  private final int commitEvery;
  private final ToLongFunction<String> seqOf;
  private final ExecutorService pool;
  private final int permits;
  private final Semaphore inFlight;
  private final ConcurrentLinkedQueue<ErrorRecord> refusedRecords = new ConcurrentLinkedQueue<>();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private final AtomicLong indexed = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();
  private long sinceCommit;

  /**
   * Makes the sink.
   *
   * @param seqOf the sequence number of a record, by id: the next one for a new article, the old
   *     one for an article classified again
   * @param threads indexing threads; 1 indexes in the caller's thread
   */
  IndexSink(
      ThemeIndex index,
      ErrorWriter errors,
      int commitEvery,
      ToLongFunction<String> seqOf,
      int threads) {
    this.index = index;
    this.errors = errors;
    this.commitEvery = commitEvery;
    this.seqOf = seqOf;
    this.permits = threads * IN_FLIGHT_PER_THREAD;
    this.inFlight = new Semaphore(permits);
    this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, new Named()) : null;
  }

  @Override
  public void accept(BatchResult result) throws IOException {
    rethrow();
    drainRefused();
    ArticleRecord record = result.record();
    long seq = seqOf.applyAsLong(record.article().id());
    if (pool == null) {
      add(result, seq);
    } else {
      acquire(1);
      pool.execute(
          () -> {
            try {
              add(result, seq);
            } catch (Throwable e) {
              failure.compareAndSet(null, e);
            } finally {
              inFlight.release();
            }
          });
    }
    if (++sinceCommit >= commitEvery) {
      await();
      index.commit();
      sinceCommit = 0;
    }
  }

  private void add(BatchResult result, long seq) throws IOException {
    ArticleRecord record = result.record();
    try {
      index.write(
          record.article(),
          result.classification(),
          record.source(),
          record.line(),
          record.meta(),
          seq);
      indexed.incrementAndGet();
    } catch (IllegalArgumentException e) {
      // Lucene refused the document (or our schema did); the index is unchanged by it
      refused.incrementAndGet();
      refusedRecords.add(
          new ErrorRecord(
              record.source(),
              record.line(),
              record.article().id(),
              "cannot be indexed: " + e.getMessage()));
    }
  }

  @Override
  public void reject(ErrorRecord error) throws IOException {
    errors.write(error);
  }

  @Override
  public void flush() throws IOException {
    await();
    errors.flush();
  }

  /** Waits for the records in flight, then stops the pool. */
  @Override
  public void close() throws IOException {
    try {
      await();
    } finally {
      if (pool != null) {
        pool.shutdown();
      }
    }
  }

  /** Waits until every record handed over is in the index (or refused). */
  private void await() throws IOException {
    acquire(permits);
    inFlight.release(permits);
    rethrow();
    drainRefused();
  }

  private void acquire(int count) throws InterruptedIOException {
    try {
      inFlight.acquire(count);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while indexing");
    }
  }

  private void drainRefused() throws IOException {
    for (ErrorRecord error = refusedRecords.poll(); error != null; error = refusedRecords.poll()) {
      errors.write(error);
    }
  }

  private void rethrow() throws IOException {
    Throwable e = failure.get();
    if (e instanceof IOException io) {
      throw io;
    }
    if (e != null) {
      throw new IOException("indexing failed: " + e, e);
    }
  }

  /** Records handed over and indexed. */
  long indexed() {
    return indexed.get();
  }

  /** Records handed over as classified but refused by the index. */
  long refused() {
    return refused.get();
  }

  /** Names the pool's daemon threads. */
  private static final class Named implements java.util.concurrent.ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "policy-themes-index-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
