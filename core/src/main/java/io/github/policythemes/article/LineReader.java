package io.github.policythemes.article;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads lines as bytes, never holding more than {@code maxLineBytes} of one line: a longer line is
 * skipped to its end and reported as oversized. A UTF-8 byte-order mark before the first line is
 * dropped. Not thread-safe.
 */
final class LineReader {
  /* CSV field states, tracked over every byte (also of oversized lines) when asked for. */
  private static final int FIELD_START = 0;
  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;
  private static final int QUOTE_IN_QUOTED = 3;

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private byte[] line = new byte[1 << 13];
  private int start;
  private int length;
  private long totalLength;
  private final boolean csv;
  private final byte delimiter;
  private int csvState = FIELD_START;
  private boolean crlf;
  private long lineNumber;
  private long lineOffset;
  private long consumed;

  LineReader(InputStream in, int maxLineBytes) {
    this(in, maxLineBytes, false, (byte) ',');
  }

  LineReader(InputStream in, int maxLineBytes, boolean csv) {
    this(in, maxLineBytes, csv, (byte) ',');
  }

  /**
   * @param csv whether to follow RFC 4180 quoting, so {@link #insideQuotes()} tells when a line
   *     break belongs to a quoted field
   * @param delimiter the CSV column delimiter, an ASCII byte
   */
  LineReader(InputStream in, int maxLineBytes, boolean csv, byte delimiter) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
    this.csv = csv;
    this.delimiter = delimiter;
  }

  /** Moves to the next line; false at the end of the input. */
  boolean next() throws IOException {
    lineOffset = consumed;
    start = 0;
    length = 0;
    totalLength = 0;
    crlf = false;
    if (csvState != QUOTED) {
      csvState = FIELD_START;
    }
    boolean any = false;
    while (true) {
      if (position == limit && !fill()) {
        if (!any) {
          return false;
        }
        break;
      }
      any = true;
      int newline = indexOfNewline();
      int end = newline >= 0 ? newline : limit;
      append(end - position);
      consumed += end - position;
      position = end;
      if (newline >= 0) {
        position++;
        consumed++;
        break;
      }
    }
    lineNumber++;
    if (totalLength > 0 && !oversized() && line[length - 1] == '\r') {
      length--;
      totalLength--;
      crlf = true;
    }
    if (lineNumber == 1 && length >= 3 && hasBom()) {
      start = 3;
    }
    return true;
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer);
    while (n == 0) {
      n = in.read(buffer);
    }
    if (n < 0) {
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }

  private int indexOfNewline() {
    for (int i = position; i < limit; i++) {
      if (buffer[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private void append(int n) {
    if (csv) {
      followCsv(n);
    }
    totalLength += n;
    if (totalLength > maxLineBytes) {
      return;
    }
    if (length + n > line.length) {
      line = Arrays.copyOf(line, Math.min(maxLineBytes, Math.max(length + n, line.length * 2)));
    }
    System.arraycopy(buffer, position, line, length, n);
    length += n;
  }

  private boolean hasBom() {
    return (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF;
  }

  /** The line's bytes, from {@link #start()} for {@link #length()} bytes; valid until next(). */
  byte[] bytes() {
    return line;
  }

  int start() {
    return start;
  }

  int length() {
    return length - start;
  }

  /** True when the line was longer than the limit; its bytes were not kept. */
  boolean oversized() {
    return totalLength > maxLineBytes;
  }

  /** The line's length in bytes without its terminator, also when oversized. */
  long totalLength() {
    return totalLength;
  }

  private void followCsv(int n) {
    int state = csvState;
    byte comma = delimiter;
    for (int i = position, end = position + n; i < end; i++) {
      byte b = buffer[i];
      state =
          switch (state) {
            case FIELD_START -> b == '"' ? QUOTED : b == comma ? FIELD_START : UNQUOTED;
            case UNQUOTED -> b == comma ? FIELD_START : UNQUOTED;
            case QUOTED -> b == '"' ? QUOTE_IN_QUOTED : QUOTED;
            default -> b == '"' ? QUOTED : b == comma ? FIELD_START : UNQUOTED;
          };
    }
    csvState = state;
  }

  /** True when the current line ends inside a quoted CSV field: the record goes on. */
  boolean insideQuotes() {
    return csvState == QUOTED;
  }

  /** Starts a new CSV record at the next line, whatever the quoting so far. */
  void resetQuotes() {
    csvState = FIELD_START;
  }

  /** Whether the line ended with CR LF (the CR is not part of the line). */
  boolean crlf() {
    return crlf;
  }

  boolean isBlank() {
    if (oversized()) {
      return false;
    }
    for (int i = start; i < length; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  /** The 1-based number of the current line. */
  long lineNumber() {
    return lineNumber;
  }

  /** The offset in the input of the current line's first byte (after a byte-order mark). */
  long offset() {
    return lineOffset + start;
  }
}
