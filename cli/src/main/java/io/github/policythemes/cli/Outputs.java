package io.github.policythemes.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The rules every command follows for what it writes.
 *
 * <ul>
 *   <li>{@code --output} (and {@code --errors}): the folder it goes in must exist; a command never
 *       creates parent folders, and refuses a missing one (exit code 2) before doing any work. An
 *       output folder ({@code topics}, {@code trends}) is itself created when missing.
 *   <li>Standard output: a write that fails ends the command with exit code 1 and one line, {@code
 *       disk full writing standard output} for ENOSPC; a closed pipe ({@code | head}) ends it
 *       quietly with {@value #CLOSED_PIPE}, as a shell reports a command killed by SIGPIPE.
 *   <li>A full disk while writing a file is named: {@code disk full writing FILE}.
 * </ul>
 */
final class Outputs {
  /** Exit code after standard output was closed by its reader: 128 + SIGPIPE (13). */
  static final int CLOSED_PIPE = 141;

  private Outputs() {}

  /**
   * Refuses an output whose folder does not exist, or that is a folder where a file is expected.
   *
   * @param path the output as given
   * @param option the option's name, for the message
   * @param folder whether the output is a folder (created if missing) rather than a file
   * @throws UsageException if the output cannot be written there
   */
  static void check(Path path, String option, boolean folder) {
    if (path == null || (!folder && path.toString().equals("-"))) {
      return;
    }
    Path parent = path.toAbsolutePath().normalize().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new UsageException(
          "no such folder for " + option + ": " + parent + " (create it first)");
    }
    if (!folder && Files.isDirectory(path)) {
      throw new UsageException(option + " " + path + " is a folder: name a file");
    }
    if (folder && Files.exists(path) && !Files.isDirectory(path)) {
      throw new UsageException(option + " " + path + " is a file: name a folder");
    }
  }

  /**
   * Stops a command whose standard output failed (a closed pipe, a full disk) instead of letting it
   * work on for nobody: throws what {@link Main} turns into the exit code and the one line.
   */
  static void checkStdout(java.io.PrintWriter out, Main main) throws IOException {
    if (out.checkError()) {
      IOException why = main.stdoutFailure();
      throw why == null
          ? new IOException("cannot write standard output")
          : new IOException("cannot write standard output: " + why.getMessage(), why);
    }
  }

  /** The failure, naming the output it happened in when it names no file itself. */
  static IOException naming(IOException e, Path output) {
    if (e instanceof FileSystemException) {
      return e;
    }
    FileSystemException named =
        new FileSystemException(output.toString(), null, String.valueOf(e.getMessage()));
    named.initCause(e);
    return named;
  }

  /** Tells whether a failure is a full disk. */
  static boolean diskFull(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains("No space left on device")) {
        return true;
      }
    }
    return false;
  }

  /** Tells whether a failure is a closed pipe (the reader went away). */
  static boolean closedPipe(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains("Broken pipe")) {
        return true;
      }
    }
    return false;
  }

  /** The file a failure names, if one in its causes does. */
  static String fileOf(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof FileSystemException fs && fs.getFile() != null) {
        return fs.getFile();
      }
    }
    return null;
  }

  /**
   * Standard output as a stream that remembers its first failure, which a {@link
   * java.io.PrintWriter} would only record as a flag.
   */
  static final class Stdout extends FilterOutputStream {
    private volatile IOException failure;

    Stdout(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      try {
        out.write(bytes, offset, length);
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw remember(e);
      }
    }

    private IOException remember(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return e;
    }

    /** The first failure, or null. */
    IOException failure() {
      return failure;
    }
  }
}
