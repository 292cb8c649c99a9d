package io.github.policythemes.batch;

import io.github.policythemes.article.ArticleRecord;
import io.github.policythemes.article.ErrorRecord;
import io.github.policythemes.article.InputRecord;
import io.github.policythemes.article.RecordSource;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
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
  private final List<Thread> workers = new CopyOnWriteArrayList<>();
  private final Set<Thread> abandoned = ConcurrentHashMap.newKeySet();
  private final Thread writer;
  private final IdHashes ids = new IdHashes();
  private volatile boolean sinkFailed;
  private long delivered;
  private long sinceCheckpoint;
  private long lastLine;
  private String lastId = "";
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
    volatile long started;
    volatile Thread worker;

    Slot(InputRecord input, int permits) {
      this.input = input;
      this.permits = permits;
    }

    /** Sets the outcome unless one is set (a timed-out record keeps its error). */
    synchronized boolean complete(Object value) {
      if (outcome != null) {
        return false;
      }
      outcome = value;
      return true;
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
    for (int i = 0; i < config.threads(); i++) {
      workers.add(newWorker());
    }
    this.writer = new Thread(this::write, "policy-themes-batch-writer");
  }

  private Thread newWorker() {
    Thread worker =
        new Thread(this::classify, "policy-themes-batch-worker-" + (workers.size() + 1));
    worker.setDaemon(true);
    return worker;
  }

  void start() {
    for (Thread thread : workers) {
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
    BatchPosition resume = config.resumeFrom();
    long index = 0;
    try {
      for (InputRecord record = source.next(); record != null && !stopped; record = source.next()) {
        if (index < resume.records()) {
          index++;
          pass(record, index == resume.records() ? resume : null);
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
      if (!stopped && index < resume.records()) {
        throw new IllegalStateException(
            String.format(
                Locale.ROOT,
                "the input has %,d records, the run being resumed had read %,d: it is not the"
                    + " same input",
                index,
                resume.records()));
      }
      if (!stopped) {
        ordered.put(END);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (OutOfMemoryError e) {
      if (!stopped) {
        fail(
            "reading failed",
            new IllegalStateException(
                "out of memory reading a record: lower --max-record-bytes"
                    + " (ReadOptions.maxRecordBytes) or give Java more heap (-Xmx)",
                e));
        ordered.offer(END);
      }
    } catch (IOException | RuntimeException | Error e) {
      if (!stopped) {
        fail("reading failed", e);
        ordered.offer(END);
      }
    } finally {
      for (int i = 0; i < workers.size(); i++) {
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

  /**
   * Passes over a record that the output already holds (a resumed run), remembering its id for the
   * duplicate count; the last one must be where the run being resumed saw it.
   */
  private void pass(InputRecord record, BatchPosition last) {
    String id = idOf(record);
    if (record instanceof ArticleRecord) {
      ids.addAndCheck(id);
    }
    skipped++;
    if (last != null && (record.line() != last.line() || !id.equals(last.id()))) {
      throw new IllegalStateException(
          String.format(
              Locale.ROOT,
              "the input is not the one the run being resumed read: its record %,d is %s at line"
                  + " %,d, it was %s at line %,d",
              last.records(),
              id.isEmpty() ? "a record without id" : "'" + id + "'",
              record.line(),
              last.id().isEmpty() ? "a record without id" : "'" + last.id() + "'",
              last.line()));
    }
  }

  private static String idOf(InputRecord record) {
    if (record instanceof ArticleRecord article) {
      return article.article().id();
    }
    String id = ((ErrorRecord) record).id();
    return id == null ? "" : id;
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
      if (slot == END || abandoned.contains(Thread.currentThread())) {
        return;
      }
      if (stopped) {
        continue;
      }
      slot.worker = Thread.currentThread();
      slot.started = System.nanoTime();
      ArticleRecord record = (ArticleRecord) slot.input;
      Object outcome;
      try {
        outcome = config.classify(record);
      } catch (RuntimeException e) {
        outcome = error(record, "classification failed: " + e);
      } catch (OutOfMemoryError e) {
        outcome =
            error(
                record,
                String.format(
                    Locale.ROOT,
                    "out of memory classifying this record (%,d chars): lower --max-record-bytes"
                        + " (ReadOptions.maxRecordBytes) or give Java more heap (-Xmx)",
                    record.article().text().length()));
      } catch (StackOverflowError e) {
        outcome = error(record, "classification failed: stack overflow");
      } catch (Error e) {
        fail("classification failed", e);
        return;
      }
      if (abandoned.contains(Thread.currentThread())) {
        Thread.interrupted(); // a late result of a timed-out record: dropped, and this thread ends
        return;
      }
      slot.complete(outcome);
      LockSupport.unpark(writer);
    }
  }

  private static ErrorRecord error(ArticleRecord record, String reason) {
    return new ErrorRecord(record.source(), record.line(), record.article().id(), reason);
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
      if (!sinkFailed) {
        flush();
      }
      if (!sinkFailed) {
        checkpoint();
      }
    } catch (InterruptedException e) {
      cancelled = true;
    } catch (RuntimeException | Error e) {
      sinkFailed = true;
      fail("writing failed", e);
    } finally {
      finish();
    }
  }

  /** Waits until a worker has handled the slot; false if the job stops first. */
  private boolean awaitOutcome(Slot slot) {
    long timeout = config.recordTimeout().toNanos();
    long wait =
        Math.min(config.progressInterval().toNanos(), timeout > 0 ? timeout : Long.MAX_VALUE);
    while (slot.outcome == null) {
      if (stopped) {
        return false;
      }
      long started = slot.started;
      if (timeout > 0 && started != 0 && System.nanoTime() - started > timeout) {
        timeOut(slot);
      } else {
        LockSupport.parkNanos(this, Math.max(wait / 4, 1_000_000));
      }
    }
    return !stopped;
  }

  /**
   * Gives a record that takes too long an error outcome, and a replacement to the worker that is
   * still on it: that thread is interrupted and, should it ever finish, drops its result and ends.
   */
  private void timeOut(Slot slot) {
    ArticleRecord record = (ArticleRecord) slot.input;
    String reason =
        String.format(
            Locale.ROOT,
            "timed out: not classified within %s (%,d chars); --record-timeout sets the limit",
            config.recordTimeout().toString().substring(2).toLowerCase(Locale.ROOT),
            record.article().text().length());
    if (slot.complete(error(record, reason))) {
      Thread stuck = slot.worker;
      if (stuck != null && abandoned.add(stuck)) {
        stuck.interrupt();
        Thread replacement = newWorker();
        workers.add(replacement);
        replacement.start();
      }
    }
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
      sinkFailed = true;
      fail("writing failed", e);
      return;
    }
    if (slot.input instanceof ArticleRecord article && ids.addAndCheck(article.article().id())) {
      duplicates++;
    }
    budget.release(slot.permits);
    delivered++;
    lastLine = slot.input.line();
    lastId = idOf(slot.input);
    if (++sinceCheckpoint >= config.checkpointRecords()) {
      checkpoint();
    }
  }

  /** Where the sink's output now ends in the input. */
  private BatchPosition position() {
    BatchPosition resumed = config.resumeFrom();
    return delivered == 0
        ? resumed
        : new BatchPosition(resumed.records() + delivered, lastLine, lastId);
  }

  private void checkpoint() {
    sinceCheckpoint = 0;
    try {
      sink.checkpoint(position());
    } catch (IOException | RuntimeException e) {
      sinkFailed = true;
      fail("writing failed", e);
    }
  }

  private void flush() {
    try {
      sink.flush();
    } catch (IOException | RuntimeException e) {
      sinkFailed = true;
      fail("writing failed", e);
    }
  }

  private void finish() {
    stop();
    for (int i = 0; i < workers.size(); i++) {
      work.add(END);
    }
    try {
      for (Thread worker : workers) {
        if (!abandoned.contains(worker)) {
          worker.join();
        }
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
