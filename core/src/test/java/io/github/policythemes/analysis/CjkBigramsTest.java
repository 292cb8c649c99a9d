package io.github.policythemes.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CjkBigramsTest {
  /** Pieces that meet the cases of the three filters: runs, touching tokens, widths, case. */
  private static final String[] PIECES = {
    "지방분권",
    "대구·경북",
    "地方自治",
    "메가시티",
    "ＡＢＣ",
    "ＫＴＸ",
    "２０２５년",
    "KTX타고",
    "東京へ",
    "カタカナ",
    "ひらがな",
    "𠀀𠀁",
    "地",
    "한",
    " ",
    ", ",
    "。",
    "U.S.",
    "İt",
    "Σ",
    "😀",
    "3.5%",
    "a地b",
    "地方\u3000自治"
  };

  @Test
  void analyze_givesTheTermsOfLucenesBigramChain() throws IOException {
    assertThat(fast("지방분권 地方自治 KTX")).isEqualTo(lucene("지방분권 地方自治 KTX"));
    assertThat(fast("지방분권 地方自治 KTX"))
        .containsExactly(
            "지방@0-2+1", "방분@1-3+1", "분권@2-4+1", "地方@5-7+1", "方自@6-8+1", "自治@7-9+1", "ktx@10-13+1");
  }

  @Test
  void analyze_keepsALoneCharAsATerm() throws IOException {
    assertThat(fast("한 地 ok")).containsExactly("한@0-1+1", "地@2-3+1", "ok@4-6+1");
  }

  @Test
  void analyze_matchesLucenesBigramChain_onRandomText() throws IOException {
    Random random = new Random(21L);
    for (int n = 0; n < 4000; n++) {
      StringBuilder text = new StringBuilder();
      int count = random.nextInt(n % 100 == 0 ? 200 : 25);
      for (int i = 0; i < count; i++) {
        text.append(
            random.nextInt(3) > 0
                ? PIECES[random.nextInt(PIECES.length)]
                : RandomText.unicode(random, 1 + random.nextInt(8)));
      }
      String input = text.toString();
      if (CjkBigrams.handles(input)) {
        assertThat(fast(input)).as(RandomText.escape(input)).isEqualTo(lucene(input));
      }
    }
  }

  @Test
  void analyze_leavesTextWithHalfwidthKanaToLucene() throws IOException {
    String text = "ﾊﾟｯｸ 地方";
    assertThat(CjkBigrams.handles(text)).isFalse();
    assertThat(fast(text)).isEqualTo(lucene(text)).contains("パッ@0-4+1");
  }

  /** Long runs: the bigrammer keeps only the last code point of a long run. */
  @Test
  void analyze_matchesLucene_onRunsLongerThanItsBuffer() throws IOException {
    String text = "地方自治".repeat(70) + " " + "지방분권".repeat(40) + "地";
    assertThat(fast(text)).isEqualTo(lucene(text));
  }

  private static List<String> fast(String text) {
    List<String> out = new ArrayList<>();
    TextAnalyzer.run(
        text,
        Language.ZH,
        Chain.BIGRAMS,
        (buffer, length, start, end, increment) ->
            out.add(new String(buffer, 0, length) + "@" + start + "-" + end + "+" + increment));
    return out;
  }

  private static List<String> lucene(String text) throws IOException {
    return TokenStreams.describe(
        Chains.get(Language.ZH, Chain.BIGRAMS).tokenStream("", text), false);
  }
}
