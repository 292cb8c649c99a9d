package io.github.policythemes.batch;

import io.github.policythemes.classify.Classification;
import io.github.policythemes.classify.ThemeScore;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes aligned columns for a person: id, language, and the assigned themes with their scores (or
 * the best theme, in parentheses, when none is assigned). Ids longer than the id column are cut
 * with an ellipsis; Hangul and Han count as two columns. Not thread-safe.
 */
final class TableResultWriter implements ResultWriter {
  static final int ID_WIDTH = 36;

  private final Writer out;
  private final OutputOptions options;
  private final StringBuilder line = new StringBuilder(256);

  TableResultWriter(Writer out, OutputOptions options, boolean header) throws IOException {
    this.out = out;
    this.options = options;
    if (header) {
      line.append(pad("ID", ID_WIDTH)).append("  LANG  THEMES\n");
      out.write(line.toString());
    }
  }

  @Override
  public void write(BatchResult result) throws IOException {
    Classification classification = result.classification();
    line.setLength(0);
    line.append(pad(result.record().article().id(), ID_WIDTH)).append("  ");
    line.append(pad(classification.language().code(), 4)).append("  ");
    List<ThemeScore> assigned = classification.assigned();
    if (assigned.isEmpty()) {
      classification
          .top()
          .ifPresent(
              best ->
                  line.append("(")
                      .append(best.themeId())
                      .append(' ')
                      .append(Decimals.twoPlaces(best.score()))
                      .append(')'));
    }
    for (int i = 0; i < assigned.size() && i < options.top(); i++) {
      ThemeScore score = assigned.get(i);
      line.append(i == 0 ? "" : ", ").append(score.themeId()).append(' ');
      line.append(Decimals.twoPlaces(score.score()));
    }
    line.append('\n');
    out.write(line.toString());
  }

  /** Pads or cuts to a display width. */
  static String pad(String value, int width) {
    StringBuilder cell = new StringBuilder(width);
    int used = 0;
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      int w = wide(c) ? 2 : 1;
      if (used + w > width - 1 && i + Character.charCount(c) < value.length()) {
        cell.append('…');
        used++;
        break;
      }
      if (used + w > width) {
        break;
      }
      cell.appendCodePoint(c);
      used += w;
      i += Character.charCount(c);
    }
    cell.append(" ".repeat(Math.max(0, width - used)));
    return cell.toString();
  }

  static boolean wide(int c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HANGUL
        || script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || (c >= 0xFF01 && c <= 0xFF60);
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
