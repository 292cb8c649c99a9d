package io.github.policythemes.index;

import io.github.policythemes.batch.BatchProgressListener;
import java.util.Objects;
import java.util.Set;

/**
 * How {@link ThemeIndex} loads many records: how often it commits, which ids it passes over, and
 * who hears the progress of a load of classified records.
 *
 * @param commitEvery commit after this many indexed records (and at the end), so a killed run keeps
 *     all but the last few; at least 1
 * @param skipIds ids to pass over, e.g. {@link ThemeIndex#ids()} to resume a killed run; copied
 * @param progress hears how far {@link ThemeIndex#addClassified} is (a classifying load reports
 *     through its {@code BatchClassifier}'s own listener), or null
 */
public record LoadOptions(int commitEvery, Set<String> skipIds, BatchProgressListener progress) {
  /** Records between commits by default. */
  public static final int DEFAULT_COMMIT_EVERY = 10_000;

  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException if commitEvery is below 1
   */
  public LoadOptions {
    if (commitEvery < 1) {
      throw new IllegalArgumentException("commitEvery is " + commitEvery + ", must be >= 1");
    }
    skipIds = Set.copyOf(Objects.requireNonNull(skipIds, "skipIds"));
  }

  /**
   * Returns the defaults: a commit every {@value #DEFAULT_COMMIT_EVERY} records, nothing skipped,
   * no progress.
   *
   * @return the defaults
   */
  public static LoadOptions defaults() {
    return new LoadOptions(DEFAULT_COMMIT_EVERY, Set.of(), null);
  }

  /**
   * Returns a copy that commits after every {@code records} records.
   *
   * @param records at least 1
   * @return the copy
   */
  public LoadOptions withCommitEvery(int records) {
    return new LoadOptions(records, skipIds, progress);
  }

  /**
   * Returns a copy that passes over these ids.
   *
   * @param ids the ids
   * @return the copy
   */
  public LoadOptions withSkipIds(Set<String> ids) {
    return new LoadOptions(commitEvery, ids, progress);
  }

  /**
   * Returns a copy with a progress listener.
   *
   * @param listener the listener
   * @return the copy
   */
  public LoadOptions withProgress(BatchProgressListener listener) {
    return new LoadOptions(commitEvery, skipIds, listener);
  }
}
