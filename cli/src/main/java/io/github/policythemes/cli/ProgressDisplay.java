package io.github.policythemes.cli;

import io.github.policythemes.Progress;
import io.github.policythemes.ProgressListener;
import io.github.policythemes.article.ErrorRecord;
import io.github.policythemes.batch.BatchProgress;
import io.github.policythemes.batch.BatchProgressListener;
import io.github.policythemes.batch.ErrorWriter;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * Shows any long job's progress on standard error, as the library reports it ({@link Progress}): a
 * bar redrawn in place on a terminal (share, count, rate, ETA), a line every {@link #LOG_INTERVAL}
 * otherwise, nothing when quiet. Also lists failed records there (through {@link Problems}, so
 * capped) when they have no error file, clearing the bar first. Called from one thread at a time.
 */
final class ProgressDisplay implements ProgressListener, BatchProgressListener, ErrorWriter {
  static final Duration LOG_INTERVAL = Duration.ofSeconds(10);
  private static final long REDRAW_NANOS = 200_000_000L;
  private static final int BAR_WIDTH = 24;

  private final PrintWriter err;
  private final boolean terminal;
  private final boolean quiet;
  private final Problems problems;
  private final long intervalNanos;
  private long lastShown = Long.MIN_VALUE;
  private int drawn;

  ProgressDisplay(PrintWriter err, boolean terminal, boolean quiet, Problems problems) {
    this(err, terminal, quiet, problems, logInterval());
  }

  /**
   * The interval between lines when not on a terminal: {@link #LOG_INTERVAL}, or the milliseconds
   * of the system property {@code policythemes.progress.interval.ms} (tests, log collectors).
   */
  static Duration logInterval() {
    String value = System.getProperty("policythemes.progress.interval.ms");
    if (value == null) {
      return LOG_INTERVAL;
    }
    try {
      return Duration.ofMillis(Math.max(0, Long.parseLong(value.strip())));
    } catch (NumberFormatException e) {
      return LOG_INTERVAL;
    }
  }

  /** With another interval between lines when not on a terminal, for tests. */
  ProgressDisplay(
      PrintWriter err, boolean terminal, boolean quiet, Problems problems, Duration interval) {
    this.err = err;
    this.terminal = terminal;
    this.quiet = quiet;
    this.problems = problems;
    this.intervalNanos = interval.toNanos();
  }

  /** How often the batch job should report: often enough for a smooth bar, else per interval. */
  Duration interval() {
    return terminal ? Duration.ofMillis(200) : Duration.ofNanos(intervalNanos);
  }

  @Override
  public void onProgress(BatchProgress progress) {
    onProgress(progress.asProgress());
  }

  @Override
  public synchronized void onProgress(Progress progress) {
    if (quiet) {
      return;
    }
    long now = System.nanoTime();
    if (terminal) {
      boolean last = progress.total() > 0 && progress.done() >= progress.total();
      if (lastShown != Long.MIN_VALUE && now - lastShown < REDRAW_NANOS && !last) {
        return;
      }
      lastShown = now;
      String line = bar(progress);
      err.print("\r" + line + " ".repeat(Math.max(0, drawn - line.length())));
      err.flush();
      drawn = line.length();
    } else if (lastShown == Long.MIN_VALUE
        ? progress.elapsed().toNanos() >= intervalNanos
        : now - lastShown >= intervalNanos) {
      lastShown = now;
      err.println("policy-themes " + status(progress));
      err.flush();
    }
  }

  static String bar(Progress progress) {
    StringBuilder line = new StringBuilder();
    if (progress.fraction().isPresent()) {
      double fraction = progress.fraction().getAsDouble();
      int full = (int) Math.round(fraction * BAR_WIDTH);
      line.append('[')
          .append("#".repeat(full))
          .append(".".repeat(BAR_WIDTH - full))
          .append("] ")
          .append(String.format(Locale.ROOT, "%3d%%  ", Math.round(fraction * 100)));
    }
    return line.append(status(progress, false)).toString();
  }

  static String status(Progress progress) {
    return status(progress, true);
  }

  /** {@code job: stage done/total unit, detail, ETA m:ss}; byte counts are left to the bar. */
  static String status(Progress progress, boolean share) {
    StringBuilder line = new StringBuilder(progress.job()).append(':');
    if (!progress.stage().isEmpty()) {
      line.append(' ').append(progress.stage());
    }
    if (!progress.unit().equals("bytes")) {
      line.append(String.format(Locale.ROOT, " %,d", progress.done()));
      if (progress.total() >= 0) {
        line.append(String.format(Locale.ROOT, "/%,d", progress.total()));
      }
      line.append(' ').append(progress.unit());
    } else if (share && progress.fraction().isPresent()) {
      line.append(
          String.format(
              Locale.ROOT, " (%d%% read)", Math.round(progress.fraction().getAsDouble() * 100)));
    }
    if (!progress.detail().isEmpty()) {
      line.append(", ").append(progress.detail());
    }
    progress.eta().ifPresent(eta -> line.append(", ETA ").append(clock(eta)));
    return line.toString();
  }

  static String clock(Duration duration) {
    long seconds = duration.toSeconds();
    return seconds >= 3600
        ? String.format(
            Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }

  @Override
  public synchronized void write(ErrorRecord error) {
    clear();
    problems.rejected(error);
  }

  /** Erases the bar, so the next line starts clean. */
  synchronized void clear() {
    if (drawn > 0) {
      err.print("\r" + " ".repeat(drawn) + "\r");
      drawn = 0;
    }
  }

  @Override
  public void flush() {
    err.flush();
  }

  @Override
  public void close() {
    clear();
    err.flush();
  }
}
