package io.github.policythemes.trends;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The charts' layout: every label whole, no two texts on top of each other, all inside. */
class TrendChartsTest {
  /** Korean theme labels as the classifier writes them, the longest of the default taxonomy. */
  static final String[][] KOREAN = {
    {"international-exchange", "지방정부·연구기관 국제교류", "국제교류 자매도시 공무원 연수 협력 사업"},
    {"lagging-regions", "낙후·인구감소지역", "인구감소지역 지방소멸대응기금 청년 귀촌 지원"},
    {"intergovernmental-cooperation", "정부 간 관계·협력", "광역 협의회 공동 사무 분담 협약 체결"},
    {"local-finance", "지방재정", "지방세 재정자립도 교부세 예산 편성"}
  };

  static final String[][] CHINESE = {
    {"international-exchange", "地方政府与研究机构的国际交流与合作", "友好城市 交流 合作 研修 代表团 访问"},
    {"lagging-regions", "欠发达与人口减少地区", "人口 减少 乡村 振兴 青年 返乡 补贴"},
    {"local-finance", "地方财政", "财政 预算 转移支付 税收 债务 县级"},
    {"regional-economy", "区域经济与产业发展", "产业 园区 企业 投资 就业 制造业"}
  };

  static final String[][] ENGLISH = {
    {
      "international-exchange",
      "International exchange of local governments and institutes",
      "The sister city exchange sent officials abroad for joint research and training."
    },
    {
      "metropolitan-integration",
      "Metropolitan integration and mega-city regions",
      "The mega-city plan merges transport and planning across the metropolitan region."
    },
    {"local-finance", "Local public finance", "The county raised the local tax to fund grants."},
    {
      "citizen-participation",
      "Citizen participation and resident autonomy",
      "Residents voted on the participatory budget at the ward assembly."
    }
  };

  /**
   * Classified JSONL in one language: six months, theme i in every (i+2)-th article, the last month
   * cut on the 12th.
   */
  static String classified(String lang, String[][] themes) {
    StringBuilder jsonl = new StringBuilder();
    int n = 0;
    for (int month = 1; month <= 6; month++) {
      int days = month == 6 ? 12 : 28;
      for (int day = 1; day <= days; day += 3) {
        List<String> assigned = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int t = 0; t < themes.length; t++) {
          if ((n + month * t) % (t + 2) == 0) {
            assigned.add('"' + themes[t][0] + '"');
            labels.add(
                "{\"id\":\""
                    + themes[t][0]
                    + "\",\"label\":\""
                    + themes[t][1]
                    + "\",\"score\":0.9}");
            text.append(themes[t][2]).append(' ');
          }
        }
        jsonl.append(
            String.format(
                Locale.ROOT,
                "{\"id\":\"%s-%d\",\"lang\":\"%s\",\"date\":\"2024-%02d-%02d\",\"assigned\":%s,"
                    + "\"themes\":[%s],\"title\":\"\",\"text\":\"%s\"}\n",
                lang,
                n++,
                lang,
                month,
                day,
                assigned,
                String.join(",", labels),
                text.toString().isBlank() ? "날씨 weather 天气" : text.toString().strip()));
      }
    }
    return jsonl.toString();
  }

  static ThemeTrends trends(String lang, String[][] themes) throws IOException {
    return TrendAnalyzerTest.analyze(
        TrendAnalyzer.builder().period(Period.MONTH).build(),
        classified(lang, themes),
        lang + ".jsonl");
  }

  @Test
  void charts_inThreeLanguages_keepEveryLabelWholeInsideAndApart() throws IOException {
    for (ThemeTrends trends :
        List.of(trends("ko", KOREAN), trends("zh", CHINESE), trends("en", ENGLISH))) {
      for (Chart chart : TrendReport.charts(trends)) {
        Recording canvas = new Recording();
        chart.draw(canvas);
        String where = trends.source() + " " + chart.title();
        assertThat(canvas.texts).as(where).isNotEmpty();
        for (Recording.Text text : canvas.texts) {
          assertThat(text.angle()).as(where + ": " + text.text()).isZero();
          assertThat(text.left()).as(where + ": " + text.text()).isGreaterThanOrEqualTo(0);
          assertThat(text.right())
              .as(where + ": " + text.text())
              .isLessThanOrEqualTo(chart.width());
          assertThat(text.bottom())
              .as(where + ": " + text.text())
              .isLessThanOrEqualTo(chart.height());
        }
        for (int i = 0; i < canvas.texts.size(); i++) {
          for (int j = i + 1; j < canvas.texts.size(); j++) {
            Recording.Text a = canvas.texts.get(i);
            Recording.Text b = canvas.texts.get(j);
            assertThat(a.overlaps(b))
                .as(where + ": '" + a.text() + "' and '" + b.text() + "'")
                .isFalse();
          }
        }
        String drawn = canvas.joined();
        for (ThemeSeries theme : trends.themes()) {
          assertThat(drawn).as(where).contains(theme.label().replace(" ", ""));
        }
      }
    }
  }

  @Test
  void shares_partialLastMonth_isMarkedAndTheFlagIsOnShares() throws IOException {
    ThemeTrends trends = trends("en", ENGLISH);
    assertThat(trends.lastPeriodPartial()).isTrue();
    Recording canvas = new Recording();
    TrendCharts.shares(trends).draw(canvas);
    assertThat(canvas.joined()).contains("2024-06(partial)", "Lighterbars:2024-06ispartial");
    for (ThemeSeries theme : trends.themes()) {
      assertThat(canvas.joined())
          .contains(TrendCharts.flag(theme.trend(), trends.period()).replace(" ", ""));
    }
  }

  /** A canvas that keeps each text with its box, measured as the charts measure it. */
  static final class Recording implements Canvas {
    record Text(String text, double left, double right, double top, double bottom, double angle) {
      boolean overlaps(Text o) {
        double tolerance = 0.5;
        return left < o.right - tolerance
            && o.left < right - tolerance
            && top < o.bottom - tolerance
            && o.top < bottom - tolerance;
      }
    }

    final List<Text> texts = new ArrayList<>();

    @Override
    public void rect(double x, double y, double width, double height, int fill) {}

    @Override
    public void line(double x1, double y1, double x2, double y2, int stroke, double width) {}

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
      double width = Canvas.textWidth(text, size, bold);
      double left =
          switch (anchor) {
            case START -> x;
            case MIDDLE -> x - width / 2;
            case END -> x - width;
          };
      texts.add(new Text(text, left, left + width, y - 0.8 * size, y + 0.2 * size, angle));
    }

    /** Everything drawn, without spaces, so that wrapped lines read as the label. */
    String joined() {
      StringBuilder all = new StringBuilder();
      texts.forEach(t -> all.append(t.text()));
      return all.toString().replace(" ", "");
    }
  }
}
