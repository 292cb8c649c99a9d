package io.github.policythemes.batch;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
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
 * cut back to the end of the last complete line, and the failure names the file. A run that did not
 * commit leaves it in place, for {@link BatchOutput#resume} to go on from.
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

  /**
   * Opens an output.
   *
   * @param keep -1 for a new output; else the length of {@code .partial} to keep and go on after
   */
  OutputFile(Path target, long keep, UnaryOperator<SeekableByteChannel> wrap) throws IOException {
    boolean resume = keep >= 0;
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
    if (writtenInPlace(partial) || Files.isDirectory(partial)) {
      throw new IllegalArgumentException(
          partial + " is not a regular file: it cannot hold the output while it is written");
    }
    if (resume && (!Files.exists(partial) || Files.size(partial) < keep)) {
      throw new IllegalArgumentException(
          "cannot resume " + target + ": " + partial + " is missing or shorter than recorded");
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
    long complete = resume ? keep : 0;
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
    return new OutputFile(target, -1, UnaryOperator.identity());
  }

  /**
   * Goes on with the {@code <name>.partial} of a run that stopped, after its first {@code length}
   * bytes (what a checkpoint recorded); anything after them is cut off.
   */
  static OutputFile continueAt(Path target, long length) throws IOException {
    return new OutputFile(target, length, UnaryOperator.identity());
  }

  /** The bytes written so far, all of them flushed to the file. */
  long length() throws IOException {
    writer.flush();
    return ((LineSafeStream) stream).complete;
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
   * BatchOutput#resume}.
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
        throw named(new IOException("an earlier write failed", failure));
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
        throw named(e);
      }
      for (int i = offset + length - 1; i >= offset; i--) {
        if (bytes[i] == '\n') {
          complete = position + (i - offset) + 1;
          break;
        }
      }
    }

    /** The failure with the file's name, as {@link java.nio.file.FileSystemException} has it. */
    private IOException named(IOException e) {
      FileSystemException named =
          new FileSystemException(partial.toString(), null, String.valueOf(e.getMessage()));
      named.initCause(e);
      return named;
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
