package io.github.policythemes.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class WorkerPoolTest {
  @Test
  void run_returnsTheResultAndPassesExceptionsOn() throws Exception {
    try (WorkerPool pool = new WorkerPool(2, 2, Duration.ofSeconds(5))) {
      assertThat(pool.run(() -> 42)).isEqualTo(42);
      assertThatThrownBy(
              () ->
                  pool.run(
                      () -> {
                        throw ApiException.badRequest("bad");
                      }))
          .isInstanceOf(ApiException.class)
          .hasMessage("bad");
    }
  }

  @Test
  void fullPool_is503AtOnce() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch running = new CountDownLatch(1);
    ExecutorService callers = Executors.newFixedThreadPool(2);
    try (WorkerPool pool = new WorkerPool(1, 1, Duration.ofSeconds(30))) {
      callers.submit(
          () ->
              pool.run(
                  () -> {
                    running.countDown();
                    release.await();
                    return 1;
                  }));
      running.await();
      callers.submit(() -> pool.run(() -> 2));
      while (pool.busy() < 2) {
        Thread.sleep(5);
      }
      long start = System.nanoTime();
      assertThatThrownBy(() -> pool.run(() -> 3))
          .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(503))
          .hasMessageContaining("busy");
      assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
    } finally {
      release.countDown();
      callers.shutdownNow();
    }
  }

  @Test
  void slowTask_is503AtTheTimeout() throws Exception {
    try (WorkerPool pool = new WorkerPool(1, 1, Duration.ofMillis(100))) {
      assertThatThrownBy(
              () ->
                  pool.run(
                      () -> {
                        Thread.sleep(5_000);
                        return 1;
                      }))
          .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(503))
          .hasMessageContaining("took longer than 100 ms");
      assertThat(pool.run(() -> 2)).isEqualTo(2);
    }
  }
}
