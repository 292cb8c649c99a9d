package io.github.policythemes.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Reads a whole input as one article: the first line is the title, the rest the text. Inputs with
 * NUL bytes are rejected as binary. Not thread-safe.
 */
final class TextRecordReader extends FileRecordReader {
  private final String id;
  private boolean done;

  TextRecordReader(InputStream in, String source, String id, ReadOptions options) {
    super(in, source, options);
    this.id = id;
  }

  @Override
  public InputRecord next() throws IOException {
    if (done) {
      return null;
    }
    done = true;
    int max = options.maxRecordBytes();
    byte[] bytes = in.readNBytes(max + 1);
    if (bytes.length > max) {
      long size = bytes.length + in.transferTo(OutputStream.nullOutputStream());
      return new ErrorRecord(
          source,
          0,
          id,
          "file of "
              + size
              + " bytes is larger than the maximum record size ("
              + max
              + " bytes; --max-record-bytes raises it)");
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return new ErrorRecord(source, 0, id, "binary file: NUL byte at offset " + i);
      }
    }
    String content;
    try {
      content = Utf8.decode(bytes, source);
    } catch (MalformedTextException e) {
      return new ErrorRecord(source, 0, id, "invalid UTF-8 at byte " + e.byteOffset());
    }
    content = content.strip();
    if (content.isEmpty()) {
      return new ErrorRecord(source, 0, id, "empty text");
    }
    if (options.labels() == ReadOptions.Labels.REQUIRED) {
      return new ErrorRecord(source, 0, id, "no labels (a text file has none: use JSONL or CSV)");
    }
    int newline = content.indexOf('\n');
    String title = newline < 0 ? content : content.substring(0, newline).strip();
    String text = newline < 0 ? "" : content.substring(newline + 1).strip();
    Article article = new Article(id, title, text, options.language(), null);
    return new ArticleRecord(article, source, 0, null);
  }

  @Override
  long line() {
    return 0;
  }
}
