package io.github.policythemes.batch;

import io.github.policythemes.article.ErrorRecord;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes error records: one JSON object per line, <code>{"source", "line" (when not a whole file),
 * "id" (when known), "reason"}</code>.
 *
 * <p>Not thread-safe: one thread writes. {@link #close()} closes the underlying writer.
 */
public interface ErrorWriter extends Flushable, Closeable {
  /**
   * Writes one error as one line.
   *
   * @param error the error
   * @throws IOException if the underlying writer fails
   */
  void write(ErrorRecord error) throws IOException;

  /**
   * Makes a JSONL error writer.
   *
   * @param out where to write
   * @return the writer
   */
  static ErrorWriter jsonl(Writer out) {
    return new JsonlErrorWriter(out);
  }
}
