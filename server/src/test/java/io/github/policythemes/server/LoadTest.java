package io.github.policythemes.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policythemes.classify.ThemeClassifier;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A bounded load test, on loopback only: 32 clients post the seed samples to {@code /api/classify}
 * as fast as the server answers, for a fixed time (20 s after 3 s of warm-up; {@code
 * -Dload.seconds=N} changes it). No request may fail; the heap after a full GC must be about what
 * it was before. Prints p50/p90/p99 latency and throughput and writes them to {@code
 * target/load-test.txt}. The server and the clients share this JVM (and the machine's cores).
 */
class LoadTest {
  static final int CLIENTS = 32;

  @Test
  void thirtyTwoClients_onClassify_noErrors_flatMemory() throws Exception {
    int seconds = Integer.getInteger("load.seconds", 20);
    List<String> bodies = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("../seeds/samples"))) {
      for (Path file : files.sorted().toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        bodies.add(Http.json(Map.of("id", file.getFileName().toString(), "text", text)));
      }
    }
    try (WebServer server =
        WebServer.builder()
            .classifier("default", ThemeClassifier.defaultModel())
            .port(0)
            .build()
            .start()) {
      URI uri = server.uri().resolve("/api/classify");
      HttpClient client =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(5))
              .executor(Executors.newFixedThreadPool(4))
              .build();
      run(client, uri, bodies, Duration.ofSeconds(3)); // warm-up: JIT, connections
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      long before = usedAfterGc(memory);
      Result result = run(client, uri, bodies, Duration.ofSeconds(seconds));
      long after = usedAfterGc(memory);
      String report =
          String.format(
              Locale.ROOT,
              "load test: %d clients, POST /api/classify (seeds/samples, %d articles cycled), %d s,"
                  + " %d workers%n  requests %d, errors %d, throughput %.0f req/s%n"
                  + "  latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n"
                  + "  heap used after full GC: before %.1f MiB, after %.1f MiB (max %.0f MiB)%n",
              CLIENTS,
              bodies.size(),
              seconds,
              server.pool().workers(),
              result.requests(),
              result.errors(),
              result.requests() / (double) seconds,
              result.percentile(0.50),
              result.percentile(0.90),
              result.percentile(0.99),
              result.percentile(1.0),
              before / 1048576.0,
              after / 1048576.0,
              memory.getHeapMemoryUsage().getMax() / 1048576.0);
      System.out.print(report);
      Files.createDirectories(Path.of("target"));
      Files.writeString(Path.of("target", "load-test.txt"), report, StandardCharsets.UTF_8);
      assertThat(result.firstError()).isNull();
      assertThat(result.errors()).isZero();
      assertThat(result.requests()).isGreaterThan(CLIENTS);
      assertThat(after - before).as("heap growth, bytes").isLessThan(32L << 20);
    }
  }

  record Result(long requests, long errors, String firstError, long[] latencies) {
    double percentile(double p) {
      if (latencies.length == 0) {
        return Double.NaN;
      }
      int index = (int) Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1);
      return latencies[Math.max(0, index)] / 1e6;
    }
  }

  static Result run(HttpClient client, URI uri, List<String> bodies, Duration duration)
      throws Exception {
    long end = System.nanoTime() + duration.toNanos();
    AtomicLong errors = new AtomicLong();
    String[] firstError = new String[1];
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<Future<long[]>> futures = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      int offset = c;
      futures.add(
          clients.submit(
              () -> {
                long[] latencies = new long[1 << 14];
                int count = 0;
                for (int i = offset; System.nanoTime() < end; i++) {
                  HttpRequest request =
                      HttpRequest.newBuilder(uri)
                          .timeout(Duration.ofSeconds(30))
                          .header("Content-Type", "application/json")
                          .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i % bodies.size())))
                          .build();
                  long start = System.nanoTime();
                  try {
                    HttpResponse<String> response =
                        client.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                      fail(errors, firstError, response.statusCode() + " " + response.body());
                      continue;
                    }
                  } catch (IOException e) {
                    fail(errors, firstError, e.toString());
                    continue;
                  }
                  if (count == latencies.length) {
                    latencies = Arrays.copyOf(latencies, count * 2);
                  }
                  latencies[count++] = System.nanoTime() - start;
                }
                return Arrays.copyOf(latencies, count);
              }));
    }
    long[] all = new long[0];
    for (Future<long[]> future : futures) {
      long[] some = future.get();
      long[] merged = Arrays.copyOf(all, all.length + some.length);
      System.arraycopy(some, 0, merged, all.length, some.length);
      all = merged;
    }
    clients.shutdown();
    Arrays.sort(all);
    return new Result(all.length + errors.get(), errors.get(), firstError[0], all);
  }

  private static synchronized void fail(AtomicLong errors, String[] first, String message) {
    errors.incrementAndGet();
    if (first[0] == null) {
      first[0] = message;
    }
  }

  static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
