package io.github.policythemes.trends;

/** A chart: a size, a title, and how to draw it on any {@link Canvas}. */
interface Chart {
  int width();

  int height();

  String title();

  void draw(Canvas canvas);

  /** Renders the chart as SVG text. */
  default String svg() {
    SvgCanvas canvas = new SvgCanvas(width(), height(), title());
    draw(canvas);
    return canvas.finish();
  }

  /** Renders the chart as a PNG at twice the chart's size, for sharp text. */
  default byte[] png() {
    PngCanvas canvas = new PngCanvas(width(), height(), 2);
    draw(canvas);
    return canvas.finish();
  }
}
