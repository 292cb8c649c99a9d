package io.github.policythemes.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lower-cases terms exactly as Lucene's {@code LowerCaseFilter} does, with a fast path for the
 * chars of Korean and Chinese text: Hangul syllables and CJK ideographs have no case and are left
 * as they are, ASCII letters are lower-cased in place, and only a term with some other char goes
 * through {@link CharacterUtils#toLowerCase} (from that char on). In the character-bigram chain,
 * where nearly every term is one or two Hangul or Han chars, {@code LowerCaseFilter}'s
 * per-code-point {@code Character.toLowerCase} was a seventh of the time of classifying Korean
 * text.
 */
final class CjkLowerCaseFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  CjkLowerCaseFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] buffer = term.buffer();
    int length = term.length();
    for (int i = 0; i < length; i++) {
      char c = buffer[i];
      if (c < 0x80) {
        if (c >= 'A' && c <= 'Z') {
          buffer[i] = (char) (c | 0x20);
        }
      } else if (!hasNoCase(c)) {
        CharacterUtils.toLowerCase(buffer, i, length);
        break;
      }
    }
    return true;
  }

  /** Hangul syllables and CJK unified ideographs: letters without case, never surrogates. */
  static boolean hasNoCase(char c) {
    return (c >= ScriptCounts.HANGUL_SYLLABLES_FIRST && c <= ScriptCounts.HANGUL_SYLLABLES_LAST)
        || (c >= ScriptCounts.CJK_IDEOGRAPHS_FIRST && c <= ScriptCounts.CJK_IDEOGRAPHS_LAST);
  }
}
