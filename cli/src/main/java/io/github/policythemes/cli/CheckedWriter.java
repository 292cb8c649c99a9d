package io.github.policythemes.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Writes to a {@link PrintWriter} but throws when it has failed (a closed pipe), which a
 * PrintWriter only records; checked on every flush and every {@link #CHECK_EVERY} writes. Closing
 * flushes and leaves the PrintWriter open.
 */
final class CheckedWriter extends Writer {
  static final int CHECK_EVERY = 64;

  private final PrintWriter out;
  private int writes;

  CheckedWriter(PrintWriter out) {
    this.out = out;
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
      throw new IOException("standard output is closed");
    }
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
