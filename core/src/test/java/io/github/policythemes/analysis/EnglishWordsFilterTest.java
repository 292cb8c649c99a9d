package io.github.policythemes.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.junit.jupiter.api.Test;

class EnglishWordsFilterTest {
  @Test
  void incrementToken_removesPossessivesStopWordsAndPlurals() throws IOException {
    assertThat(run("The city's new Councils", true))
        .containsExactly("city@4-10+2", "new@11-14+1", "council@15-23+1", "end@23+0");
  }

  @Test
  void incrementToken_keepsPositionsOfStopWordsAtTheEnd() throws IOException {
    assertThat(run("Budgets of the", true)).containsExactly("budget@0-7+1", "end@14+2");
  }

  @Test
  void incrementToken_matchesLucenesFourFilters_onRandomText() throws IOException {
    Random random = new Random(5L);
    String[] words = {
      "The",
      "it's",
      "Seoul's",
      "cities",
      "POLICIES",
      "U.S.",
      "don't",
      "İt",
      "ＡＢＣ",
      "Ａ＇s",
      "news",
      "a",
      "of",
      "Das",
      "ſs",
      "class",
      "is",
      "x\u2019S",
      "Ḉities",
      "KINGS'",
      "and",
      "\u212Ang",
      "İNTO",
      "THİS",
      "Ｔhe"
    };
    for (int n = 0; n < 5000; n++) {
      StringBuilder text = new StringBuilder();
      int count = random.nextInt(30);
      for (int i = 0; i < count; i++) {
        text.append(
                random.nextBoolean()
                    ? words[random.nextInt(words.length)]
                    : RandomText.unicode(random, 1 + random.nextInt(6)))
            .append(random.nextInt(4) == 0 ? ", " : " ");
      }
      String input = text.toString();
      assertThat(run(input, true)).as(RandomText.escape(input)).isEqualTo(run(input, false));
    }
  }

  /** Terms with offsets and position increments, then the final offset and increment. */
  private static List<String> run(String text, boolean fused) throws IOException {
    Tokenizer tokenizer = new StandardTokenizer();
    tokenizer.setReader(new StringReader(text));
    TokenStream stream =
        fused
            ? new EnglishWordsFilter(tokenizer, Chains.ENGLISH_STOP_WORDS)
            : new EnglishMinimalStemFilter(
                new StopFilter(
                    new LowerCaseFilter(new EnglishPossessiveFilter(tokenizer)),
                    new CharArraySet(Chains.ENGLISH_STOP_LIST, false)));
    return TokenStreams.describe(stream, true);
  }
}
