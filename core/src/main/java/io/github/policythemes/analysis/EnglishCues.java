package io.github.policythemes.analysis;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;

/** Tells English from other Latin-script text by its function words, without a model. */
final class EnglishCues {
  private static final List<String> WORDS =
      List.of(
          "the", "of", "and", "to", "in", "is", "for", "on", "that", "with", "by", "as", "at",
          "from", "are", "was", "be", "this", "it", "an", "has", "will", "its", "have", "which",
          "were", "their", "after", "over", "into", "than", "been", "but", "not", "or", "would",
          "could", "should", "says", "said", "how", "what", "why", "who", "new");

  /** The function words, matched ignoring case (Unicode case folding, for non-ASCII words). */
  private static final CharArraySet FUNCTION_WORDS = new CharArraySet(WORDS, true);

  /**
   * Words read at most: a hundred words settle the question, and a long English article costs no
   * more than a short one.
   */
  static final int MAX_WORDS = 96;

  /** A text of this many words or more is no headline. */
  static final int HEADLINE_WORDS = 30;

  /**
   * Frequent function words of the other Latin-script languages the library has chains for (German,
   * French, Spanish, Italian, Portuguese, Dutch, the Scandinavian languages, Finnish, Turkish,
   * Indonesian, Czech, Hungarian, Romanian), spelled in ASCII and not English words.
   */
  private static final AsciiWords OTHER_FUNCTION_WORDS =
      AsciiWords.of(
          List.of(
              "der", "die", "das", "und", "den", "dem", "des", "ein", "eine", "einen", "mit", "von",
              "zu", "auf", "ist", "im", "nicht", "sich", "auch", "bei", "nach", "aus", "wird",
              "werden", "sind", "zum", "zur", "vom", "le", "la", "les", "du", "de", "un", "une",
              "et", "est", "dans", "pour", "sur", "au", "aux", "par", "avec", "ce", "qui", "que",
              "sont", "pas", "ne", "el", "los", "las", "del", "en", "por", "con", "para", "una",
              "es", "se", "al", "lo", "como", "su", "sus", "il", "gli", "della", "delle", "dei",
              "di", "da", "per", "che", "non", "sono", "nel", "nella", "alla", "os", "do", "dos",
              "em", "com", "um", "uma", "na", "nos", "pelo", "pela", "ao", "het", "een", "van",
              "op", "te", "voor", "met", "zijn", "niet", "aan", "bij", "ook", "wordt", "naar", "og",
              "och", "att", "er", "det", "som", "til", "till", "af", "av", "med", "ikke", "inte",
              "har", "ja", "ei", "ovat", "oli", "ve", "bir", "bu", "ile", "dan", "yang", "untuk",
              "dengan", "dari", "ini", "itu", "ke", "pada", "akan", "oleh", "je", "az", "hogy",
              "nem", "egy", "si", "cu", "pe", "din", "ale", "sau"));

  /** Longer words are not looked up. */
  private static final int MAX_LENGTH = AsciiWords.MAX_LENGTH;

  /** The same words for all-ASCII words, which need no case folding once lower-cased. */
  private static final AsciiWords ASCII_FUNCTION_WORDS = AsciiWords.of(WORDS);

  /** Words read in the sample. */
  final int words;

  /** English function words among them. */
  final int hits;

  /**
   * Function words of other Latin-script languages among the first {@value #HEADLINE_WORDS} words
   * (ASCII words of 2+ letters): only a headline needs them.
   */
  final int otherHits;

  private final int nonAsciiLetters;
  private final int length;

  private EnglishCues(int words, int hits, int otherHits, int nonAsciiLetters, int length) {
    this.otherHits = otherHits;
    this.words = words;
    this.hits = hits;
    this.nonAsciiLetters = nonAsciiLetters;
    this.length = length;
  }

  /**
   * Reads the cues of a text.
   *
   * @param text the text
   * @param limit chars read at most; reading also stops after {@value #MAX_WORDS} words
   * @return the cues
   */
  static EnglishCues of(CharSequence text, int limit) {
    int end = Math.min(text.length(), limit);
    char[] word = new char[MAX_LENGTH];
    int wordLength = 0;
    long packed = 0;
    boolean asciiWord = true;
    int words = 0;
    int hits = 0;
    int otherHits = 0;
    int nonAscii = 0;
    for (int i = 0; i <= end; i++) {
      char c = i < end ? text.charAt(i) : ' ';
      boolean letter;
      if (c < 0x80) {
        letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        if (letter) {
          c = (char) (c | 0x20); // lower-cased: ASCII words need no Unicode case folding
        }
      } else {
        letter = Character.isLetter(c);
        if (letter) {
          nonAscii++;
          asciiWord = false;
        }
      }
      if (letter) {
        if (wordLength < MAX_LENGTH) {
          word[wordLength] = c;
          packed = AsciiWords.append(packed, c);
        }
        wordLength++;
      } else if (wordLength > 0) {
        words++;
        if (wordLength <= MAX_LENGTH
            && (asciiWord
                ? ASCII_FUNCTION_WORDS.contains(AsciiWords.key(packed, wordLength))
                : FUNCTION_WORDS.contains(word, 0, wordLength))) {
          hits++;
        } else if (asciiWord
            && words <= HEADLINE_WORDS
            && wordLength >= 2
            && wordLength <= MAX_LENGTH
            && OTHER_FUNCTION_WORDS.contains(AsciiWords.key(packed, wordLength))) {
          otherHits++;
        }
        wordLength = 0;
        packed = 0;
        asciiWord = true;
        if (words == MAX_WORDS) {
          return new EnglishCues(words, hits, otherHits, nonAscii, i + 1);
        }
      }
    }
    return new EnglishCues(words, hits, otherHits, nonAscii, end);
  }

  /**
   * True when the text has enough English function words and few non-ASCII letters: one word in ten
   * for texts of a dozen words or more, at least one for shorter texts.
   */
  boolean looksEnglish() {
    if (nonAsciiLetters * 20 > Math.max(1, length)) {
      return false;
    }
    return words >= 12 ? hits * 10 >= words : hits >= 1;
  }

  /**
   * True for a headline-sized ASCII text with no function word of the other Latin-script languages:
   * fewer than {@value #HEADLINE_WORDS} words, none with a diacritic ("Cold snap bursts water
   * meters across Seoul; districts deploy repair crews overnight"). Headlines are telegraphic and
   * seldom reach one English function word in ten, while a headline in another Latin-script
   * language nearly always has a diacritic or one of its own function words.
   */
  boolean englishHeadline() {
    return words < HEADLINE_WORDS && otherHits == 0 && nonAsciiLetters == 0;
  }
}
