package io.github.policythemes.article;

import java.io.IOException;
import java.io.InputStream;

/** Reads the records of one file or stream in one format. Not thread-safe. */
abstract class FileRecordReader implements RecordSource {
  final InputStream in;
  final String source;
  final ReadOptions options;

  /**
   * What the id of a record without one starts with ({@code <idBase>:<line>}): the file's path
   * relative to the folder given, or the name of a file given directly, so that the same file has
   * the same ids however its path was typed ({@code ./in.jsonl}, {@code in.jsonl}, an absolute
   * path). The source, for people, stays as typed.
   */
  String idBase;

  FileRecordReader(InputStream in, String source, ReadOptions options) {
    this.in = in;
    this.source = source;
    this.idBase = source;
    this.options = options;
  }

  /** The line reached, to name where reading stopped when the input breaks off. */
  abstract long line();

  ErrorRecord tooLarge(long line, long bytes) {
    return new ErrorRecord(
        source,
        line,
        null,
        "record of "
            + bytes
            + " bytes is larger than the maximum record size ("
            + options.maxRecordBytes()
            + " bytes; --max-record-bytes raises it)");
  }

  ErrorRecord outOfMemory(long line, long bytes) {
    return new ErrorRecord(
        source,
        line,
        null,
        String.format(
            java.util.Locale.ROOT,
            "out of memory reading this record of %,d bytes: lower --max-record-bytes (now %,d)"
                + " or give Java more heap (-Xmx)",
            bytes,
            options.maxRecordBytes()));
  }

  ErrorRecord invalidUtf8(long line, MalformedTextException e) {
    return invalidUtf8(line, e.byteOffset());
  }

  ErrorRecord invalidUtf8(long line, long byteOffset) {
    return new ErrorRecord(source, line, null, "invalid UTF-8 at byte " + byteOffset);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
