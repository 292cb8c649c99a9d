package io.github.policythemes.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads every record of a source, for tests. */
final class Records {
  private Records() {}

  static List<InputRecord> readAll(RecordSource source) {
    List<InputRecord> records = new ArrayList<>();
    try (source) {
      for (InputRecord r = source.next(); r != null; r = source.next()) {
        records.add(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }

  static List<InputRecord> read(String text, InputFormat format, ReadOptions.Builder options) {
    return read(text.getBytes(StandardCharsets.UTF_8), format, options);
  }

  static List<InputRecord> read(byte[] bytes, InputFormat format, ReadOptions.Builder options) {
    ReadOptions built = options.format(format).build();
    return readAll(RecordSource.stream(new ByteArrayInputStream(bytes), "in", built));
  }

  static ArticleRecord article(InputRecord record) {
    if (record instanceof ArticleRecord article) {
      return article;
    }
    throw new AssertionError("not an article: " + record);
  }

  static ErrorRecord error(InputRecord record) {
    if (record instanceof ErrorRecord error) {
      return error;
    }
    throw new AssertionError("not an error: " + record);
  }
}
