package io.github.policythemes.analysis;

import java.util.Random;

/** Random text for tests that must never throw, including broken UTF-16. */
final class RandomText {
  private static final String PUNCTUATION = " \n\t.,!?。·\"'…";

  private RandomText() {}

  static String unicode(Random random, int length) {
    StringBuilder text = new StringBuilder(length);
    while (text.length() < length) {
      switch (random.nextInt(8)) {
        case 0 -> text.append((char) random.nextInt(0x10000)); // anything, lone surrogates too
        case 1 -> text.appendCodePoint(0xAC00 + random.nextInt(11172)); // Hangul syllable
        case 2 -> text.appendCodePoint(0x4E00 + random.nextInt(20992)); // Han
        case 3 -> text.append((char) ('a' + random.nextInt(26)));
        case 4 -> text.append(PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length())));
        case 5 -> text.appendCodePoint(0x1F600 + random.nextInt(80)); // emoji, surrogate pair
        case 6 -> text.append((char) random.nextInt(32)); // control chars and NUL
        default -> text.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
      }
    }
    return text.toString();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(cp -> out.append(cp < 0x80 && cp >= 0x20 ? "" + (char) cp : "\\u" + cp));
    return out.toString();
  }
}
