package io.github.policythemes.analysis;

/** Letter counts per script over the start of a text. */
final class ScriptCounts {
  /** Hangul syllables, all assigned since Unicode 2.0. */
  static final char HANGUL_SYLLABLES_FIRST = '\uAC00';

  static final char HANGUL_SYLLABLES_LAST = '\uD7A3';

  /** CJK unified ideographs as assigned in Unicode 13 (Java 17). */
  static final char CJK_IDEOGRAPHS_FIRST = '\u4E00';

  static final char CJK_IDEOGRAPHS_LAST = '\u9FFC';

  /**
   * The script of every letter below {@code U+3000} (Latin, Greek, Cyrillic, Arabic, Devanagari and
   * the punctuation of English text: curly quotes and dashes), looked up rather than asked of
   * {@code Character.isLetter} and {@code UnicodeScript.of}, which searches a table.
   */
  static final char TABLED = '\u3000';

  /** 1 for the ASCII letters, 0 for the other ASCII chars. */
  private static final byte[] ASCII_LETTER = new byte[0x80];

  static {
    for (char c = 'A'; c <= 'Z'; c++) {
      ASCII_LETTER[c] = 1;
      ASCII_LETTER[c | 0x20] = 1;
    }
  }

  private static final byte NOT_A_LETTER = (byte) 0xFF; // no script has ordinal 255
  private static final Character.UnicodeScript[] SCRIPTS = Character.UnicodeScript.values();
  private static final byte[] SCRIPT_OF = scripts();

  private static byte[] scripts() {
    byte[] scripts = new byte[TABLED];
    for (int c = 0; c < TABLED; c++) {
      scripts[c] =
          Character.isLetter(c) ? (byte) Character.UnicodeScript.of(c).ordinal() : NOT_A_LETTER;
    }
    return scripts;
  }

  int hangul;
  int han;
  int kana;
  int latin;
  int cyrillic;
  int greek;
  int arabic;
  int devanagari;
  int other;

  private ScriptCounts() {}

  static ScriptCounts of(CharSequence text, int limit) {
    ScriptCounts counts = new ScriptCounts();
    int end = Math.min(text.length(), limit);
    // the three counts of the fast paths live in locals: the loop then touches no memory but the
    // text
    int latin = 0;
    int hangul = 0;
    int han = 0;
    for (int i = 0; i < end; ) {
      char c = text.charAt(i);
      // Fast paths for the chars that make up nearly all English, Korean and Chinese text; the
      // ranges hold only letters of one script in every Unicode version Java 17+ implements.
      if (c < 0x80) {
        i++;
        latin += ASCII_LETTER[c]; // no branch: letters and spaces alternate unpredictably
        continue;
      }
      if (c >= HANGUL_SYLLABLES_FIRST && c <= HANGUL_SYLLABLES_LAST) {
        i++;
        hangul++;
        continue;
      }
      if (c >= CJK_IDEOGRAPHS_FIRST && c <= CJK_IDEOGRAPHS_LAST) {
        i++;
        han++;
        continue;
      }
      if (c < TABLED) {
        i++;
        if (SCRIPT_OF[c] != NOT_A_LETTER) {
          counts.add(SCRIPTS[SCRIPT_OF[c] & 0xFF]);
        }
        continue;
      }
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      counts.add(Character.UnicodeScript.of(cp));
    }
    counts.latin += latin;
    counts.hangul += hangul;
    counts.han += han;
    return counts;
  }

  private void add(Character.UnicodeScript script) {
    switch (script) {
      case HANGUL -> hangul++;
      case HAN -> han++;
      case HIRAGANA, KATAKANA -> kana++;
      case LATIN -> latin++;
      case CYRILLIC -> cyrillic++;
      case GREEK -> greek++;
      case ARABIC -> arabic++;
      case DEVANAGARI -> devanagari++;
      default -> other++;
    }
  }
}
