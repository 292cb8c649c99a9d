package io.github.policythemes.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one article per line, as fastText and OpenNLP do: each line that is not blank is one
 * article's text, with the id {@code <file>:<line>}. When labels are read, the leading {@code
 * __label__THEME} words of a line (fastText's format) are its labels. Not thread-safe.
 */
final class LinesRecordReader extends FileRecordReader {
  private static final String LABEL_PREFIX = "__label__";

  private final LineReader lines;

  LinesRecordReader(InputStream in, String source, ReadOptions options) {
    super(in, source, options);
    this.lines = new LineReader(in, options.maxRecordBytes());
  }

  @Override
  public InputRecord next() throws IOException {
    while (lines.next()) {
      long line = lines.lineNumber();
      if (lines.oversized()) {
        return tooLarge(line, lines.totalLength());
      }
      if (lines.isBlank()) {
        continue;
      }
      int bad = Utf8.firstInvalid(lines.bytes(), lines.start(), lines.length());
      if (bad >= 0) {
        return invalidUtf8(line, lines.offset() + bad - lines.start());
      }
      String text =
          new String(lines.bytes(), lines.start(), lines.length(), StandardCharsets.UTF_8).strip();
      return toRecord(text, line);
    }
    return null;
  }

  private InputRecord toRecord(String text, long line) {
    RecordFields fields = new RecordFields();
    if (options.labels() != ReadOptions.Labels.NONE) {
      List<String> labels = new ArrayList<>();
      while (text.startsWith(LABEL_PREFIX)) {
        int end = text.indexOf(' ');
        end = end < 0 ? text.length() : end;
        labels.add(text.substring(LABEL_PREFIX.length(), end));
        text = text.substring(end).strip();
      }
      if (!labels.isEmpty() || options.labels() == ReadOptions.Labels.REQUIRED) {
        fields.labels().addAll(labels.stream().filter(l -> !l.isEmpty()).toList());
      }
    }
    fields.text = text;
    return fields.toRecord(options, source, line);
  }

  @Override
  long line() {
    return lines.lineNumber();
  }
}
