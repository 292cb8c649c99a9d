package io.github.policythemes.batch;

import static io.github.policythemes.internal.Checks.requireArgument;
import static io.github.policythemes.internal.Checks.requireState;

import io.github.policythemes.article.Article;
import io.github.policythemes.article.ArticleRecord;
import io.github.policythemes.article.ErrorRecord;
import io.github.policythemes.article.RecordSource;
import io.github.policythemes.classify.Explanation;
import io.github.policythemes.classify.ThemeClassifier;
import java.time.Duration;
import java.util.Objects;

/**
 * Classifies any number of records in a bounded pipeline: one reader thread, N worker threads
 * sharing one {@link ThemeClassifier}, and one writer thread that hands the outcomes to a {@link
 * BatchSink} in input order. At most {@linkplain Builder#capacity(int) capacity} records (and about
 * {@linkplain Builder#bufferedChars(int) bufferedChars} characters of text) are in flight, so
 * memory stays flat whatever the input size.
 *
 * <p>A record that cannot be read or classified reaches the sink as an {@link ErrorRecord} and the
 * run goes on: a classifier that throws any {@code RuntimeException}, runs out of memory or out of
 * stack on one record, or takes longer than {@linkplain Builder#recordTimeout the record timeout},
 * fails that record alone. At the end {@code read == written + failed}. When the sink throws (disk
 * full, closed pipe), the run stops at once: nothing after the failed record is handed to the sink.
 *
 * <p>Every {@linkplain Builder#checkpointRecords so many records}, and at the end (also of a
 * cancelled run), the writer thread calls {@link BatchSink#checkpoint} with the {@link
 * BatchPosition} the sink's output has reached; a later run given that position ({@link
 * Builder#resumeFrom}) goes on from there. {@link BatchOutput} keeps it beside the output files.
 *
 * <pre>{@code
 * BatchClassifier batch = BatchClassifier.builder()
 *     .classifier(ThemeClassifier.keywords(Taxonomy.builtIn("regional-governance")))
 *     .threads(4)
 *     .build();
 * try (RecordSource source = RecordSource.files(List.of(Path.of("news.jsonl")), ReadOptions.defaults());
 *     ResultWriter results = ResultWriter.jsonl(Files.newBufferedWriter(out), OutputOptions.defaults());
 *     ErrorWriter errors = ErrorWriter.jsonl(Files.newBufferedWriter(errorFile))) {
 *   BatchReport report = batch.run(source, BatchSink.of(results, errors));
 *   System.out.println(report.written() + " written, " + report.failed() + " failed");
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe: one instance may run several jobs, also at the same time.
 */
public final class BatchClassifier {
  /** Records in flight by default, per worker thread. */
  static final int CAPACITY_PER_THREAD = 64;

  /** Characters of article text in flight by default: about 32 MB of heap at most. */
  public static final int DEFAULT_BUFFERED_CHARS = 16 << 20;

  /** How long one record may take by default before it fails as timed out. */
  public static final Duration DEFAULT_RECORD_TIMEOUT = Duration.ofSeconds(60);

  /** Records between two checkpoints by default. */
  public static final int DEFAULT_CHECKPOINT_RECORDS = 1000;

  private final ThemeClassifier classifier;
  private final int threads;
  private final boolean explain;
  private final int capacity;
  private final int bufferedChars;
  private final BatchProgressListener listener;
  private final Duration progressInterval;
  private final BatchPosition resumeFrom;
  private final Duration recordTimeout;
  private final int checkpointRecords;

  private BatchClassifier(Builder builder) {
    this.classifier = builder.classifier;
    this.threads = builder.threads != null ? builder.threads : defaultThreads();
    this.explain = builder.explain != null && builder.explain;
    this.capacity = builder.capacity != null ? builder.capacity : CAPACITY_PER_THREAD * threads;
    this.bufferedChars =
        builder.bufferedChars != null ? builder.bufferedChars : DEFAULT_BUFFERED_CHARS;
    this.listener = builder.listener;
    this.progressInterval =
        builder.progressInterval != null ? builder.progressInterval : Duration.ofSeconds(1);
    this.resumeFrom = builder.resumeFrom != null ? builder.resumeFrom : BatchPosition.START;
    this.recordTimeout =
        builder.recordTimeout != null ? builder.recordTimeout : DEFAULT_RECORD_TIMEOUT;
    this.checkpointRecords =
        builder.checkpointRecords != null ? builder.checkpointRecords : DEFAULT_CHECKPOINT_RECORDS;
  }

  private static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs a job to its end in the calling thread's time. If the calling thread is interrupted, the
   * job is cancelled, the interrupt flag is set again, and the report of the cancelled job is
   * returned.
   *
   * @param source where the records come from; closed when read
   * @param sink where the outcomes go; flushed at the end, not closed
   * @return the report
   * @throws BatchFailedException if the sink, the source or the classifier failed; the run stopped
   *     at the first failure and the exception's report tells what was done
   */
  public BatchReport run(RecordSource source, BatchSink sink) throws BatchFailedException {
    BatchJob job = start(source, sink);
    boolean interrupted = false;
    while (true) {
      try {
        BatchReport report = job.await();
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
        return report;
      } catch (InterruptedException e) {
        interrupted = true;
        job.cancel();
      }
    }
  }

  /**
   * Starts a job in the background.
   *
   * @param source where the records come from; closed when read
   * @param sink where the outcomes go; flushed at the end, not closed
   * @return the running job, to cancel or await
   */
  public BatchJob start(RecordSource source, BatchSink sink) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sink, "sink");
    BatchJob job = new BatchJob(this, source, sink);
    job.start();
    return job;
  }

  BatchResult classify(ArticleRecord record) {
    Article article = record.article();
    if (explain) {
      Explanation explanation = classifier.explain(article);
      return new BatchResult(record, explanation.classification(), explanation);
    }
    return new BatchResult(record, classifier.classify(article), null);
  }

  /**
   * Returns the classifier shared by the worker threads.
   *
   * @return the classifier
   */
  public ThemeClassifier classifier() {
    return classifier;
  }

  /**
   * Returns the number of worker threads.
   *
   * @return the thread count
   */
  public int threads() {
    return threads;
  }

  /**
   * Tells whether results carry explanations.
   *
   * @return true when each result has its {@link Explanation}
   */
  public boolean explain() {
    return explain;
  }

  int capacity() {
    return capacity;
  }

  int bufferedChars() {
    return bufferedChars;
  }

  BatchProgressListener listener() {
    return listener;
  }

  Duration progressInterval() {
    return progressInterval;
  }

  BatchPosition resumeFrom() {
    return resumeFrom;
  }

  Duration recordTimeout() {
    return recordTimeout;
  }

  int checkpointRecords() {
    return checkpointRecords;
  }

  /**
   * Builds a {@link BatchClassifier}. Each setter checks its value at once and may be called only
   * once; only the classifier is required. Not thread-safe.
   */
  public static final class Builder {
    private ThemeClassifier classifier;
    private Integer threads;
    private Boolean explain;
    private Integer capacity;
    private Integer bufferedChars;
    private BatchProgressListener listener;
    private Duration progressInterval;
    private BatchPosition resumeFrom;
    private Duration recordTimeout;
    private Integer checkpointRecords;

    private Builder() {}

    /**
     * Sets the classifier, shared by every worker thread (required).
     *
     * @param classifier the classifier
     * @return this builder
     * @throws NullPointerException if classifier is null
     * @throws IllegalStateException if it was already set
     */
    public Builder classifier(ThemeClassifier classifier) {
      requireState(this.classifier == null, "classifier was already set to %s", this.classifier);
      this.classifier = Objects.requireNonNull(classifier, "classifier");
      return this;
    }

    /**
     * Sets the number of worker threads (default: the number of processors).
     *
     * @param threads the count, 1 to 256
     * @return this builder
     * @throws IllegalArgumentException if threads is out of range
     * @throws IllegalStateException if it was already set
     */
    public Builder threads(int threads) {
      requireState(this.threads == null, "threads was already set to %s", this.threads);
      requireArgument(threads >= 1 && threads <= 256, "threads is %s, must be 1 to 256", threads);
      this.threads = threads;
      return this;
    }

    /**
     * Makes each result carry its {@link Explanation} (default false; explaining costs more).
     *
     * @param explain true to explain
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder explain(boolean explain) {
      requireState(this.explain == null, "explain was already set to %s", this.explain);
      this.explain = explain;
      return this;
    }

    /**
     * Sets how many records may be in flight between reader and writer (default 64 per thread).
     *
     * @param records the count, at least 1
     * @return this builder
     * @throws IllegalArgumentException if records is below 1
     * @throws IllegalStateException if it was already set
     */
    public Builder capacity(int records) {
      requireState(this.capacity == null, "capacity was already set to %s", this.capacity);
      requireArgument(records >= 1, "capacity is %s, must be >= 1", records);
      this.capacity = records;
      return this;
    }

    /**
     * Sets how many characters of article text may be in flight (default {@link
     * #DEFAULT_BUFFERED_CHARS}); a longer article still passes, alone.
     *
     * @param chars the count, at least 1024
     * @return this builder
     * @throws IllegalArgumentException if chars is below 1024
     * @throws IllegalStateException if it was already set
     */
    public Builder bufferedChars(int chars) {
      requireState(
          this.bufferedChars == null, "bufferedChars was already set to %s", this.bufferedChars);
      requireArgument(chars >= 1024, "bufferedChars is %s, must be >= 1024", chars);
      this.bufferedChars = chars;
      return this;
    }

    /**
     * Sets who hears how far a job is (default: nobody).
     *
     * @param listener the listener, called from the writer thread
     * @return this builder
     * @throws NullPointerException if listener is null
     * @throws IllegalStateException if it was already set
     */
    public Builder progressListener(BatchProgressListener listener) {
      requireState(this.listener == null, "progressListener was already set to %s", this.listener);
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Sets how often the progress listener is called (default 1 s).
     *
     * @param interval the interval, at least 10 ms
     * @return this builder
     * @throws IllegalArgumentException if the interval is shorter than 10 ms
     * @throws IllegalStateException if it was already set
     */
    public Builder progressInterval(Duration interval) {
      requireState(
          this.progressInterval == null,
          "progressInterval was already set to %s",
          this.progressInterval);
      requireArgument(
          interval.toMillis() >= 10, "progressInterval is %s, must be >= 10ms", interval);
      this.progressInterval = interval;
      return this;
    }

    /**
     * Makes the run go on from where an earlier one's output ends: the first {@link
     * BatchPosition#records()} input records are passed over (counted in {@link
     * BatchReport#skipped()}, not as read), and the last of them must be at the position's line
     * with its id, or the run fails (the input is not the same).
     *
     * @param position where the earlier output ends, e.g. {@link BatchOutput#position()}
     * @return this builder
     * @throws NullPointerException if position is null
     * @throws IllegalStateException if it was already set
     */
    public Builder resumeFrom(BatchPosition position) {
      requireState(this.resumeFrom == null, "resumeFrom was already set to %s", this.resumeFrom);
      this.resumeFrom = Objects.requireNonNull(position, "position");
      return this;
    }

    /**
     * Sets how long one record may be classified before it fails as timed out (default {@link
     * #DEFAULT_RECORD_TIMEOUT}; {@link Duration#ZERO} for no limit). The thread still on it is
     * interrupted and replaced; its result, should it come, is dropped.
     *
     * @param timeout the limit, zero or at least 10 ms
     * @return this builder
     * @throws IllegalArgumentException if the timeout is negative or under 10 ms
     * @throws IllegalStateException if it was already set
     */
    public Builder recordTimeout(Duration timeout) {
      requireState(
          this.recordTimeout == null, "recordTimeout was already set to %s", this.recordTimeout);
      requireArgument(
          timeout.isZero() || timeout.toMillis() >= 10,
          "recordTimeout is %s, must be zero (none) or >= 10ms",
          timeout);
      this.recordTimeout = timeout;
      return this;
    }

    /**
     * Sets how many records pass between two calls of {@link BatchSink#checkpoint} (default {@value
     * #DEFAULT_CHECKPOINT_RECORDS}); fewer lose less work to a crash, more cost less.
     *
     * @param records the count, at least 1
     * @return this builder
     * @throws IllegalArgumentException if records is below 1
     * @throws IllegalStateException if it was already set
     */
    public Builder checkpointRecords(int records) {
      requireState(
          this.checkpointRecords == null,
          "checkpointRecords was already set to %s",
          this.checkpointRecords);
      requireArgument(records >= 1, "checkpointRecords is %s, must be >= 1", records);
      this.checkpointRecords = records;
      return this;
    }

    /**
     * Builds the batch classifier.
     *
     * @return the batch classifier
     * @throws IllegalStateException if no classifier was set
     */
    public BatchClassifier build() {
      requireState(classifier != null, "classifier is required");
      return new BatchClassifier(this);
    }
  }
}
