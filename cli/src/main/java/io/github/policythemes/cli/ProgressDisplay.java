package io.github.policythemes.cli;

import io.github.policythemes.article.ErrorRecord;
import io.github.policythemes.batch.BatchProgress;
import io.github.policythemes.batch.BatchProgressListener;
import io.github.policythemes.batch.ErrorWriter;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * Shows a batch job's progress on standard error: a bar redrawn in place on a terminal (count,
 * rate, ETA), a line every {@link #LOG_INTERVAL} otherwise, nothing when quiet. Also lists failed
 * records there when they have no error file, clearing the bar first. Called from the job's writer
 * thread only.
 */
final class ProgressDisplay implements BatchProgressListener, ErrorWriter {
  static final Duration LOG_INTERVAL = Duration.ofSeconds(10);
  private static final int BAR_WIDTH = 24;

  private final PrintWriter err;
  private final boolean terminal;
  private final boolean quiet;
  private long lastLog;
  private int drawn;

  ProgressDisplay(PrintWriter err, boolean terminal, boolean quiet) {
    this.err = err;
    this.terminal = terminal;
    this.quiet = quiet;
  }

  /** How often the job should report: often enough for a smooth bar, else once a log interval. */
  Duration interval() {
    return terminal ? Duration.ofMillis(200) : LOG_INTERVAL;
  }

  @Override
  public void onProgress(BatchProgress progress) {
    if (quiet) {
      return;
    }
    if (terminal) {
      String line = bar(progress);
      err.print("\r" + line + " ".repeat(Math.max(0, drawn - line.length())));
      err.flush();
      drawn = line.length();
    } else if (progress.elapsed().toMillis() - lastLog >= LOG_INTERVAL.toMillis()) {
      lastLog = progress.elapsed().toMillis();
      err.println("policy-themes classify: " + status(progress));
      err.flush();
    }
  }

  static String bar(BatchProgress progress) {
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
    return line.append(status(progress)).toString();
  }

  static String status(BatchProgress progress) {
    StringBuilder line =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%,d read, %,d failed, %,.0f docs/s",
                progress.read(),
                progress.failed(),
                progress.docsPerSecond()));
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
  public void write(ErrorRecord error) {
    clear();
    err.println(Reports.rejected(error));
  }

  /** Erases the bar, so the next line starts clean. */
  void clear() {
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
