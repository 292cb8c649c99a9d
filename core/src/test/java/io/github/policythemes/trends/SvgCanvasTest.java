package io.github.policythemes.trends;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SvgCanvasTest {
  @Test
  void text_markupAndControlCharacters_areEscaped() {
    SvgCanvas canvas = new SvgCanvas(100, 50, "a < b & \"c\"");
    canvas.text(10, 20, "<script>&'\u0001", 12, Canvas.Anchor.MIDDLE, 0x112233, true, -45);
    String svg = canvas.finish();
    assertThat(svg)
        .contains("<title>a &lt; b &amp; &quot;c&quot;</title>")
        .contains(">&lt;script&gt;&amp;&#39;</text>")
        .contains("text-anchor=\"middle\"")
        .contains("fill=\"#112233\"")
        .contains("transform=\"rotate(-45.0 10.0 20.0)\"")
        .endsWith("</svg>\n");
  }

  @Test
  void fit_longText_isShortenedWithAnEllipsis() {
    String fitted = Canvas.fit("intergovernmental-cooperation and more", 11, 80);
    assertThat(fitted).endsWith("…");
    assertThat(Canvas.textWidth(fitted, 11, false)).isLessThanOrEqualTo(80);
    assertThat(Canvas.fit("short", 11, 80)).isEqualTo("short");
  }

  @Test
  void blend_ends_areTheTwoColours() {
    assertThat(TrendCharts.blend(0xFFFFFF, 0x08519C, 0)).isEqualTo(0xFFFFFF);
    assertThat(TrendCharts.blend(0xFFFFFF, 0x08519C, 1)).isEqualTo(0x08519C);
  }
}
