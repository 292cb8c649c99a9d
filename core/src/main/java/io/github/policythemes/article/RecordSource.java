package io.github.policythemes.article;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where a batch run gets its records: files, folders, a stream, or articles the caller already has.
 * Records come one at a time, so an input of any size is read in bounded memory.
 *
 * <p>A record that cannot be read (malformed JSON, invalid UTF-8, a file that cannot be opened,
 * ...) comes as an {@link ErrorRecord}: reading goes on, and nothing is dropped silently.
 *
 * <pre>{@code
 * try (RecordSource source = RecordSource.files(List.of(Path.of("news")), ReadOptions.defaults())) {
 *   for (InputRecord r = source.next(); r != null; r = source.next()) { ... }
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one thread calls {@link #next()}. {@link #bytesRead()} and {@link
 * #bytesTotal()} may be called from any thread, for progress.
 */
public interface RecordSource extends Closeable {
  /**
   * Reads the next record.
   *
   * @return the record, or null at the end
   * @throws IOException if reading cannot go on at all (per-file failures are error records)
   */
  InputRecord next() throws IOException;

  /**
   * Returns how many input bytes were read so far (compressed bytes for gzip input).
   *
   * @return the count, or -1 when not known
   */
  default long bytesRead() {
    return -1;
  }

  /**
   * Returns how many input bytes there are in all, for an estimate of the time left.
   *
   * @return the total, or -1 when not known (a stream)
   */
  default long bytesTotal() {
    return -1;
  }

  /**
   * Reads files and folders, one file at a time. Folders are read recursively in name order;
   * entries whose names start with a dot are skipped. Each file's format is {@link
   * ReadOptions#format()} or guessed from its name ({@link InputFormat#forFileName(String)}); gzip
   * files are decompressed. A text file's id is its path relative to the folder given, or its name
   * for a file given directly (never the path as typed: {@code ./in.jsonl}, {@code in.jsonl} and an
   * absolute path give the same ids); a JSONL or CSV record without an id gets {@code
   * <that>:<line>}. Files are opened only when reached.
   *
   * @param paths files or folders
   * @param options how to read
   * @return the source
   */
  static RecordSource files(List<Path> paths, ReadOptions options) {
    Objects.requireNonNull(options, "options");
    return new InputsSource(
        paths.stream().map(p -> new InputsSource.Root(p, null, null)).toList(), options);
  }

  /**
   * Reads a stream, such as standard input. Its format is {@link ReadOptions#format()}, or JSONL
   * when the first character that is not blank is <code>{</code>, else text (one article). Gzip is
   * recognised by its magic bytes. The stream is closed when the source is.
   *
   * @param in the stream
   * @param name the name used in error records and ids, e.g. {@code <stdin>}
   * @param options how to read
   * @return the source
   */
  static RecordSource stream(InputStream in, String name, ReadOptions options) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(options, "options");
    return new InputsSource(List.of(new InputsSource.Root(null, in, name)), options);
  }

  /**
   * Serves articles the caller already has, e.g. rows from a database cursor. An article with an
   * empty id gets {@code articles:<n>}, n counting from 1.
   *
   * @param articles the articles; iterated once, lazily
   * @return the source
   */
  static RecordSource of(Iterable<Article> articles) {
    return new ArticlesSource(articles.iterator());
  }

  /**
   * Reads only the ids of the records in a JSONL or CSV stream, as a batch run's output holds them:
   * each JSON object's {@code id}, or each CSV row's first column after the header. For resuming a
   * run where it stopped.
   *
   * @param in the stream; not closed
   * @param format {@link InputFormat#JSONL} or {@link InputFormat#CSV}
   * @return the ids
   * @throws IOException if the stream cannot be read or is not valid JSON
   * @throws IllegalArgumentException if the format is {@link InputFormat#TEXT}, which has no ids
   */
  static Set<String> ids(InputStream in, InputFormat format) throws IOException {
    return RecordIds.read(in, format);
  }

  /**
   * Reads several sources one after the other, each closed when done.
   *
   * @param sources the sources
   * @return the source
   */
  static RecordSource concat(List<RecordSource> sources) {
    return new ConcatSource(sources);
  }
}
