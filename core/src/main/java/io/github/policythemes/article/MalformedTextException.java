package io.github.policythemes.article;

import java.io.IOException;

/**
 * Thrown when input bytes are not valid UTF-8; names the source and the byte offset of the first
 * bad byte, so the user can find it.
 */
final class MalformedTextException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final long byteOffset;

  /**
   * Creates the exception.
   *
   * @param source the file name or another name of the input, e.g. {@code <stdin>}
   * @param byteOffset offset of the first byte that is not valid UTF-8
   */
  MalformedTextException(String source, long byteOffset) {
    super(source + ": not valid UTF-8 at byte " + byteOffset);
    this.source = source;
    this.byteOffset = byteOffset;
  }

  /**
   * Returns the name of the input.
   *
   * @return the file name or another name of the input
   */
  String source() {
    return source;
  }

  /**
   * Returns where the bad bytes start.
   *
   * @return the offset of the first byte that is not valid UTF-8
   */
  long byteOffset() {
    return byteOffset;
  }
}
