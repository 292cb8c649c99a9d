package io.github.policythemes.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The terms that topic models, keyness and keyword extraction see: the {@link Chain#NOUNS} chain
 * (nouns from Nori for Korean, readable words elsewhere), with compounds kept whole, and removed:
 * topic stop words (each language's list, news boilerplate included: 종합, 속보, 사진, 기자, 연합뉴스, 新华社, 记者,
 * Reuters, ...), the caller's own stop words, numbers, one-letter Latin terms, one-character
 * Chinese words (SmartCN's leftovers such as 德, 清) and one-syllable Korean nouns (시, 군, 주) except
 * those in a keep list (집, 돈, 땅, 쌀, 법, ...). Thread-safe.
 */
public final class TopicTerms {
  private static final Map<Language, Set<String>> STOP_WORDS = new EnumMap<>(Language.class);
  private static final Set<String> KEEP_ONE_SYLLABLE_KO = readWords("keep-one-syllable-ko.txt");

  /** Receives each kept term with its offsets into the analysed text. */
  public interface Sink {
    /**
     * Receives one term.
     *
     * @param term the analysed term
     * @param start the offset of its first character in the text
     * @param end the offset after its last character
     */
    void term(String term, int start, int end);
  }

  private TopicTerms() {}

  /**
   * Analyses a text and hands every kept term to the sink.
   *
   * @param text the text
   * @param language the language; null to detect it
   * @param sink receives the terms in text order
   * @return the language used
   */
  public static Language analyze(String text, Language language, Sink sink) {
    return analyze(text, language, Set.of(), sink);
  }

  /**
   * Analyses a text and hands every kept term to the sink, leaving out the caller's stop words too.
   *
   * @param text the text
   * @param language the language; null to detect it
   * @param extraStopWords more stop words, as {@link #stopWords(Collection)} makes them
   * @param sink receives the terms in text order
   * @return the language used
   */
  public static Language analyze(
      String text, Language language, Set<String> extraStopWords, Sink sink) {
    TextAnalyzer analyzer =
        language == null ? TextAnalyzer.autoDetect() : TextAnalyzer.forLanguage(language);
    Language used = analyzer.languageOf(text);
    Set<String> stop = stopWords(used);
    int[] keptEnd = {-1};
    TextAnalyzer.forLanguage(used)
        .analyze(
            text,
            Chain.NOUNS,
            (buffer, length, start, end, increment) -> {
              // Nori's mixed mode stacks the parts of a compound inside its span: keep the
              // compound.
              if (start < keptEnd[0]) {
                return;
              }
              if (!keep(buffer, length, used)) {
                return;
              }
              String term = new String(buffer, 0, length);
              if (stop.contains(term) || extraStopWords.contains(term)) {
                return;
              }
              keptEnd[0] = end;
              sink.term(term, start, end);
            });
    return used;
  }

  /**
   * Turns stop words as a person lists them into the terms to leave out: each word as written,
   * lower-cased, and as the analysis chains of English, Korean and Chinese read it (so "Councils"
   * also removes "council").
   *
   * @param words the words, e.g. the lines of a stop-word file
   * @return the terms, for {@link #analyze(String, Language, Set, Sink)}
   */
  public static Set<String> stopWords(Collection<String> words) {
    Set<String> terms = new HashSet<>();
    for (String word : words) {
      String clean = word.strip();
      if (clean.isEmpty() || clean.startsWith("#")) {
        continue;
      }
      terms.add(clean);
      terms.add(clean.toLowerCase(Locale.ROOT));
      for (Language language : List.of(Language.EN, Language.KO, Language.ZH)) {
        TextAnalyzer.forLanguage(language)
            .tokens(clean, Chain.NOUNS)
            .forEach(token -> terms.add(token.term()));
      }
    }
    return Set.copyOf(terms);
  }

  private static boolean keep(char[] buffer, int length, Language language) {
    if (length == 1 && buffer[0] >= 0x1100) {
      Character.UnicodeScript script = Character.UnicodeScript.of(buffer[0]);
      if (script == Character.UnicodeScript.HANGUL) {
        return KEEP_ONE_SYLLABLE_KO.contains(String.valueOf(buffer[0]));
      }
      if (script == Character.UnicodeScript.HAN && language == Language.ZH) {
        return false;
      }
    }
    return keepAny(buffer, length);
  }

  private static boolean keepAny(char[] buffer, int length) {
    boolean letter = false;
    boolean cjk = false;
    for (int i = 0; i < length; i++) {
      char c = buffer[i];
      if (Character.isLetter(c)) {
        letter = true;
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        cjk |=
            script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
      }
    }
    return letter && (cjk || length > 1);
  }

  private static Set<String> stopWords(Language language) {
    synchronized (STOP_WORDS) {
      return STOP_WORDS.computeIfAbsent(language, TopicTerms::loadStopWords);
    }
  }

  private static Set<String> readWords(String name) {
    Set<String> words = new HashSet<>();
    try (InputStream in = TopicTerms.class.getResourceAsStream(name)) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (!line.startsWith("#")) {
          for (String word : line.trim().split("\\s+")) {
            if (!word.isEmpty()) {
              words.add(word);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    return Set.copyOf(words);
  }

  private static Set<String> loadStopWords(Language language) {
    Set<String> words = new HashSet<>();
    String name = "stop-words-" + language.code() + ".txt";
    try (InputStream in = TopicTerms.class.getResourceAsStream(name)) {
      if (in == null) {
        return Set.of();
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      TextAnalyzer analyzer = TextAnalyzer.forLanguage(language);
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.startsWith("#")) {
          continue;
        }
        for (String word : line.trim().split("\\s+")) {
          if (!word.isEmpty()) {
            words.add(word);
            analyzer.tokens(word, Chain.NOUNS).forEach(token -> words.add(token.term()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read topic stop words " + name, e);
    }
    return Set.copyOf(words);
  }
}
