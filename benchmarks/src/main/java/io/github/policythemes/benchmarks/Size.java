package io.github.policythemes.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * Article lengths that {@code ClassifyBenchmark} measures separately, in words: runs of letters and
 * digits for English and Korean (so eojeol for Korean), and for Chinese the Han characters divided
 * by {@value #HAN_CHARS_PER_WORD} (the mean length of a SmartCN word on the seed corpus) plus any
 * other words.
 */
public enum Size {
  /** A headline: the first line of each article, 3 to 30 words. */
  SHORT,
  /** A whole article of 100 to 200 words (about 150). */
  MEDIUM,
  /**
   * About 600 words: whole articles of 450 to 800 words, and consecutive shorter articles of the
   * same language joined by a blank line until they reach 550 words (the seed corpus has few
   * articles that long).
   */
  LONG;

  static final double HAN_CHARS_PER_WORD = 1.6;

  /**
   * Picks or builds the texts of this size from the articles of one language, in corpus order.
   *
   * @param contents the articles' contents
   * @return the texts; empty when the articles give none
   */
  List<String> texts(List<String> contents) {
    List<String> texts = new ArrayList<>();
    switch (this) {
      case SHORT -> {
        for (String content : contents) {
          int end = content.indexOf('\n');
          String line = (end < 0 ? content : content.substring(0, end)).strip();
          double words = words(line);
          if (words >= 3 && words <= 30) {
            texts.add(line);
          }
        }
      }
      case MEDIUM -> {
        for (String content : contents) {
          double words = words(content);
          if (words >= 100 && words <= 200) {
            texts.add(content);
          }
        }
      }
      case LONG -> {
        StringBuilder joined = new StringBuilder();
        double joinedWords = 0;
        for (String content : contents) {
          double words = words(content);
          if (words >= 450 && words <= 800) {
            texts.add(content);
          } else if (words > 30 && words < 450) {
            if (joined.length() > 0) {
              joined.append("\n\n");
            }
            joined.append(content);
            joinedWords += words;
            if (joinedWords >= 550) {
              texts.add(joined.toString());
              joined.setLength(0);
              joinedWords = 0;
            }
          }
        }
      }
    }
    return texts;
  }

  /** Counts words as described on the class. */
  static double words(CharSequence text) {
    int runs = 0;
    int han = 0;
    boolean inRun = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        han++;
        inRun = false;
      } else if (!Character.isLetterOrDigit(c)) {
        inRun = false;
      } else if (!inRun) {
        runs++;
        inRun = true;
      }
    }
    return runs + han / HAN_CHARS_PER_WORD;
  }
}
