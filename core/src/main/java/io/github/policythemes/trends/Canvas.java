package io.github.policythemes.trends;

import java.awt.Font;
import java.awt.font.FontRenderContext;

/**
 * The drawing surface charts are drawn on, with an SVG-text backend ({@link SvgCanvas}) and a
 * Java2D/ImageIO PNG backend ({@link PngCanvas}). Coordinates are pixels from the top left; colours
 * are 0xRRGGBB.
 */
interface Canvas {
  /** How text sits on its anchor point. */
  enum Anchor {
    START,
    MIDDLE,
    END
  }

  void rect(double x, double y, double width, double height, int fill);

  void line(double x1, double y1, double x2, double y2, int stroke, double width);

  /**
   * Draws one line of text with its baseline at y.
   *
   * @param angle rotation in degrees around (x, y), clockwise; 0 for horizontal
   */
  void text(
      double x,
      double y,
      String text,
      double size,
      Anchor anchor,
      int color,
      boolean bold,
      double angle);

  /** The font family charts ask for, with fallbacks that cover Hangul and Han. */
  String FONT_FAMILIES =
      "'Noto Sans', 'Noto Sans CJK KR', 'Noto Sans CJK SC', 'DejaVu Sans', Arial, sans-serif";

  /**
   * Estimates the width of a text, for layout. Uses Java2D font metrics when fonts are available,
   * else an average glyph width (wide for CJK).
   */
  static double textWidth(String text, double size, boolean bold) {
    try {
      Font font =
          new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
      return font.getStringBounds(text, new FontRenderContext(null, true, true)).getWidth();
    } catch (RuntimeException | Error e) {
      double width = 0;
      for (int i = 0; i < text.length(); i++) {
        width += Character.isIdeographic(text.charAt(i)) || isHangul(text.charAt(i)) ? 1.0 : 0.58;
      }
      return width * size;
    }
  }

  private static boolean isHangul(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
  }

  /** Shortens a text with an ellipsis until it fits a width. */
  static String fit(String text, double size, double maxWidth) {
    if (textWidth(text, size, false) <= maxWidth) {
      return text;
    }
    String cut = text;
    while (cut.length() > 1 && textWidth(cut + "…", size, false) > maxWidth) {
      cut = cut.substring(0, cut.length() - 1);
    }
    return cut + "…";
  }
}
