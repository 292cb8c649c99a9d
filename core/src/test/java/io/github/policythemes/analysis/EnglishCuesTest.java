package io.github.policythemes.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.CharArraySet;
import org.junit.jupiter.api.Test;

class EnglishCuesTest {
  /** The function words, as the straightforward implementation below matches them. */
  private static final CharArraySet REFERENCE_WORDS =
      new CharArraySet(
          List.of(
              "the", "of", "and", "to", "in", "is", "for", "on", "that", "with", "by", "as", "at",
              "from", "are", "was", "be", "this", "it", "an", "has", "will", "its", "have", "which",
              "were", "their", "after", "over", "into", "than", "been", "but", "not", "or", "would",
              "could", "should", "says", "said", "how", "what", "why", "who", "new"),
          true);

  @Test
  void of_countsWordsAndFunctionWords() {
    EnglishCues cues = EnglishCues.of("The council SAID it would Review the plan, İt says.", 1000);
    assertThat(cues.words).isEqualTo(10);
    // The, SAID, it, would, the, İt (lower-cases to "it"), says
    assertThat(cues.hits).isEqualTo(7);
    assertThat(cues.looksEnglish()).isTrue(); // one non-ASCII letter in 51 chars is few enough
  }

  @Test
  void englishHeadline_isShortAsciiWithoutFunctionWordsOfOtherLanguages() {
    String headline = "Cold snap bursts water meters across Seoul; districts deploy repair crews";
    assertThat(cues(headline).looksEnglish()).isFalse(); // no English function word in 12
    assertThat(cues(headline).englishHeadline()).isTrue();
    assertThat(cues(headline + " again".repeat(19)).englishHeadline()).isFalse(); // 30 words
    assertThat(cues("Landkreis und Stadt fusionieren").englishHeadline()).isFalse();
    assertThat(cues("Réforme territoriale adoptée").englishHeadline()).isFalse();
    assertThat(cues("Municipios de Galicia aprueban presupuestos").englishHeadline()).isFalse();
  }

  private static EnglishCues cues(String text) {
    return EnglishCues.of(text, 1000);
  }

  @Test
  void of_readsTheFirstWordsOnly() {
    String english = "the council of the city said it would act on the plan ".repeat(12);
    String german = "Der Landkreis hat seine Haushaltsplanung für das kommende Jahr vorgelegt. ";
    EnglishCues cues = EnglishCues.of(english + german.repeat(40), 100_000);
    assertThat(cues.words).isEqualTo(EnglishCues.MAX_WORDS);
    assertThat(cues.looksEnglish()).isTrue();
    assertThat(EnglishCues.of(german.repeat(40) + english, 100_000).looksEnglish()).isFalse();
  }

  @Test
  void of_matchesTheStraightforwardCount_onRandomText() {
    Random random = new Random(3L);
    String alphabet = "the of and to it new Should WHICH İK\u212A é’ ,.:;!?-\n0123456789xyzQ";
    for (int n = 0; n < 2000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(200);
      for (int i = 0; i < length; i++) {
        text.append(
            random.nextInt(20) == 0
                ? (char) random.nextInt(0x10000)
                : alphabet.charAt(random.nextInt(alphabet.length())));
      }
      int limit = random.nextInt(250);
      EnglishCues cues = EnglishCues.of(text, limit);
      int[] expected = reference(text, limit);
      assertThat(new int[] {cues.words, cues.hits}).as("%s", text).containsExactly(expected);
    }
  }

  /** Words and function-word hits, counted one char at a time with a case-folding set. */
  private static int[] reference(CharSequence text, int limit) {
    int end = Math.min(text.length(), limit);
    char[] word = new char[8];
    int wordLength = 0;
    int words = 0;
    int hits = 0;
    for (int i = 0; i <= end; i++) {
      char c = i < end ? text.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        if (wordLength < word.length) {
          word[wordLength] = c;
        }
        wordLength++;
      } else if (wordLength > 0) {
        words++;
        if (wordLength <= word.length && REFERENCE_WORDS.contains(word, 0, wordLength)) {
          hits++;
        }
        wordLength = 0;
      }
    }
    return new int[] {words, hits};
  }
}
