package io.github.policythemes.batch;

import io.github.policythemes.article.InputFormat;
import io.github.policythemes.article.RecordSource;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * An output file written through a temporary file beside it ({@code <name>.partial}) and renamed
 * into place by {@link #commit()}, so a reader never takes a half-written run for a finished one.
 *
 * <p>Only a regular file, or a path where nothing is yet, is replaced that way. Anything else (a
 * symbolic link, a FIFO, a device such as {@code /dev/null}) is opened and written in place, and
 * never renamed onto: a link keeps pointing where it pointed (its target is written), a pipe stays
 * a pipe. Such an output has no temporary file and cannot be resumed. A folder is refused.
 *
 * <p>The temporary file only ever ends with a complete line: when a write fails (disk full), it is
 * cut back to the end of the last complete line. A run that did not commit leaves it in place, and
 * {@link #resume(Path)} continues it (or the finished file) so a killed job can go on where it
 * stopped; {@link #ids(OutputFormat)} tells which records it already holds.
 *
 * <pre>{@code
 * try (OutputFile file = OutputFile.create(Path.of("themes.jsonl"))) {
 *   ResultWriter results = ResultWriter.jsonl(file.writer(), OutputOptions.defaults());
 *   ... run the batch with results ...
 *   file.commit();
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one thread writes.
 */
public final class OutputFile implements Closeable {
  private final Path target;
  private final Path partial;
  private final SeekableByteChannel channel;
  private final OutputStream stream;
  private final Writer writer;
  private final boolean empty;
  private boolean closed;

  OutputFile(Path target, boolean resume, UnaryOperator<SeekableByteChannel> wrap)
      throws IOException {
    this.target = target;
    if (Files.isDirectory(target)) {
      throw new IllegalArgumentException("output " + target + " is a folder, not a file");
    }
    if (writtenInPlace(target)) {
      if (resume) {
        throw new IllegalArgumentException(
            "cannot resume "
                + target
                + ": not a regular file (a link, pipe or device is written in place, with no"
                + " .partial file to go on from)");
      }
      this.partial = null;
      this.channel = null;
      this.empty = true;
      this.stream = Files.newOutputStream(target);
      this.writer = writer(stream);
      return;
    }
    this.partial = target.resolveSibling(target.getFileName() + ".partial");
    if (resume && !Files.exists(partial) && Files.exists(target)) {
      Files.copy(target, partial);
    }
    SeekableByteChannel opened =
        resume
            ? Files.newByteChannel(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE)
            : Files.newByteChannel(
                partial,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
    this.channel = wrap.apply(opened);
    long complete = resume ? lastLineEnd(partial) : 0;
    channel.truncate(complete);
    channel.position(complete);
    this.empty = complete == 0;
    this.stream = new LineSafeStream(complete);
    this.writer = writer(stream);
  }

  private static Writer writer(OutputStream stream) {
    return new FilterWriter(
        new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16)) {
      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }

  /**
   * Tells whether a path is written in place rather than through a temporary file and a rename:
   * true for a symbolic link (even a dangling one: writing creates its target, as a shell's {@code
   * >} does), a FIFO, a device or a socket; false for a regular file and a path where nothing is.
   *
   * @param target the output path
   * @return true when the output is opened and written where it is
   */
  static boolean writtenInPlace(Path target) {
    BasicFileAttributes attributes;
    try {
      attributes =
          Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return false; // nothing there (or not readable): a new file, through .partial
    }
    return !attributes.isRegularFile() && !attributes.isDirectory();
  }

  /**
   * Starts a new output for a file: {@code <name>.partial} is created empty (or emptied).
   *
   * @param target the file to write
   * @return the output
   * @throws IOException if the temporary file cannot be created
   */
  public static OutputFile create(Path target) throws IOException {
    return new OutputFile(target, false, UnaryOperator.identity());
  }

  /**
   * Continues an output: the complete lines of {@code <name>.partial} if it exists (a run that
   * stopped), else a copy of the file itself (a finished run), else nothing.
   *
   * @param target the file to write
   * @return the output, positioned after the last complete line
   * @throws IOException if the files cannot be read or written
   */
  public static OutputFile resume(Path target) throws IOException {
    return new OutputFile(target, true, UnaryOperator.identity());
  }

  /**
   * Returns the writer of the temporary file: UTF-8, buffered. Its {@code close()} only flushes;
   * {@link #commit()} and {@link #close()} end the file.
   *
   * @return the writer
   */
  public Writer writer() {
    return writer;
  }

  /**
   * Tells whether the output held nothing when it was opened (so a header is needed).
   *
   * @return true for a new or empty output
   */
  public boolean isEmpty() {
    return empty;
  }

  /**
   * Returns the temporary file.
   *
   * @return {@code <name>.partial} beside the target; the target itself when it is written in place
   *     (a link, pipe or device)
   */
  public Path partial() {
    return partial != null ? partial : target;
  }

  /**
   * Tells whether the output goes through a temporary file renamed at the end (a regular file or a
   * new path), rather than being written in place (a link, pipe or device).
   *
   * @return true when {@link #commit()} renames {@link #partial()} onto the target
   */
  public boolean isReplacedOnCommit() {
    return partial != null;
  }

  /**
   * Reads the ids of the records the output held when it was opened (JSONL: each object's {@code
   * id}; CSV: the first column after the header).
   *
   * @param format the output's format
   * @return the ids
   * @throws IOException if the temporary file cannot be read
   * @throws IllegalArgumentException if the format is {@link OutputFormat#TABLE}, which cannot be
   *     resumed
   */
  public Set<String> ids(OutputFormat format) throws IOException {
    if (format == OutputFormat.TABLE) {
      throw new IllegalArgumentException("a table output cannot be resumed: use jsonl or csv");
    }
    if (empty) {
      return new HashSet<>();
    }
    try (InputStream in = Files.newInputStream(partial)) {
      return RecordSource.ids(
          in, format == OutputFormat.JSONL ? InputFormat.JSONL : InputFormat.CSV);
    }
  }

  /**
   * Flushes, and renames the temporary file to the target (atomically where the file system can).
   *
   * @throws IOException if flushing or renaming fails; the temporary file stays
   * @throws IllegalStateException if the output was already closed
   */
  public void commit() throws IOException {
    if (closed) {
      throw new IllegalStateException("output " + target + " is already closed");
    }
    writer.flush();
    closed = true;
    if (partial == null) {
      stream.close();
      return;
    }
    if (channel instanceof FileChannel file) {
      file.force(true);
    }
    channel.close();
    try {
      Files.move(
          partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Ends the output without committing, if it was not committed: what was written is flushed (cut
   * back to its last complete line if that fails) and stays in the temporary file, for {@link
   * #resume(Path)}.
   *
   * @throws IOException if flushing fails
   */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      writer.flush();
    } finally {
      if (channel != null) {
        channel.close();
      } else {
        stream.close();
      }
    }
  }

  /** The offset after the last newline of a file, 0 if it has none. */
  private static long lastLineEnd(Path file) throws IOException {
    try (SeekableByteChannel in = Files.newByteChannel(file)) {
      long end = in.size();
      ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
      while (end > 0) {
        long from = Math.max(0, end - buffer.capacity());
        buffer.clear().limit((int) (end - from));
        in.position(from);
        while (buffer.hasRemaining() && in.read(buffer) > 0) {
          // reads until the chunk is full
        }
        for (int i = buffer.position() - 1; i >= 0; i--) {
          if (buffer.get(i) == '\n') {
            return from + i + 1;
          }
        }
        end = from;
      }
      return 0;
    }
  }

  /** Writes to the channel, remembering where the last complete line ends. */
  private final class LineSafeStream extends OutputStream {
    private long complete;
    private IOException failure;

    LineSafeStream(long complete) {
      this.complete = complete;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      if (failure != null) {
        throw new IOException("an earlier write to " + partial + " failed", failure);
      }
      long position = channel.position();
      ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
      try {
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
      } catch (IOException e) {
        failure = e;
        cutBack(e);
        throw e;
      }
      for (int i = offset + length - 1; i >= offset; i--) {
        if (bytes[i] == '\n') {
          complete = position + (i - offset) + 1;
          break;
        }
      }
    }

    private void cutBack(IOException cause) {
      try {
        channel.truncate(complete);
        channel.position(complete);
      } catch (IOException e) {
        cause.addSuppressed(e);
      }
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
