package io.github.policythemes.cli;

import org.jline.utils.WCWidth;

/**
 * Columns as a terminal shows them: Hangul, Han, kana and full-width forms take two columns,
 * combining marks none (JLine's {@code wcwidth}, after Markus Kuhn's), so tables with Korean and
 * Chinese line up. Thread-safe.
 */
final class DisplayWidth {
  private DisplayWidth() {}

  /** The columns the text takes on a terminal. */
  static int of(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      width += Math.max(0, WCWidth.wcwidth(c));
      i += Character.charCount(c);
    }
    return width;
  }

  /** The text padded with spaces to the width (left-aligned); a longer text is cut with '…'. */
  static String pad(String text, int width) {
    StringBuilder cell = new StringBuilder(width + 8);
    int used = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int w = Math.max(0, WCWidth.wcwidth(c));
      boolean more = i + Character.charCount(c) < text.length();
      if (used + w > width || (more && used + w == width && of(text.substring(i)) > w)) {
        if (used < width) {
          cell.append('…');
          used++;
        }
        break;
      }
      cell.appendCodePoint(c);
      used += w;
      i += Character.charCount(c);
    }
    return cell.append(" ".repeat(Math.max(0, width - used))).toString();
  }

  /** The text padded to the width, never cut (a longer text stays as it is). */
  static String padRight(String text, int width) {
    return text + " ".repeat(Math.max(0, width - of(text)));
  }

  /** The text right-aligned in the width, never cut. */
  static String padLeft(String text, int width) {
    return " ".repeat(Math.max(0, width - of(text))) + text;
  }
}
