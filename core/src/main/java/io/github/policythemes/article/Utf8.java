package io.github.policythemes.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding: bad bytes are reported with their offset, never replaced silently.
 * Thread-safe (no state).
 */
final class Utf8 {
  private Utf8() {}

  /**
   * Decodes bytes as UTF-8, dropping a leading byte-order mark.
   *
   * @param bytes the bytes
   * @param source the name to report in errors
   * @return the text
   * @throws MalformedTextException at the first byte that is not valid UTF-8
   */
  static String decode(byte[] bytes, String source) throws MalformedTextException {
    int start = hasBom(bytes) ? 3 : 0;
    return decode(bytes, start, bytes.length - start, source, start);
  }

  /**
   * Decodes a range of bytes, reporting a bad byte at its offset in the whole input.
   *
   * @param base the offset in the input of {@code bytes[offset]}
   */
  static String decode(byte[] bytes, int offset, int length, String source, long base)
      throws MalformedTextException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
    CharBuffer out = CharBuffer.allocate(length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new MalformedTextException(source, base + in.position() - offset);
    }
    result = decoder.flush(out);
    if (result.isError()) {
      throw new MalformedTextException(source, base + in.position() - offset);
    }
    return out.flip().toString();
  }

  /**
   * Finds the first byte that is not part of well-formed UTF-8 (Unicode table 3-7: no overlong
   * forms, no surrogates, nothing above U+10FFFF), without decoding.
   *
   * @return the index of the first bad byte, or -1 when the range is valid
   */
  static int firstInvalid(byte[] bytes, int offset, int length) {
    int end = offset + length;
    int i = offset;
    while (i < end) {
      int b = bytes[i];
      if (b >= 0) {
        i++;
        continue;
      }
      int lead = b & 0xFF;
      int size = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
      if (lead < 0xC2 || lead > 0xF4 || i + size > end) {
        return i;
      }
      int second = bytes[i + 1] & 0xFF;
      int low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
      int high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
      if (second < low || second > high) {
        return i;
      }
      for (int k = 2; k < size; k++) {
        if ((bytes[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += size;
    }
    return -1;
  }

  private static boolean hasBom(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }
}
