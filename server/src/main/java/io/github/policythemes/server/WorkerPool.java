package io.github.policythemes.server;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the requests that do real work (classify, explain, search, ...) on a fixed number of worker
 * threads with a bounded queue in front. A request that finds every worker busy and the queue full
 * is answered at once with 503 and {@code Retry-After}, instead of piling up; a request that waits
 * and runs longer than the timeout is answered with 503 too (its work is interrupted).
 *
 * <p>Thread-safe.
 */
final class WorkerPool implements AutoCloseable {
  private final ThreadPoolExecutor executor;
  private final Duration timeout;
  private final int workers;
  private final int queue;

  WorkerPool(int workers, int queue, Duration timeout) {
    this.workers = workers;
    this.queue = queue;
    this.timeout = timeout;
    BlockingQueue<Runnable> waiting =
        queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue);
    this.executor =
        new ThreadPoolExecutor(
            workers,
            workers,
            0,
            TimeUnit.MILLISECONDS,
            waiting,
            threads(),
            new ThreadPoolExecutor.AbortPolicy());
  }

  /**
   * Runs a task on a worker and waits for its result.
   *
   * @throws ApiException 503 when the pool is full or the task timed out; the task's own {@link
   *     ApiException}; 400 for an {@link IllegalArgumentException} of the task
   */
  <T> T run(Callable<T> task) throws Exception {
    Future<T> future;
    try {
      future = executor.submit(task);
    } catch (RejectedExecutionException e) {
      throw new ApiException(
          503,
          "the server is busy: all "
              + workers
              + " workers are working and "
              + queue
              + " requests are waiting; try again in a moment");
    }
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new ApiException(
          503, "the request took longer than " + describe(timeout) + " and was stopped");
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new ApiException(503, "the server is stopping");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception exception) {
        throw exception;
      }
      throw new IllegalStateException(cause);
    }
  }

  int workers() {
    return workers;
  }

  int queue() {
    return queue;
  }

  /** How many tasks run or wait now. */
  int busy() {
    return executor.getActiveCount() + executor.getQueue().size();
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }

  static String describe(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  private static ThreadFactory threads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "policy-themes-worker-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
