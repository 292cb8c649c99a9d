package io.github.policythemes.batch;

import io.github.policythemes.article.ArticleRecord;
import io.github.policythemes.article.ErrorRecord;
import io.github.policythemes.article.InputRecord;
import io.github.policythemes.article.RecordSource;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * A running batch job: started by {@link BatchClassifier#start}, it can be cancelled and awaited.
 *
 * <p>Thread-safe: any thread may cancel or await.
 */
public final class BatchJob {
  private final BatchClassifier config;
  private final RecordSource source;
  private final BatchSink sink;
  private final long start = System.nanoTime();
  private final BlockingQueue<Slot> ordered;
  private final BlockingQueue<Slot> work = new LinkedBlockingQueue<>();
  private final Semaphore budget;
  private final AtomicReference<Failure> failure = new AtomicReference<>();
  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread reader;
  private final Thread[] workers;
  private final Thread writer;
  private final IdHashes ids = new IdHashes();
  private volatile boolean stopped;
  private volatile boolean cancelled;
  private volatile long written;
  private volatile long failed;
  private volatile long duplicates;
  private volatile long skipped;
  private volatile BatchReport report;

  /** A record on its way: its outcome is a {@link BatchResult} or an {@link ErrorRecord}. */
  private static final class Slot {
    final InputRecord input;
    final int permits;
    volatile Object outcome;

    Slot(InputRecord input, int permits) {
      this.input = input;
      this.permits = permits;
    }
  }

  private static final Slot END = new Slot(null, 0);

  /** The first failure: what failed, and why. */
  private record Failure(String what, Throwable cause) {}

  BatchJob(BatchClassifier config, RecordSource source, BatchSink sink) {
    this.config = config;
    this.source = source;
    this.sink = sink;
    this.ordered = new ArrayBlockingQueue<>(config.capacity());
    this.budget = new Semaphore(config.bufferedChars());
    this.reader = new Thread(this::read, "policy-themes-batch-reader");
    this.workers = new Thread[config.threads()];
    for (int i = 0; i < workers.length; i++) {
      workers[i] = new Thread(this::classify, "policy-themes-batch-worker-" + (i + 1));
    }
    this.writer = new Thread(this::write, "policy-themes-batch-writer");
  }

  void start() {
    for (Thread thread : workers) {
      thread.setDaemon(true);
      thread.start();
    }
    reader.setDaemon(true);
    writer.setDaemon(true);
    reader.start();
    writer.start();
  }

  /**
   * Cancels the job: reading stops, records in flight are dropped (not counted), and the writer
   * stops after the record it is writing. Does nothing once the job is done.
   */
  public void cancel() {
    if (finished.getCount() > 0) {
      cancelled = true;
      stop();
    }
  }

  /**
   * Tells whether the job is over.
   *
   * @return true when the job finished, failed or was cancelled, and its threads are done writing
   */
  public boolean isDone() {
    return finished.getCount() == 0;
  }

  /**
   * Waits for the job to end.
   *
   * @return the report; {@link BatchReport#cancelled()} tells whether it was cancelled
   * @throws BatchFailedException if writing, reading or the classifier failed (its report tells
   *     what was done)
   * @throws InterruptedException if the waiting thread is interrupted; the job goes on
   */
  public BatchReport await() throws BatchFailedException, InterruptedException {
    finished.await();
    Failure first = failure.get();
    if (first != null) {
      Throwable cause = first.cause();
      String message = cause.getMessage() != null ? cause.getMessage() : cause.toString();
      throw new BatchFailedException(first.what() + ": " + message, report, cause);
    }
    return report;
  }

  /**
   * Returns the progress so far.
   *
   * @return the counts now
   */
  public BatchProgress progress() {
    long w = written;
    long f = failed;
    return new BatchProgress(
        w + f,
        w,
        f,
        duplicates,
        skipped,
        Duration.ofNanos(System.nanoTime() - start),
        source.bytesRead(),
        source.bytesTotal());
  }

  private void fail(String what, Throwable cause) {
    failure.compareAndSet(null, new Failure(what, cause));
    stop();
  }

  private void stop() {
    stopped = true;
    reader.interrupt();
    LockSupport.unpark(writer);
  }

  private void read() {
    long skips = 0;
    try {
      for (InputRecord record = source.next(); record != null && !stopped; record = source.next()) {
        if (record instanceof ArticleRecord article
            && config.skipIds().contains(article.article().id())) {
          skipped = ++skips;
          continue;
        }
        Slot slot = new Slot(record, permits(record));
        budget.acquire(slot.permits);
        if (record instanceof ErrorRecord) {
          slot.outcome = record;
        }
        ordered.put(slot);
        if (record instanceof ArticleRecord) {
          work.put(slot);
        }
      }
      if (!stopped) {
        ordered.put(END);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException | Error e) {
      if (!stopped) {
        fail("reading failed", e);
        ordered.offer(END);
      }
    } finally {
      for (int i = 0; i < workers.length; i++) {
        work.add(END);
      }
      try {
        source.close();
      } catch (IOException e) {
        if (!stopped) {
          fail("reading failed", e);
        }
      }
    }
  }

  private int permits(InputRecord record) {
    if (record instanceof ArticleRecord article) {
      long chars = (long) article.article().text().length() + article.article().title().length();
      return (int) Math.max(1, Math.min(chars, config.bufferedChars()));
    }
    return 1;
  }

  private void classify() {
    while (true) {
      Slot slot;
      try {
        slot = work.take();
      } catch (InterruptedException e) {
        return;
      }
      if (slot == END) {
        return;
      }
      if (stopped) {
        continue;
      }
      try {
        slot.outcome = config.classify((ArticleRecord) slot.input);
      } catch (RuntimeException e) {
        ArticleRecord record = (ArticleRecord) slot.input;
        slot.outcome =
            new ErrorRecord(
                record.source(),
                record.line(),
                record.article().id(),
                "classification failed: " + e);
      } catch (Error e) {
        fail("classification failed", e);
      }
      LockSupport.unpark(writer);
    }
  }

  private void write() {
    long nextProgress = System.nanoTime() + config.progressInterval().toNanos();
    try {
      while (!stopped) {
        Slot slot = ordered.poll(config.progressInterval().toNanos(), TimeUnit.NANOSECONDS);
        if (slot == END) {
          break;
        }
        if (slot != null && !awaitOutcome(slot)) {
          break;
        }
        if (slot != null) {
          deliver(slot);
        }
        if (System.nanoTime() >= nextProgress) {
          notifyProgress();
          nextProgress = System.nanoTime() + config.progressInterval().toNanos();
        }
      }
      if (failure.get() == null) {
        flush();
      }
    } catch (InterruptedException e) {
      cancelled = true;
    } catch (RuntimeException | Error e) {
      fail("writing failed", e);
    } finally {
      finish();
    }
  }

  /** Waits until a worker has handled the slot; false if the job stops first. */
  private boolean awaitOutcome(Slot slot) {
    while (slot.outcome == null) {
      if (stopped) {
        return false;
      }
      LockSupport.parkNanos(this, config.progressInterval().toNanos());
    }
    return !stopped;
  }

  private void deliver(Slot slot) {
    try {
      if (slot.outcome instanceof BatchResult result) {
        sink.accept(result);
        written++;
      } else {
        sink.reject((ErrorRecord) slot.outcome);
        failed++;
      }
    } catch (IOException | RuntimeException e) {
      fail("writing failed", e);
      return;
    }
    if (slot.input instanceof ArticleRecord article && ids.addAndCheck(article.article().id())) {
      duplicates++;
    }
    budget.release(slot.permits);
  }

  private void flush() {
    try {
      sink.flush();
    } catch (IOException | RuntimeException e) {
      fail("writing failed", e);
    }
  }

  private void finish() {
    stop();
    for (Thread worker : workers) {
      work.add(END);
    }
    try {
      for (Thread worker : workers) {
        worker.join();
      }
      reader.join(TimeUnit.SECONDS.toMillis(1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    long w = written;
    long f = failed;
    report =
        new BatchReport(
            w + f,
            w,
            f,
            duplicates,
            skipped,
            Duration.ofNanos(System.nanoTime() - start),
            cancelled && failure.get() == null);
    notifyProgress();
    finished.countDown();
  }

  private void notifyProgress() {
    if (config.listener() == null) {
      return;
    }
    try {
      config.listener().onProgress(progress());
    } catch (RuntimeException e) {
      fail("progress listener failed", e);
    }
  }
}
