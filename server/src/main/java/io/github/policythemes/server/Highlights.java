package io.github.policythemes.server;

import io.github.policythemes.classify.TermContribution;
import io.github.policythemes.classify.ThemeEvidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where the evidence terms of an explanation occur in the article, for the page to mark them: every
 * occurrence of every term (as written in the article; Latin letters without regard to case), with
 * the themes it is evidence for. Latin-script terms match whole words only ({@code city} not inside
 * {@code capacity}); Korean and Chinese terms match anywhere, since particles and other words
 * attach to them. Overlapping occurrences keep the longest.
 */
final class Highlights {
  private Highlights() {}

  /**
   * A marked stretch of the article.
   *
   * @param start first char, offset into {@code Article.content()}
   * @param end one past the last char
   * @param term the evidence term
   * @param themes the themes it is evidence for
   */
  record Span(int start, int end, String term, List<String> themes) {}

  static List<Span> find(String content, List<ThemeEvidence> evidence) {
    Map<String, Set<String>> themesByTerm = new LinkedHashMap<>();
    for (ThemeEvidence theme : evidence) {
      for (TermContribution term : theme.terms()) {
        if (term.contribution() > 0 && !term.term().isBlank()) {
          themesByTerm
              .computeIfAbsent(term.term().strip(), t -> new LinkedHashSet<>())
              .add(theme.themeId());
        }
      }
    }
    List<Span> found = new ArrayList<>();
    String lower = content.toLowerCase(Locale.ROOT);
    boolean sameLength = lower.length() == content.length();
    String haystack = sameLength ? lower : content;
    themesByTerm.forEach(
        (term, themes) -> {
          String needle = sameLength ? term.toLowerCase(Locale.ROOT) : term;
          if (needle.length() != term.length()) {
            needle = term;
          }
          boolean words = isLatin(term);
          for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            int end = at + needle.length();
            if (!words || (boundary(content, at - 1) && boundary(content, end))) {
              found.add(new Span(at, end, term, List.copyOf(themes)));
            }
          }
        });
    // longest first, then earliest; a span is kept when none of its chars is taken yet
    found.sort(
        Comparator.comparingInt((Span s) -> s.end() - s.start())
            .reversed()
            .thenComparingInt(Span::start));
    boolean[] taken = new boolean[content.length()];
    List<Span> kept = new ArrayList<>();
    for (Span span : found) {
      boolean free = true;
      for (int i = span.start(); i < span.end() && free; i++) {
        free = !taken[i];
      }
      if (free) {
        java.util.Arrays.fill(taken, span.start(), span.end(), true);
        kept.add(span);
      }
    }
    kept.sort(Comparator.comparingInt(Span::start));
    return kept;
  }

  private static boolean isLatin(String term) {
    for (int i = 0; i < term.length(); i++) {
      Character.UnicodeScript script = Character.UnicodeScript.of(term.charAt(i));
      if (script == Character.UnicodeScript.HANGUL
          || script == Character.UnicodeScript.HAN
          || script == Character.UnicodeScript.HIRAGANA
          || script == Character.UnicodeScript.KATAKANA) {
        return false;
      }
    }
    return true;
  }

  private static boolean boundary(String text, int index) {
    return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
  }
}
