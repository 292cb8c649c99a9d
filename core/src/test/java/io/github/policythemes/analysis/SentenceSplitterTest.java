package io.github.policythemes.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private static void assertOffsets(String text, List<Sentence> sentences) {
    for (Sentence sentence : sentences) {
      assertThat(text.substring(sentence.start(), sentence.end())).isEqualTo(sentence.text());
    }
  }

  @Test
  void split_english_keepsAbbreviationsAndBreaksAtLines() {
    String text =
        "Dr. Kim met officials from the U.S. Department of State on Monday. "
            + "They discussed sister-city ties!\nNext item: budget";
    List<Sentence> sentences = SentenceSplitter.forLanguage(Language.EN).split(text);
    assertThat(sentences)
        .containsExactly(
            new Sentence(
                "Dr. Kim met officials from the U.S. Department of State on Monday.", 0, 66),
            new Sentence("They discussed sister-city ties!", 67, 99),
            new Sentence("Next item: budget", 100, 117));
    assertOffsets(text, sentences);
  }

  @Test
  void split_korean_breaksAfterTerminalPunctuationButNotInsideNumbers() {
    String text = "정부가 3.5% 인상안을 발표했다. 주민들은 환영했다!  다음 안건은?\n제목 줄";
    List<Sentence> sentences = SentenceSplitter.forLanguage(Language.KO).split(text);
    assertThat(sentences)
        .extracting(Sentence::text)
        .containsExactly("정부가 3.5% 인상안을 발표했다.", "주민들은 환영했다!", "다음 안건은?", "제목 줄");
    assertOffsets(text, sentences);
  }

  @Test
  void split_chinese_breaksAtIdeographicStopsAndKeepsClosingQuotes() {
    String text = "国务院发布通知。各地要加强协调！是否可行？“这是好事。”他说";
    List<Sentence> sentences = SentenceSplitter.forLanguage(Language.ZH).split(text);
    assertThat(sentences)
        .containsExactly(
            new Sentence("国务院发布通知。", 0, 8),
            new Sentence("各地要加强协调！", 8, 16),
            new Sentence("是否可行？", 16, 21),
            new Sentence("“这是好事。”", 21, 28),
            new Sentence("他说", 28, 30));
  }

  @Test
  void split_blankText_givesNoSentences() {
    for (Language language : Language.values()) {
      assertThat(SentenceSplitter.forLanguage(language).split("")).isEmpty();
      assertThat(SentenceSplitter.forLanguage(language).split(" \n\r\n ")).isEmpty();
    }
  }

  @Test
  void split_randomUnicode_neverThrowsAndOffsetsHold() {
    Random random = new Random(11L);
    for (int i = 0; i < 60; i++) {
      String text = RandomText.unicode(random, 1 + random.nextInt(500));
      for (Language language : new Language[] {Language.EN, Language.KO, Language.ZH}) {
        assertThatNoException()
            .isThrownBy(
                () -> assertOffsets(text, SentenceSplitter.forLanguage(language).split(text)));
      }
    }
  }
}
