package io.github.policythemes.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptCountsTest {
  @Test
  void fastPathRanges_holdOnlyLettersOfTheirScript() {
    for (char c = ScriptCounts.HANGUL_SYLLABLES_FIRST;
        c <= ScriptCounts.HANGUL_SYLLABLES_LAST;
        c++) {
      assertThat(Character.isLetter(c)).as("U+%04X", (int) c).isTrue();
      assertThat(Character.UnicodeScript.of(c)).isEqualTo(Character.UnicodeScript.HANGUL);
    }
    for (char c = ScriptCounts.CJK_IDEOGRAPHS_FIRST; c <= ScriptCounts.CJK_IDEOGRAPHS_LAST; c++) {
      assertThat(Character.isLetter(c)).as("U+%04X", (int) c).isTrue();
      assertThat(Character.UnicodeScript.of(c)).isEqualTo(Character.UnicodeScript.HAN);
    }
  }

  @Test
  void of_countsEveryCharBelowTheTableLimitAsTheSlowPathWould() {
    for (char c = 0; c < ScriptCounts.TABLED; c++) {
      ScriptCounts counts = ScriptCounts.of(String.valueOf(c), 1);
      int letters =
          counts.hangul
              + counts.han
              + counts.kana
              + counts.latin
              + counts.cyrillic
              + counts.greek
              + counts.arabic
              + counts.devanagari
              + counts.other;
      assertThat(letters).as("U+%04X", (int) c).isEqualTo(Character.isLetter(c) ? 1 : 0);
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      if (Character.isLetter(c) && script == Character.UnicodeScript.LATIN) {
        assertThat(counts.latin).as("U+%04X", (int) c).isEqualTo(1);
      }
      if (Character.isLetter(c) && script == Character.UnicodeScript.HANGUL) {
        assertThat(counts.hangul).as("U+%04X", (int) c).isEqualTo(1);
      }
    }
  }

  @Test
  void of_countsLettersPerScript() {
    ScriptCounts counts = ScriptCounts.of("지방분권 地方 Seoul, 東京へ Москва 2025!", 1000);
    assertThat(counts.hangul).isEqualTo(4);
    assertThat(counts.han).isEqualTo(4);
    assertThat(counts.kana).isEqualTo(1);
    assertThat(counts.latin).isEqualTo(5);
    assertThat(counts.cyrillic).isEqualTo(6);
  }

  @Test
  void of_readsOnlyUpToTheLimit() {
    assertThat(ScriptCounts.of("abc지방", 3).hangul).isZero();
    assertThat(ScriptCounts.of("abc지방", 3).latin).isEqualTo(3);
  }
}
