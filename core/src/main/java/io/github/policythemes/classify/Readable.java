package io.github.policythemes.classify;

import io.github.policythemes.analysis.Chain;
import io.github.policythemes.analysis.Language;
import io.github.policythemes.analysis.TextAnalyzer;
import io.github.policythemes.analysis.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps evidence found on character bigrams back to the words a person reads: each occurrence's
 * contribution is shared among the readable words (Nori, SmartCN) it overlaps, by the number of
 * chars they share. A compound word stands for its parts (지방분권, not 지방 and 분권).
 */
final class Readable {
  private static final int NEIGHBOURS = 8;

  private final List<Token> words;

  Readable(String content, Language language) {
    List<Token> all = TextAnalyzer.forLanguage(language).tokens(content, Chain.WORDS);
    List<Token> outer = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Token token = all.get(i);
      boolean inside = false;
      // a compound and its parts are neighbours in the token stream
      for (int j = Math.max(0, i - NEIGHBOURS); j < Math.min(all.size(), i + NEIGHBOURS); j++) {
        Token other = all.get(j);
        if (j != i
            && other.start() <= token.start()
            && other.end() >= token.end()
            && other.end() - other.start() > token.end() - token.start()) {
          inside = true;
          break;
        }
      }
      if (!inside && (outer.isEmpty() || !sameSpan(outer.get(outer.size() - 1), token))) {
        outer.add(token);
      }
    }
    this.words = outer;
  }

  private static boolean sameSpan(Token a, Token b) {
    return a.start() == b.start() && a.end() == b.end();
  }

  List<Occurrence> words(List<Occurrence> occurrences) {
    List<Occurrence> result = new ArrayList<>();
    for (Occurrence occurrence : occurrences) {
      int span = occurrence.end() - occurrence.start();
      if (span <= 0) {
        continue;
      }
      for (int i = firstEndingAfter(occurrence.start()); i < words.size(); i++) {
        Token word = words.get(i);
        if (word.start() >= occurrence.end()) {
          break;
        }
        int overlap =
            Math.min(word.end(), occurrence.end()) - Math.max(word.start(), occurrence.start());
        if (overlap > 0) {
          result.add(
              new Occurrence(word.start(), word.end(), occurrence.contribution() * overlap / span));
        }
      }
    }
    return result;
  }

  /** Index of the first word that ends after {@code offset} (words are in text order). */
  private int firstEndingAfter(int offset) {
    int low = 0;
    int high = words.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (words.get(mid).end() <= offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
