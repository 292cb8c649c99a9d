package io.github.policythemes.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChartFontsTest {
  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

  @Test
  void pngCharts_koreanAndChinese_drawNoMissingGlyphWhenACjkFontIsInstalled() throws Exception {
    ChartFonts fonts = ChartFonts.system();
    assumeTrue(
        fonts.canDisplay("지방재정 낙후·인구감소지역") && fonts.canDisplay("地方财政 区域经济与产业发展"),
        "no installed font can display Hangul and Han, so PNG charts would show boxes: install "
            + ChartFonts.CJK_PACKAGES
            + " to run this test");
    for (ThemeTrends trends :
        List.of(
            TrendChartsTest.trends("ko", TrendChartsTest.KOREAN),
            TrendChartsTest.trends("zh", TrendChartsTest.CHINESE))) {
      for (Chart chart : TrendReport.charts(trends)) {
        PngCanvas canvas = new PngCanvas(chart.width(), chart.height(), 1, fonts);
        chart.draw(canvas);
        List<String> cjk = new ArrayList<>();
        for (PngCanvas.Drawn drawn : canvas.drawn()) {
          String what = chart.title() + ": '" + drawn.text() + "' in " + drawn.font().getName();
          assertThat(drawn.font().canDisplayUpTo(drawn.text())).as(what).isEqualTo(-1);
          if (!logical(drawn.font())) {
            GlyphVector glyphs = drawn.font().createGlyphVector(FRC, drawn.text());
            for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
              assertThat(glyphs.getGlyphCode(i))
                  .as(what)
                  .isNotEqualTo(drawn.font().getMissingGlyphCode());
            }
          }
          if (SvgCanvas.lang(drawn.text()) != null) {
            cjk.add(drawn.text());
          }
        }
        assertThat(cjk).as(trends.source() + " " + chart.title()).isNotEmpty();
      }
    }
  }

  private static boolean logical(Font font) {
    return Set.of(Font.SANS_SERIF, Font.SERIF, Font.DIALOG, Font.DIALOG_INPUT, Font.MONOSPACED)
        .contains(font.getName());
  }

  @Test
  void font_prefersAKoreanFaceForHangulAndAChineseFaceForHan() {
    ChartFonts fonts =
        new ChartFonts(
            Set.of("Noto Sans CJK KR", "Noto Sans CJK SC", "SansSerif"),
            (family, text) -> true,
            warning -> {});
    assertThat(fonts.font("낙후·인구감소지역", false, 11).getName()).isEqualTo("Noto Sans CJK KR");
    assertThat(fonts.font("地方财政", true, 11).getName()).isEqualTo("Noto Sans CJK SC");
    assertThat(fonts.font("地方财政", true, 11).isBold()).isTrue();
    assertThat(fonts.font("Local public finance", false, 11).getName()).isEqualTo("SansSerif");
  }

  @Test
  void font_anotherInstalledFamily_isFoundWhenNoListedOneFits() {
    ChartFonts fonts =
        new ChartFonts(
            Set.of("SansSerif", "Some Hangul Font"),
            (family, text) ->
                family.equals("Some Hangul Font") || text.chars().allMatch(c -> c < 128),
            warning -> {});
    assertThat(fonts.font("지방재정", false, 11).getName()).isEqualTo("Some Hangul Font");
    assertThat(fonts.canDisplay("지방재정")).isTrue();
  }

  @Test
  void font_noFontForCjk_warnsOnceNamingThePackage() {
    List<String> warnings = new ArrayList<>();
    ChartFonts fonts =
        new ChartFonts(
            Set.of("SansSerif", "DejaVu Sans"),
            (family, text) -> text.chars().allMatch(c -> c < 0x2000),
            warnings::add);
    for (String text : List.of("지방재정", "낙후·인구감소지역", "地方财政", "Local finance")) {
      assertThat(fonts.font(text, false, 11).getName()).isEqualTo("SansSerif");
    }
    assertThat(fonts.canDisplay("지방재정")).isFalse();
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0))
        .contains("no installed font can display Korean, Chinese or Japanese text")
        .contains("지방재정")
        .contains("apt-get install fonts-noto-cjk");
  }

  @Test
  void width_cjkText_isAtLeastAFullEmPerCharacter() {
    assertThat(ChartFonts.system().width("지방재정", 10, false)).isGreaterThanOrEqualTo(40);
    assertThat(ChartFonts.system().width("地方财政", 10, false)).isGreaterThanOrEqualTo(40);
  }

  @Test
  void svgStack_putsTheTextsScriptFirstAndEndsGeneric() {
    String korean = ChartFonts.svgStack("지방재정");
    String chinese = ChartFonts.svgStack("地方财政");
    assertThat(korean.indexOf("'Noto Sans CJK KR'"))
        .isLessThan(korean.indexOf("'Noto Sans CJK SC'"));
    assertThat(chinese.indexOf("'Noto Sans CJK SC'"))
        .isLessThan(chinese.indexOf("'Noto Sans CJK KR'"));
    for (String stack : List.of(korean, chinese, ChartFonts.svgStack(""))) {
      assertThat(stack)
          .startsWith("'Noto Sans'")
          .contains("'Noto Sans KR'", "'Noto Sans SC'", "'NanumGothic'", "'WenQuanYi Micro Hei'")
          .endsWith(", sans-serif");
    }
  }

  @Test
  void svgText_cjk_carriesItsLanguageAndStack() {
    SvgCanvas canvas = new SvgCanvas(100, 50, "t");
    canvas.text(1, 2, "地方财政", 12, Canvas.Anchor.START, 0, false, 0);
    canvas.text(1, 2, "지방재정", 12, Canvas.Anchor.START, 0, false, 0);
    canvas.text(1, 2, "plain", 12, Canvas.Anchor.START, 0, false, 0);
    String svg = canvas.finish();
    assertThat(svg)
        .contains("lang=\"zh\" font-family=\"" + ChartFonts.svgStack("地方财政") + "\">地方财政<")
        .contains("lang=\"ko\" font-family=\"" + ChartFonts.svgStack("지방재정") + "\">지방재정<")
        .contains("fill=\"#000000\">plain<");
  }
}
