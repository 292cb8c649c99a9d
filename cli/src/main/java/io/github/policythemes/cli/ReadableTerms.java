package io.github.policythemes.cli;

import io.github.policythemes.analysis.Chain;
import io.github.policythemes.analysis.Language;
import io.github.policythemes.analysis.TextAnalyzer;
import io.github.policythemes.analysis.Token;
import io.github.policythemes.taxonomy.Keyword;
import io.github.policythemes.taxonomy.Taxonomy;
import io.github.policythemes.taxonomy.Theme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a linear model's feature names into what a person reads. Character n-grams of Korean and
 * Chinese ({@code ^ 통합}: a word starting with 통합; {@code 군 $}: ending with 군; {@code 구감 감소}: the
 * chars 구감소) are joined back into their chars, then mapped, as explanations map evidence, to the
 * shortest word that holds them among the words (Nori, SmartCN) of the taxonomy's keywords, labels
 * and definitions; a fragment no such word holds is shown with "…" where the word goes on. English
 * features are words already. Not thread-safe.
 */
final class ReadableTerms {
  private final List<String> words;

  ReadableTerms(Taxonomy taxonomy) {
    Set<String> found = new LinkedHashSet<>();
    for (Theme theme : taxonomy.themes()) {
      for (Language language : List.of(Language.KO, Language.ZH)) {
        StringBuilder text = new StringBuilder();
        for (Keyword keyword : theme.keywords(language)) {
          text.append(keyword.phrase()).append('\n');
        }
        text.append(theme.labels().getOrDefault(language, "")).append('\n');
        TextAnalyzer analyzer = TextAnalyzer.forLanguage(language);
        for (Token token : analyzer.tokens(text.toString(), Chain.WORDS)) {
          found.add(token.term());
        }
        for (Keyword keyword : theme.keywords(language)) {
          for (String word : keyword.phrase().split("\\s+")) {
            found.add(word);
          }
        }
      }
    }
    List<String> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
    this.words = sorted;
  }

  /** The readable form of a feature name. */
  String readable(String feature) {
    if (feature.startsWith("[keywords] ")) {
      return feature;
    }
    String[] parts = feature.split(" ");
    boolean start = parts.length > 1 && parts[0].equals("^");
    boolean end = parts.length > 1 && parts[parts.length - 1].equals("$");
    int from = start ? 1 : 0;
    int to = end ? parts.length - 1 : parts.length;
    if (from >= to || !isCjk(parts[from])) {
      return feature;
    }
    StringBuilder chars = new StringBuilder(parts[from]);
    for (int i = from + 1; i < to; i++) {
      String next = parts[i];
      int overlap = overlap(chars, next);
      chars.append(next, overlap, next.length());
    }
    String fragment = chars.toString();
    for (String word : words) {
      if ((start
              ? word.startsWith(fragment)
              : end ? word.endsWith(fragment) : word.contains(fragment))
          && (!start || !end || word.equals(fragment))) {
        return word;
      }
    }
    return (start ? "" : "…") + fragment + (end ? "" : "…");
  }

  /** How many leading chars of next repeat the end of chars (bigram chains share one). */
  private static int overlap(CharSequence chars, String next) {
    for (int n = Math.min(chars.length(), next.length() - 1); n > 0; n--) {
      if (chars
          .subSequence(chars.length() - n, chars.length())
          .toString()
          .equals(next.substring(0, n))) {
        return n;
      }
    }
    return 0;
  }

  private static boolean isCjk(String part) {
    if (part.isEmpty()) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(part.codePointAt(0));
    return script == Character.UnicodeScript.HANGUL
        || script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }
}
