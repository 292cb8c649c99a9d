package io.github.policythemes.cli;

import io.github.policythemes.article.ErrorRecord;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Lists the records a command could not use on stderr, the first {@link #SHOWN} of them (all with
 * {@code --verbose}), then how many more there were and where to find them all; and, once, a hint
 * when a file looks like it is not UTF-8. One per command run; not thread-safe.
 */
final class Problems {
  /** Rejected records listed on stderr before the rest are only counted. */
  static final int SHOWN = 20;

  private final PrintWriter err;
  private final boolean all;
  private final String whereAll;
  private long count;
  private boolean notUtf8;

  /**
   * @param err standard error
   * @param verbosity with --verbose every record is listed
   * @param whereAll where all of them can be had, e.g. "list them all with --errors FILE"
   */
  Problems(PrintWriter err, Verbosity verbosity, String whereAll) {
    this.err = err;
    this.all = verbosity != null && verbosity.verbose;
    this.whereAll = whereAll;
  }

  /** Notes one rejected record, listing it while fewer than {@link #SHOWN} were listed. */
  void rejected(ErrorRecord error) {
    count++;
    notUtf8 |= error.reason().contains("invalid UTF-8");
    if (all || count <= SHOWN) {
      err.println(Reports.rejected(error));
    }
  }

  /** How many records were rejected. */
  long count() {
    return count;
  }

  /** Says how many were not listed, and gives the encoding hint; call once, at the end. */
  void finish() {
    if (!all && count > SHOWN) {
      err.println(
          String.format(
              Locale.ROOT,
              "policy-themes: ... %,d more records could not be used (%,d in all)%s",
              count - SHOWN,
              count,
              whereAll == null || whereAll.isEmpty() ? "" : "; " + whereAll));
    }
    if (notUtf8) {
      err.println(
          "policy-themes: hint: a file that is not UTF-8 needs --encoding NAME, e.g. CP949 or"
              + " EUC-KR (Korean Excel), GBK or GB18030, Big5, Shift_JIS, ISO-8859-1");
    }
    err.flush();
  }
}
