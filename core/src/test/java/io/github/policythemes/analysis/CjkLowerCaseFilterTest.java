package io.github.policythemes.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.junit.jupiter.api.Test;

class CjkLowerCaseFilterTest {
  @Test
  void hasNoCase_holdsForEveryCharOfTheFastPath() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (CjkLowerCaseFilter.hasNoCase(c)) {
        assertThat(Character.toLowerCase((int) c)).as("U+%04X", (int) c).isEqualTo(c);
        assertThat(Character.isSurrogate(c)).isFalse();
      }
    }
  }

  @Test
  void incrementToken_lowerCasesLatinAndLeavesHangulAndHan() throws IOException {
    assertThat(run("KTX 지방분권 SEOUL 地方自治 Ǆemal İstanbul", true))
        .containsExactly(
            "ktx@0-3+1",
            "지방@4-6+1",
            "방분@5-7+1",
            "분권@6-8+1",
            "seoul@9-14+1",
            "地方@15-17+1",
            "方自@16-18+1",
            "自治@17-19+1",
            "ǆemal@20-25+1",
            "istanbul@26-34+1");
  }

  @Test
  void incrementToken_matchesLucenesLowerCaseFilter_onRandomText() throws IOException {
    Random random = new Random(11L);
    String[] words = {
      "지방분권", "ＡＢＣ", "KTX", "地方", "İT", "ﾊﾟｯｸ", "Ω", "\uD801\uDC00", "3.5%", "Σίσυφος"
    };
    for (int n = 0; n < 3000; n++) {
      StringBuilder text = new StringBuilder();
      int count = random.nextInt(20);
      for (int i = 0; i < count; i++) {
        text.append(
                random.nextBoolean()
                    ? words[random.nextInt(words.length)]
                    : RandomText.unicode(random, 1 + random.nextInt(6)))
            .append(random.nextInt(3) == 0 ? "" : " ");
      }
      String input = text.toString();
      assertThat(run(input, true)).as(RandomText.escape(input)).isEqualTo(run(input, false));
    }
  }

  /** The bigram chain's terms with offsets, lower-cased by our filter or by Lucene's. */
  private static List<String> run(String text, boolean ours) throws IOException {
    Tokenizer tokenizer = new StandardTokenizer();
    tokenizer.setReader(new StringReader(text));
    TokenStream widths = new CJKWidthFilter(tokenizer);
    TokenStream lower = ours ? new CjkLowerCaseFilter(widths) : new LowerCaseFilter(widths);
    return TokenStreams.describe(new CJKBigramFilter(lower), false);
  }
}
