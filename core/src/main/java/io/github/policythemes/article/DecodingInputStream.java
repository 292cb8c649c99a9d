package io.github.policythemes.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns bytes in another encoding (CP949, GBK, Big5, Shift_JIS, ISO-8859-x, UTF-16, ...) into
 * UTF-8, so every reader reads UTF-8. Bytes that are not valid in the encoding are never replaced:
 * reading fails with their offset in the original input. Not thread-safe.
 */
final class DecodingInputStream extends InputStream {
  private static final int SIZE = 1 << 15;

  private final InputStream in;
  private final String name;
  private final CharsetDecoder decoder;
  private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder();
  private final ByteBuffer bytes = ByteBuffer.allocate(SIZE).flip();
  private final CharBuffer chars = CharBuffer.allocate(SIZE);
  private final ByteBuffer out = ByteBuffer.allocate(SIZE * 3 + 8).flip();
  private long read;
  private boolean end;
  private boolean flushed;

  DecodingInputStream(InputStream in, Charset charset) {
    this.in = in;
    this.name = charset.name();
    this.decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] target, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (!out.hasRemaining()) {
      if (!fill()) {
        return -1;
      }
    }
    int n = Math.min(length, out.remaining());
    out.get(target, offset, n);
    return n;
  }

  /** Decodes the next block into {@link #out}; false at the end. */
  private boolean fill() throws IOException {
    if (flushed && chars.position() == 0) {
      return false;
    }
    int before = chars.position();
    while (!flushed && chars.position() == before) {
      if (!end && bytes.remaining() < 16) {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
          end = true;
        } else {
          bytes.position(bytes.position() + n);
          read += n;
        }
        bytes.flip();
      }
      CoderResult result = decoder.decode(bytes, chars, end);
      if (result.isError()) {
        throw new IOException(
            "invalid "
                + name
                + " at byte "
                + (read - bytes.remaining())
                + " (is it "
                + name
                + "?)");
      }
      if (end && result.isUnderflow()) {
        decoder.flush(chars);
        flushed = true;
      }
    }
    chars.flip();
    out.clear();
    encoder.encode(chars, out, flushed);
    out.flip();
    chars.compact();
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
