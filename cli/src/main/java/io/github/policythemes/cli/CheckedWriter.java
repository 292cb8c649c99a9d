package io.github.policythemes.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.function.Supplier;

/**
 * Writes to a {@link PrintWriter} but throws when it has failed (a closed pipe), which a
 * PrintWriter only records; checked on every flush and every {@link #CHECK_EVERY} writes. Closing
 * flushes and leaves the PrintWriter open.
 */
final class CheckedWriter extends Writer {
  static final int CHECK_EVERY = 64;

  private final PrintWriter out;
  private final Supplier<IOException> cause;
  private int writes;

  CheckedWriter(PrintWriter out) {
    this(out, () -> null);
  }

  /**
   * Writes to {@code out}; {@code cause} tells why it failed, when that is known (a closed pipe, a
   * full disk).
   */
  CheckedWriter(PrintWriter out, Supplier<IOException> cause) {
    this.out = out;
    this.cause = cause;
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    out.write(chars, offset, length);
    if (++writes % CHECK_EVERY == 0) {
      check();
    }
  }

  @Override
  public void write(String text) throws IOException {
    out.write(text);
    if (++writes % CHECK_EVERY == 0) {
      check();
    }
  }

  @Override
  public void flush() throws IOException {
    check();
  }

  private void check() throws IOException {
    if (out.checkError()) {
      IOException why = cause.get();
      throw why == null
          ? new IOException("cannot write standard output")
          : new IOException("cannot write standard output: " + why.getMessage(), why);
    }
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
