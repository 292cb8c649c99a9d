package io.github.policythemes.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policythemes.article.Article;
import io.github.policythemes.article.ErrorRecord;
import io.github.policythemes.article.InputRecord;
import io.github.policythemes.article.ReadOptions;
import io.github.policythemes.article.RecordSource;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BatchClassifierTest {
  private static final String[] TEXTS = {
    "The council debated the local allocation tax and fiscal decentralization.",
    "지방소멸대응기금 배분 기준이 바뀐다",
    "Residents joined the participatory budget assembly in Suwon.",
    "大湾区城市群推进交通一体化",
  };

  /** Collects what a run hands over, in order. */
  static class ListSink implements BatchSink {
    final List<Object> outcomes = Collections.synchronizedList(new ArrayList<>());
    final int failAt;

    ListSink(int failAt) {
      this.failAt = failAt;
    }

    @Override
    public void accept(BatchResult result) throws IOException {
      add(result);
    }

    @Override
    public void reject(ErrorRecord error) throws IOException {
      add(error);
    }

    private void add(Object outcome) throws IOException {
      if (outcomes.size() + 1 == failAt) {
        throw new IOException("No space left on device");
      }
      outcomes.add(outcome);
    }

    @Override
    public void flush() {}

    List<String> ids() {
      List<String> ids = new ArrayList<>();
      for (Object o : outcomes) {
        ids.add(o instanceof BatchResult r ? r.record().article().id() : ((ErrorRecord) o).id());
      }
      return ids;
    }
  }

  private static List<Article> articles(int n) {
    List<Article> articles = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      articles.add(Article.of("a" + i, TEXTS[i % TEXTS.length]));
    }
    return articles;
  }

  @Test
  void run_manyThreadsWithRandomDelays_keepsInputOrder() throws Exception {
    TestClassifier classifier = new TestClassifier(200_000);
    BatchClassifier batch = BatchClassifier.builder().classifier(classifier).threads(8).build();
    ListSink sink = new ListSink(-1);

    BatchReport report = batch.run(RecordSource.of(articles(2000)), sink);

    List<String> expected = articles(2000).stream().map(Article::id).toList();
    assertThat(sink.ids()).isEqualTo(expected);
    assertThat(report.read()).isEqualTo(2000);
    assertThat(report.written()).isEqualTo(2000);
    assertThat(report.failed()).isZero();
    assertThat(report.cancelled()).isFalse();
    assertThat(report.docsPerSecond()).isPositive();
  }

  @Test
  void run_errorRecordsAndClassifierFailures_inOrderAndCounted() throws Exception {
    List<Article> articles = new ArrayList<>(articles(10));
    articles.set(3, Article.of("bad", "this will boom"));
    articles.add(Article.of("a0", "a duplicate id"));
    RecordSource withError =
        RecordSource.concat(
            List.of(
                RecordSource.of(articles),
                new RecordSource() {
                  private boolean done;

                  @Override
                  public InputRecord next() {
                    if (done) {
                      return null;
                    }
                    done = true;
                    return new ErrorRecord("x.jsonl", 7, null, "malformed JSON");
                  }

                  @Override
                  public void close() {}
                }));
    ListSink sink = new ListSink(-1);

    BatchReport report =
        BatchClassifier.builder()
            .classifier(new TestClassifier(0))
            .threads(2)
            .build()
            .run(withError, sink);

    assertThat(report.read()).isEqualTo(12);
    assertThat(report.written()).isEqualTo(10);
    assertThat(report.failed()).isEqualTo(2);
    assertThat(report.duplicates()).isEqualTo(1);
    ErrorRecord failed = (ErrorRecord) sink.outcomes.get(3);
    assertThat(failed.id()).isEqualTo("bad");
    assertThat(failed.reason())
        .isEqualTo("classification failed: java.lang.IllegalStateException: boom in bad");
    assertThat(((ErrorRecord) sink.outcomes.get(11)).position()).isEqualTo("x.jsonl:7");
  }

  @Test
  void run_slowWorkers_readerStaysWithinCapacity() throws Exception {
    AtomicLong produced = new AtomicLong();
    ListSink sink = new ListSink(-1);
    AtomicLong maxAhead = new AtomicLong();
    Iterator<Article> endless =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            maxAhead.accumulateAndGet(produced.get() - sink.outcomes.size(), Math::max);
            return produced.get() < 3000;
          }

          @Override
          public Article next() {
            return Article.of("a" + produced.getAndIncrement(), TEXTS[0]);
          }
        };

    BatchClassifier.builder()
        .classifier(new TestClassifier(50_000))
        .threads(2)
        .capacity(16)
        .build()
        .run(RecordSource.of(() -> endless), sink);

    // capacity in the queue, one being written, one being read
    assertThat(maxAhead.get()).isLessThanOrEqualTo(16 + 2);
    assertThat(sink.outcomes).hasSize(3000);
  }

  @Test
  void run_bigArticles_charBudgetBoundsWhatIsInFlight() throws Exception {
    String big = "decentralization ".repeat(1000);
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      articles.add(Article.of("big" + i, big));
    }
    TestClassifier classifier = new TestClassifier(100_000);

    BatchReport report =
        BatchClassifier.builder()
            .classifier(classifier)
            .threads(4)
            .bufferedChars(big.length() * 2)
            .build()
            .run(RecordSource.of(articles), new ListSink(-1));

    assertThat(report.written()).isEqualTo(50);
  }

  @Test
  void run_sinkFailure_stopsAtOnceAndReportsWhatWasWritten() {
    ListSink sink = new ListSink(101);
    TestClassifier classifier = new TestClassifier(0);
    BatchClassifier batch = BatchClassifier.builder().classifier(classifier).threads(2).build();

    assertThatThrownBy(() -> batch.run(RecordSource.of(articles(100_000)), sink))
        .isInstanceOf(BatchFailedException.class)
        .hasMessage("writing failed: No space left on device")
        .hasCauseInstanceOf(IOException.class)
        .satisfies(
            e -> {
              BatchReport report = ((BatchFailedException) e).report();
              assertThat(report.written()).isEqualTo(100);
              assertThat(report.read()).isEqualTo(100);
            });
    assertThat(sink.outcomes).hasSize(100);
    assertThat(classifier.classified.get()).isLessThan(100_000);
    // the writer thread counts the job finished just before it returns: give it a moment to end
    assertThat(batchThreadsLeftAfter(5_000))
        .noneMatch(
            t ->
                t.getName().startsWith("policy-themes-batch")
                    && t.isAlive()
                    && !t.getName().endsWith("reader"));
  }

  /** The threads alive once no batch thread but the reader is left, or the time is up. */
  private static java.util.Set<Thread> batchThreadsLeftAfter(long millis) {
    long deadline = System.nanoTime() + millis * 1_000_000;
    while (true) {
      java.util.Set<Thread> threads = Thread.getAllStackTraces().keySet();
      boolean busy =
          threads.stream()
              .anyMatch(
                  t ->
                      t.getName().startsWith("policy-themes-batch")
                          && t.isAlive()
                          && !t.getName().endsWith("reader"));
      if (!busy || System.nanoTime() > deadline) {
        return threads;
      }
      java.util.concurrent.locks.LockSupport.parkNanos(10_000_000);
    }
  }

  @Test
  void cancel_runningJob_stopsWithConsistentCounts() throws Exception {
    TestClassifier classifier = new TestClassifier(2_000_000);
    ListSink sink = new ListSink(-1);
    BatchJob job =
        BatchClassifier.builder()
            .classifier(classifier)
            .threads(2)
            .build()
            .start(RecordSource.of(articles(100_000)), sink);
    while (job.progress().written() < 20) {
      Thread.sleep(5);
    }

    job.cancel();
    BatchReport report = job.await();

    assertThat(report.cancelled()).isTrue();
    assertThat(report.read()).isEqualTo(report.written() + report.failed());
    assertThat(report.written()).isEqualTo(sink.outcomes.size()).isLessThan(100_000);
    assertThat(job.isDone()).isTrue();
  }

  @Test
  void run_interruptedCaller_cancelsAndKeepsTheFlag() throws Exception {
    BatchClassifier batch =
        BatchClassifier.builder().classifier(new TestClassifier(2_000_000)).threads(1).build();
    List<BatchReport> reports = new CopyOnWriteArrayList<>();
    List<Boolean> flags = new CopyOnWriteArrayList<>();
    Thread caller =
        new Thread(
            () -> {
              try {
                reports.add(batch.run(RecordSource.of(articles(100_000)), new ListSink(-1)));
                flags.add(Thread.currentThread().isInterrupted());
              } catch (BatchFailedException e) {
                throw new AssertionError(e);
              }
            });
    caller.start();
    Thread.sleep(100);

    caller.interrupt();
    caller.join(10_000);

    assertThat(reports).singleElement().satisfies(r -> assertThat(r.cancelled()).isTrue());
    assertThat(flags).containsExactly(true);
  }

  @Test
  void run_resumeFromAndProgress_skippedNotReadAndListenerHears() throws Exception {
    List<BatchProgress> heard = new CopyOnWriteArrayList<>();
    BatchReport report =
        BatchClassifier.builder()
            .classifier(new TestClassifier(0))
            .threads(2)
            .resumeFrom(new BatchPosition(2, 2, "a1"))
            .progressListener(heard::add)
            .progressInterval(Duration.ofMillis(10))
            .build()
            .run(RecordSource.of(articles(10)), new ListSink(-1));

    assertThat(report.read()).isEqualTo(8);
    assertThat(report.skipped()).isEqualTo(2);
    assertThat(heard).isNotEmpty();
    assertThat(heard.get(heard.size() - 1).written()).isEqualTo(8);
  }

  @Test
  void run_resumeFromAnotherInput_failsNamingTheRecord() {
    BatchClassifier batch =
        BatchClassifier.builder()
            .classifier(new TestClassifier(0))
            .threads(1)
            .resumeFrom(new BatchPosition(2, 2, "x1"))
            .build();

    assertThatThrownBy(() -> batch.run(RecordSource.of(articles(10)), new ListSink(-1)))
        .isInstanceOf(BatchFailedException.class)
        .hasMessageContaining("its record 2 is 'a1' at line 2, it was 'x1' at line 2");
  }

  @Test
  void run_recordThatRunsOutOfMemoryOrStackOrTime_failsAloneAndTheRunGoesOn() throws Exception {
    ListSink sink = new ListSink(-1);
    List<Article> articles = new ArrayList<>(articles(6));
    articles.add(2, Article.of("oom", "allocate an impossible array"));
    articles.add(4, Article.of("deep", "recurse without end"));
    articles.add(5, Article.of("hang", "hang until interrupted"));

    BatchReport report =
        BatchClassifier.builder()
            .classifier(new TestClassifier(0))
            .threads(2)
            .recordTimeout(Duration.ofMillis(300))
            .build()
            .run(RecordSource.of(articles), sink);

    assertThat(report.read()).isEqualTo(9);
    assertThat(report.written()).isEqualTo(6);
    assertThat(report.failed()).isEqualTo(3);
    assertThat(sink.outcomes.stream().filter(ErrorRecord.class::isInstance))
        .map(o -> (ErrorRecord) o)
        .extracting(e -> e.id() + ": " + e.reason())
        .containsExactly(
            "oom: out of memory classifying this record (28 chars): lower --max-record-bytes"
                + " (ReadOptions.maxRecordBytes) or give Java more heap (-Xmx)",
            "deep: classification failed: stack overflow",
            "hang: timed out: not classified within 0.3s (22 chars); --record-timeout sets the"
                + " limit");
  }

  @Test
  void run_explain_resultsCarryExplanations() throws Exception {
    ListSink sink = new ListSink(-1);

    BatchClassifier.builder()
        .classifier(TestClassifier.KEYWORDS)
        .threads(1)
        .explain(true)
        .build()
        .run(RecordSource.of(articles(2)), sink);

    assertThat(sink.outcomes)
        .allSatisfy(o -> assertThat(((BatchResult) o).explanation()).isNotNull());
  }

  @Test
  void run_listenerOrSinkThrowsUnchecked_failsNamingWhich() {
    BatchClassifier listening =
        BatchClassifier.builder()
            .classifier(new TestClassifier(0))
            .threads(1)
            .progressListener(
                p -> {
                  throw new IllegalStateException("listener bug");
                })
            .build();
    BatchSink unchecked =
        new ListSink(-1) {
          @Override
          public void accept(BatchResult result) {
            throw new java.io.UncheckedIOException(new IOException("disk gone"));
          }
        };

    assertThatThrownBy(() -> listening.run(RecordSource.of(articles(10)), new ListSink(-1)))
        .isInstanceOf(BatchFailedException.class)
        .hasMessage("progress listener failed: listener bug");
    assertThatThrownBy(
            () ->
                BatchClassifier.builder()
                    .classifier(new TestClassifier(0))
                    .build()
                    .run(RecordSource.of(articles(10)), unchecked))
        .isInstanceOf(BatchFailedException.class)
        .hasMessageStartingWith("writing failed: ")
        .satisfies(e -> assertThat(((BatchFailedException) e).report().read()).isZero());
  }

  @Test
  void builder_secondCallOrBadValue_rejected() {
    BatchClassifier.Builder builder = BatchClassifier.builder().threads(2);

    assertThatThrownBy(() -> builder.threads(3)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> BatchClassifier.builder().threads(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("threads is 0");
    assertThatThrownBy(() -> BatchClassifier.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("classifier is required");
    assertThatThrownBy(() -> ReadOptions.builder().idField("x").textField("x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("field 'x' is mapped to two roles");
  }
}
