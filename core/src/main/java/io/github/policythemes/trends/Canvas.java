package io.github.policythemes.trends;

import java.util.ArrayList;
import java.util.List;

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

  /**
   * Measures a text for layout, in the font a PNG draws it with and never less than an estimate for
   * the fonts an SVG viewer may pick (see {@link ChartFonts#width}).
   */
  static double textWidth(String text, double size, boolean bold) {
    return ChartFonts.system().width(text, size, bold);
  }

  /** Shortens a text with an ellipsis until it fits a width. */
  static String fit(String text, double size, double maxWidth) {
    return fit(text, size, false, maxWidth);
  }

  /** Shortens a text with an ellipsis until it fits a width. */
  static String fit(String text, double size, boolean bold, double maxWidth) {
    if (textWidth(text, size, bold) <= maxWidth) {
      return text;
    }
    String cut = text;
    while (cut.length() > 1 && textWidth(cut.strip() + "…", size, bold) > maxWidth) {
      cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
    }
    return cut.strip() + "…";
  }

  /**
   * Breaks a text into lines that fit a width: between words, after a hyphen, slash, comma or
   * middle dot, and between two Chinese or Japanese characters. A single word wider than the width
   * gets a line of its own, cut with an ellipsis only when even that line cannot hold it.
   *
   * @return at least one line
   */
  static List<String> wrap(String text, double size, boolean bold, double maxWidth) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String piece : pieces(text)) {
      String candidate = line + piece;
      if (line.length() > 0 && textWidth(candidate.strip(), size, bold) > maxWidth) {
        lines.add(line.toString().strip());
        line.setLength(0);
        line.append(piece.stripLeading());
      } else {
        line.append(piece);
      }
    }
    lines.add(line.toString().strip());
    lines.replaceAll(l -> fit(l, size, bold, maxWidth));
    return lines;
  }

  /** Chinese and Japanese break between characters; Korean, like English, between words. */
  private static boolean breaksBetween(int c) {
    return ChartFonts.wide(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.HANGUL;
  }

  /** The pieces a line may break after. */
  private static List<String> pieces(String text) {
    List<String> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c == ' ' && piece.length() > 0 && piece.charAt(piece.length() - 1) != ' ') {
        pieces.add(piece.toString());
        piece.setLength(0);
      } else if (breaksBetween(c) && piece.length() > 0) {
        if (breaksBetween(piece.codePointBefore(piece.length()))) {
          pieces.add(piece.toString());
          piece.setLength(0);
        }
      }
      piece.appendCodePoint(c);
      if (c == '-' || c == '·' || c == '/' || c == ',') {
        pieces.add(piece.toString());
        piece.setLength(0);
      }
    }
    if (piece.length() > 0) {
      pieces.add(piece.toString());
    }
    return pieces;
  }
}
