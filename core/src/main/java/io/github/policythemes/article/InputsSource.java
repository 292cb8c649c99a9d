package io.github.policythemes.article;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads files, folders (recursively, in name order, skipping names that start with a dot) or one
 * stream, opening one file at a time. Gzip input is recognised by its magic bytes. A file that
 * cannot be opened or breaks off becomes an error record and reading goes on with the next file.
 * Not thread-safe, except {@link #bytesRead()} and {@link #bytesTotal()}.
 */
final class InputsSource implements RecordSource {
  private static final int BUFFER = 1 << 16;

  /** A file, a folder, or an open stream. */
  record Root(Path path, InputStream stream, String name) {}

  private record Entry(Path path, String source, String id) {}

  private final List<Root> roots;
  private final ReadOptions options;
  private final Deque<Iterator<Path>> folders = new ArrayDeque<>();
  private final Set<Path> visited = new HashSet<>();
  private int nextRoot;
  private Path folderRoot;
  private FileRecordReader reader;
  private volatile CountingInputStream counter;
  private volatile long bytesDone;
  private volatile long bytesTotal = -2;

  InputsSource(List<Root> roots, ReadOptions options) {
    this.roots = List.copyOf(roots);
    this.options = options;
  }

  @Override
  public InputRecord next() throws IOException {
    while (true) {
      if (reader != null) {
        InputRecord record = readOne();
        if (record != null) {
          return record;
        }
      }
      Object next = nextEntry();
      if (next == null) {
        return null;
      }
      if (next instanceof ErrorRecord error) {
        return error;
      }
      ErrorRecord failed = open(next);
      if (failed != null) {
        return failed;
      }
    }
  }

  /** The reader's next record; on an I/O error an error record, and the reader is closed. */
  private InputRecord readOne() throws IOException {
    try {
      InputRecord record = reader.next();
      if (record == null) {
        closeReader();
      }
      return record;
    } catch (IOException e) {
      ErrorRecord error =
          new ErrorRecord(
              reader.source,
              reader.line(),
              null,
              "cannot read past line " + reader.line() + ": " + message(e));
      closeReader();
      return error;
    }
  }

  private Object nextEntry() {
    while (true) {
      if (!folders.isEmpty()) {
        Iterator<Path> files = folders.peek();
        if (!files.hasNext()) {
          folders.pop();
          continue;
        }
        Path path = files.next();
        if (Files.isDirectory(path)) {
          ErrorRecord error = enter(path);
          if (error != null) {
            return error;
          }
          continue;
        }
        String id = folderRoot.relativize(path).toString().replace('\\', '/');
        return new Entry(path, path.toString(), id);
      }
      if (nextRoot == roots.size()) {
        return null;
      }
      Root root = roots.get(nextRoot++);
      if (root.stream() != null) {
        return root;
      }
      if (Files.isDirectory(root.path())) {
        folderRoot = root.path();
        ErrorRecord error = enter(root.path());
        if (error != null) {
          return error;
        }
        continue;
      }
      return new Entry(root.path(), root.path().toString(), root.path().toString());
    }
  }

  /** Lists a folder, in name order, without hidden entries; an error record if it cannot. */
  private ErrorRecord enter(Path folder) {
    List<Path> children = new ArrayList<>();
    try {
      if (!visited.add(folder.toRealPath())) {
        return null;
      }
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
        for (Path child : entries) {
          if (!child.getFileName().toString().startsWith(".")) {
            children.add(child);
          }
        }
      }
    } catch (IOException e) {
      return new ErrorRecord(folder.toString(), 0, null, "cannot list folder: " + message(e));
    }
    children.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    folders.push(children.iterator());
    return null;
  }

  private ErrorRecord open(Object next) {
    try {
      if (next instanceof Root root) {
        counter = new CountingInputStream(root.stream());
        reader = reader(counter, root.name(), root.name(), null);
      } else {
        Entry entry = (Entry) next;
        counter = new CountingInputStream(Files.newInputStream(entry.path()));
        reader = reader(counter, entry.source(), entry.id(), entry.path().getFileName().toString());
      }
      return null;
    } catch (IOException e) {
      closeReader();
      if (next instanceof Entry entry) {
        return new ErrorRecord(entry.source(), 0, entry.id(), "cannot read file: " + message(e));
      }
      return new ErrorRecord(((Root) next).name(), 0, null, "cannot read: " + message(e));
    }
  }

  private FileRecordReader reader(InputStream raw, String source, String id, String fileName)
      throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(raw, BUFFER);
    InputStream in =
        isGzip(buffered)
            ? new BufferedInputStream(new GZIPInputStream(buffered, BUFFER), BUFFER)
            : buffered;
    Charset charset = byteOrderMark(in);
    if (charset == null) {
      charset = options.encoding();
    }
    if (charset != null && !charset.equals(StandardCharsets.UTF_8)) {
      in = new BufferedInputStream(new DecodingInputStream(in, charset), BUFFER);
    }
    InputFormat format = options.format();
    if (format == null && fileName != null) {
      format = InputFormat.forFileName(fileName);
    }
    if (format == null) {
      format = sniff(in);
    }
    return switch (format) {
      case JSONL -> new JsonlRecordReader(in, source, options);
      case CSV -> new CsvRecordReader(in, source, options, options.delimiter());
      case TSV ->
          new CsvRecordReader(
              in, source, options, options.delimiter() != null ? options.delimiter() : '\t');
      case TEXT -> new TextRecordReader(in, source, id, options);
      case LINES -> new LinesRecordReader(in, source, options);
    };
  }

  /**
   * A UTF-16 byte-order mark (skipped) names the encoding; a UTF-8 one names UTF-8 and is left for
   * the readers to drop.
   *
   * @return the encoding the mark names, or null without one
   */
  private static Charset byteOrderMark(InputStream in) throws IOException {
    in.mark(3);
    int first = in.read();
    int second = in.read();
    int third = in.read();
    in.reset();
    if (first == 0xEF && second == 0xBB && third == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if ((first == 0xFE && second == 0xFF) || (first == 0xFF && second == 0xFE)) {
      in.skipNBytes(2);
      return first == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static boolean isGzip(InputStream in) throws IOException {
    in.mark(2);
    int first = in.read();
    int second = in.read();
    in.reset();
    return first == 0x1f && second == 0x8b;
  }

  /** JSONL when the first character that is not blank (nor a byte-order mark) is '{'. */
  private static InputFormat sniff(InputStream in) throws IOException {
    in.mark(BUFFER);
    try {
      for (int i = 0; i < BUFFER; i++) {
        int b = in.read();
        if (b < 0 || !(Character.isWhitespace(b) || b == 0xEF || b == 0xBB || b == 0xBF)) {
          return b == '{' ? InputFormat.JSONL : InputFormat.TEXT;
        }
      }
      return InputFormat.TEXT;
    } finally {
      in.reset();
    }
  }

  private void closeReader() {
    CountingInputStream current = counter;
    if (current != null) {
      bytesDone += current.count();
      counter = null;
    }
    if (reader != null) {
      try {
        reader.close();
      } catch (IOException e) {
        // the reader was fully read or has already failed: nothing left to lose
      }
      reader = null;
    }
  }

  static String message(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  @Override
  public long bytesRead() {
    CountingInputStream current = counter;
    return bytesDone + (current != null ? current.count() : 0);
  }

  @Override
  public long bytesTotal() {
    long total = bytesTotal;
    if (total == -2) {
      total = measure();
      bytesTotal = total;
    }
    return total;
  }

  private long measure() {
    long total = 0;
    for (Root root : roots) {
      if (root.stream() != null) {
        return -1;
      }
      try (Stream<Path> files = Files.walk(root.path())) {
        total +=
            files
                .filter(Files::isRegularFile)
                .filter(f -> !f.getFileName().toString().startsWith("."))
                .mapToLong(InputsSource::size)
                .sum();
      } catch (IOException | java.io.UncheckedIOException e) {
        return -1;
      }
    }
    return total;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  @Override
  public void close() {
    closeReader();
  }
}
