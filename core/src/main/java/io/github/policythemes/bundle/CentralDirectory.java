package io.github.policythemes.bundle;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the entry names of a zip file from its central directory, and checks that the directory's
 * end record closes the file exactly. A zip read only in stream order (local headers first) loads
 * even when its last hundreds of bytes are gone: the directory, not the body, tells whether the
 * file is whole.
 */
final class CentralDirectory {
  private static final int END_SIGNATURE = 0x06054b50;
  private static final int ENTRY_SIGNATURE = 0x02014b50;
  private static final int END_SIZE = 22;
  private static final int ENTRY_SIZE = 46;

  private CentralDirectory() {}

  /**
   * Returns the names listed in the central directory, in order.
   *
   * @throws ModelFormatException if the file does not end with a central directory that covers it
   */
  static List<String> names(byte[] file, String source) throws ModelFormatException {
    ByteBuffer zip = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
    int end = findEnd(zip);
    if (end < 0) {
      throw new ModelFormatException(
          source,
          "truncated or not a zip file: no zip end record closes its " + file.length + " bytes");
    }
    int count = Short.toUnsignedInt(zip.getShort(end + 10));
    long size = Integer.toUnsignedLong(zip.getInt(end + 12));
    long offset = Integer.toUnsignedLong(zip.getInt(end + 16));
    if (offset + size != end || count != Short.toUnsignedInt(zip.getShort(end + 8))) {
      throw new ModelFormatException(
          source, "truncated or altered: the zip's central directory does not end where it says");
    }
    List<String> names = new ArrayList<>(count);
    int at = (int) offset;
    for (int i = 0; i < count; i++) {
      if (at + ENTRY_SIZE > end || zip.getInt(at) != ENTRY_SIGNATURE) {
        throw new ModelFormatException(
            source, "truncated or altered: the zip's central directory is damaged");
      }
      int nameLength = Short.toUnsignedInt(zip.getShort(at + 28));
      int extraLength = Short.toUnsignedInt(zip.getShort(at + 30));
      int commentLength = Short.toUnsignedInt(zip.getShort(at + 32));
      if (at + ENTRY_SIZE + nameLength > end) {
        throw new ModelFormatException(
            source, "truncated or altered: the zip's central directory is damaged");
      }
      names.add(new String(file, at + ENTRY_SIZE, nameLength, StandardCharsets.UTF_8));
      at += ENTRY_SIZE + nameLength + extraLength + commentLength;
    }
    if (at != end) {
      throw new ModelFormatException(
          source, "truncated or altered: the zip's central directory is damaged");
    }
    return names;
  }

  /** The offset of the end record whose comment reaches exactly to the end of the file, or -1. */
  private static int findEnd(ByteBuffer zip) {
    int last = zip.limit() - END_SIZE;
    for (int at = last; at >= 0 && at >= last - 0xFFFF; at--) {
      if (zip.getInt(at) == END_SIGNATURE
          && at + END_SIZE + Short.toUnsignedInt(zip.getShort(at + 20)) == zip.limit()) {
        return at;
      }
    }
    return -1;
  }
}
