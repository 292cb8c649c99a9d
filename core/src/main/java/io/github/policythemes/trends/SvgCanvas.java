package io.github.policythemes.trends;

import java.util.Locale;

/** A {@link Canvas} that writes SVG text. Not thread-safe. */
final class SvgCanvas implements Canvas {
  private final StringBuilder svg = new StringBuilder();

  SvgCanvas(int width, int height, String title) {
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" font-family=\"")
        .append(ChartFonts.svgStack(""))
        .append("\">\n<title>")
        .append(escape(title))
        .append("</title>\n");
    rect(0, 0, width, height, 0xFFFFFF);
  }

  @Override
  public void rect(double x, double y, double w, double h, int fill) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#%06x\"/>\n",
            x,
            y,
            w,
            h,
            fill));
  }

  @Override
  public void line(double x1, double y1, double x2, double y2, int stroke, double w) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#%06x\""
                + " stroke-width=\"%.1f\"/>\n",
            x1,
            y1,
            x2,
            y2,
            stroke,
            w));
  }

  @Override
  public void text(
      double x,
      double y,
      String text,
      double size,
      Anchor anchor,
      int color,
      boolean bold,
      double angle) {
    String anchorName =
        switch (anchor) {
          case START -> "start";
          case MIDDLE -> "middle";
          case END -> "end";
        };
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" text-anchor=\"%s\" fill=\"#%06x\"%s%s%s>",
            x,
            y,
            size,
            anchorName,
            color,
            bold ? " font-weight=\"bold\"" : "",
            angle == 0
                ? ""
                : String.format(Locale.ROOT, " transform=\"rotate(%.1f %.1f %.1f)\"", angle, x, y),
            language(text)));
    svg.append(escape(text)).append("</text>\n");
  }

  /**
   * The language and font stack of a CJK text, so that a viewer draws Han in a Chinese text with a
   * Chinese face and Hangul with a Korean one; nothing for other text.
   */
  static String language(String text) {
    String lang = lang(text);
    return lang == null
        ? ""
        : " lang=\"" + lang + "\" font-family=\"" + ChartFonts.svgStack(text) + "\"";
  }

  /** {@code ko}, {@code ja} or {@code zh} for text in that script, else null. */
  static String lang(String text) {
    var scripts = ChartFonts.scripts(text);
    if (scripts.contains(Character.UnicodeScript.HANGUL)) {
      return "ko";
    }
    if (scripts.contains(Character.UnicodeScript.HIRAGANA)
        || scripts.contains(Character.UnicodeScript.KATAKANA)) {
      return "ja";
    }
    return scripts.contains(Character.UnicodeScript.HAN) ? "zh" : null;
  }

  String finish() {
    return svg + "</svg>\n";
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
