package io.github.policythemes.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tells whether a standard stream of this process is a terminal. */
final class Terminal {
  private Terminal() {}

  /**
   * Looks at where the file descriptor points (Linux {@code /proc}); elsewhere falls back to
   * whether Java has a console, which needs standard input and output on a terminal.
   *
   * @param fd 1 for standard output, 2 for standard error
   */
  static boolean isTerminal(int fd) {
    if ("dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException e) {
      return System.console() != null;
    }
  }
}
