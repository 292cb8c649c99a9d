package io.github.policythemes.index;

import java.util.List;
import java.util.Objects;

/**
 * A passage of an article with the words that matched the query marked, for a result list. The
 * marks are offsets, not markup, so a web page escapes the text and adds its own tags.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * snippet.marked("<b>", "</b>");   // after escaping: "... the <b>metropolitan</b> rail ..."
 * }</pre>
 *
 * @param text the passage, as written in the article (title and text)
 * @param start where the passage starts in the article's content (title, blank line, text)
 * @param highlights the matched words, in order, as offsets into {@link #text()}
 */
public record Snippet(String text, int start, List<Highlight> highlights) {
  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException if a highlight falls outside the text
   */
  public Snippet {
    Objects.requireNonNull(text, "text");
    highlights = List.copyOf(highlights);
    for (Highlight highlight : highlights) {
      if (highlight.end() > text.length()) {
        throw new IllegalArgumentException(
            "highlight " + highlight + " is outside a passage of " + text.length() + " chars");
      }
    }
  }

  /**
   * Returns the passage with each highlight between two marks.
   *
   * @param open put before each matched word, e.g. {@code <b>} or {@code [}
   * @param close put after it
   * @return the marked passage
   */
  public String marked(String open, String close) {
    StringBuilder out = new StringBuilder(text.length() + highlights.size() * 8);
    int at = 0;
    for (Highlight highlight : highlights) {
      out.append(text, at, highlight.start()).append(open);
      out.append(text, highlight.start(), highlight.end()).append(close);
      at = highlight.end();
    }
    return out.append(text, at, text.length()).toString();
  }

  /**
   * A matched word in a passage.
   *
   * @param start the first char, offset into the passage
   * @param end one past the last char
   */
  public record Highlight(int start, int end) {
    /**
     * Validates.
     *
     * @throws IllegalArgumentException if the range is empty or negative
     */
    public Highlight {
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("highlight [" + start + ", " + end + ")");
      }
    }
  }
}
