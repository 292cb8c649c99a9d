package io.github.policythemes.analysis;

/** Letter counts per script over the start of a text. */
final class ScriptCounts {
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
    for (int i = 0; i < end; ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') {
          counts.latin++;
        }
        continue;
      }
      if (!Character.isLetter(cp)) {
        continue;
      }
      counts.add(Character.UnicodeScript.of(cp));
    }
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
