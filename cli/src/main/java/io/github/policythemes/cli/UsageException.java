package io.github.policythemes.cli;

/** A mistake in how the command was called; printed as one line, exit code 2. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
