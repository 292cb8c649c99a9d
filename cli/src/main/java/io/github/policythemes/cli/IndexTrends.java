package io.github.policythemes.cli;

import io.github.policythemes.article.ReadOptions;
import io.github.policythemes.article.RecordSource;
import io.github.policythemes.index.ThemeIndex;
import io.github.policythemes.index.ThemeQuery;
import io.github.policythemes.trends.ThemeTrends;
import io.github.policythemes.trends.TrendAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * {@code trends --index DIR}: the archive's articles go through the same {@link TrendAnalyzer} and
 * the same article reader as a classify JSONL file, as the JSONL that {@code classify --keep-text}
 * writes, in the order they were indexed, so the tables are the same as from that file.
 */
final class IndexTrends {
  private IndexTrends() {}

  static ThemeTrends analyze(TrendAnalyzer analyzer, Path index, ReadOptions options)
      throws IOException {
    try (ThemeIndex archive = ThemeIndex.openReadOnly(index);
        Reader classified = archive.classifiedJsonl(ThemeQuery.all());
        RecordSource records =
            RecordSource.stream(new Utf8Stream(classified), index.toString(), options)) {
      return analyzer.analyze(records, index.toString());
    }
  }

  /** The chars of a reader as UTF-8 bytes, streamed: the archive is never held in memory. */
  private static final class Utf8Stream extends InputStream {
    private final Reader reader;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder();
    private final CharBuffer chars = CharBuffer.allocate(8192).flip();
    private final ByteBuffer bytes = ByteBuffer.allocate(32768).flip();
    private boolean endOfInput;

    Utf8Stream(Reader reader) {
      this.reader = reader;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
      while (!bytes.hasRemaining()) {
        if (endOfInput && !chars.hasRemaining()) {
          return -1;
        }
        if (!endOfInput) {
          chars.compact();
          int read = reader.read(chars);
          chars.flip();
          endOfInput = read < 0;
        }
        bytes.clear();
        CoderResult result = encoder.encode(chars, bytes, endOfInput);
        if (result.isError()) {
          result.throwException();
        }
        if (endOfInput && !chars.hasRemaining()) {
          encoder.flush(bytes);
        }
        bytes.flip();
      }
      int n = Math.min(length, bytes.remaining());
      bytes.get(target, offset, n);
      return n;
    }

    @Override
    public void close() throws IOException {
      reader.close();
    }
  }
}
