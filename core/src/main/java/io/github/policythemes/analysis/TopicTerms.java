package io.github.policythemes.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The terms that topic models, keyness and keyword extraction see: the {@link Chain#NOUNS} chain
 * (nouns from Nori for Korean, readable words elsewhere), with compounds kept whole, topic stop
 * words, numbers and one-letter Latin terms removed. Thread-safe.
 */
public final class TopicTerms {
  private static final Map<Language, Set<String>> STOP_WORDS = new EnumMap<>(Language.class);

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
              if (!keep(buffer, length)) {
                return;
              }
              String term = new String(buffer, 0, length);
              if (stop.contains(term)) {
                return;
              }
              keptEnd[0] = end;
              sink.term(term, start, end);
            });
    return used;
  }

  private static boolean keep(char[] buffer, int length) {
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
