package io.github.policythemes.trends;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A {@link Canvas} that paints into an image with Java2D and encodes it as PNG. Not thread-safe.
 */
final class PngCanvas implements Canvas {
  /** A text as drawn, with the font it was drawn in. */
  record Drawn(String text, Font font) {}

  private final BufferedImage image;
  private final Graphics2D g;
  private final ChartFonts fonts;
  private final List<Drawn> drawn = new ArrayList<>();

  /**
   * @param scale pixels per chart unit (2 gives a sharp image on high-density screens)
   */
  PngCanvas(int width, int height, double scale) {
    this(width, height, scale, ChartFonts.system());
  }

  PngCanvas(int width, int height, double scale, ChartFonts fonts) {
    this.fonts = fonts;
    this.image =
        new BufferedImage(
            (int) Math.ceil(width * scale),
            (int) Math.ceil(height * scale),
            BufferedImage.TYPE_INT_RGB);
    this.g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.scale(scale, scale);
    rect(0, 0, width, height, 0xFFFFFF);
  }

  @Override
  public void rect(double x, double y, double width, double height, int fill) {
    g.setColor(new Color(fill));
    g.fill(new Rectangle2D.Double(x, y, width, height));
  }

  @Override
  public void line(double x1, double y1, double x2, double y2, int stroke, double width) {
    g.setColor(new Color(stroke));
    g.setStroke(new BasicStroke((float) width));
    g.draw(new Line2D.Double(x1, y1, x2, y2));
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
    Font font = fonts.font(text, bold, size);
    drawn.add(new Drawn(text, font));
    g.setFont(font);
    g.setColor(new Color(color));
    double width = g.getFontMetrics().getStringBounds(text, g).getWidth();
    double shift =
        switch (anchor) {
          case START -> 0;
          case MIDDLE -> -width / 2;
          case END -> -width;
        };
    AffineTransform saved = g.getTransform();
    g.translate(x, y);
    if (angle != 0) {
      g.rotate(Math.toRadians(angle));
    }
    g.drawString(text, (float) shift, 0f);
    g.setTransform(saved);
  }

  /** Every text drawn so far, with its font. */
  List<Drawn> drawn() {
    return List.copyOf(drawn);
  }

  byte[] finish() {
    g.dispose();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode PNG in memory", e);
    }
    return bytes.toByteArray();
  }
}
