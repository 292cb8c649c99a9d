package io.github.policythemes.keywords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policythemes.analysis.Language;
import io.github.policythemes.article.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class YakeKeywordExtractorTest {
  private static final YakeKeywordExtractor YAKE = YakeKeywordExtractor.builder().top(10).build();

  private static String sample(String name) throws IOException {
    return Files.readString(Path.of("../seeds/samples").resolve(name));
  }

  @Test
  void extract_englishArticle_findsItsSubjectAsWordsAndPhrases() throws IOException {
    List<Keyphrase> phrases =
        YAKE.extract(sample("en-01-suwon-participatory-budget.txt"), Language.EN);
    assertThat(phrases).hasSize(10);
    assertThat(phrases.subList(0, 5)).extracting(Keyphrase::phrase).contains("Suwon");
    assertThat(phrases).extracting(Keyphrase::words).contains(1, 2);
    assertThat(phrases)
        .extracting(Keyphrase::phrase)
        .anySatisfy(p -> assertThat(p.toLowerCase(Locale.ROOT)).contains("budget"));
    assertThat(phrases).isSortedAccordingTo((a, b) -> Double.compare(a.score(), b.score()));
  }

  @Test
  void extract_phrases_neverStartOrEndWithAStopWord() throws IOException {
    for (Keyphrase phrase :
        YakeKeywordExtractor.builder()
            .top(40)
            .build()
            .extract(sample("en-01-suwon-participatory-budget.txt"), Language.EN)) {
      String[] words = phrase.phrase().toLowerCase(Locale.ROOT).split(" ");
      assertThat(List.of("the", "of", "a", "and", "in", "to", "said", "near"))
          .doesNotContain(words[0]);
      assertThat(List.of("the", "of", "a", "and", "in", "to"))
          .doesNotContain(words[words.length - 1]);
      assertThat(words.length).isLessThanOrEqualTo(3);
    }
  }

  @Test
  void extract_koreanArticle_returnsNounsAsWritten() throws IOException {
    String text = sample("ko-03-participatory-budget-assembly.txt");
    List<Keyphrase> phrases = YAKE.extract(Article.of("ko", text).withLanguage(Language.KO));
    assertThat(phrases).isNotEmpty();
    assertThat(phrases)
        .extracting(Keyphrase::phrase)
        .anySatisfy(p -> assertThat(p).contains("주민참여예산"));
    assertThat(phrases).allSatisfy(p -> assertThat(text).contains(p.phrase()));
  }

  @Test
  void extract_nearDuplicates_areDropped() {
    String text =
        "Regional council. Regional councils. Regional council plans. The regional"
            + " council met the mayor. Regional council budget was cut.";
    List<Keyphrase> phrases = YAKE.extract(text, Language.EN);
    long councils = phrases.stream().filter(p -> p.terms().equals("regional council")).count();
    assertThat(councils).isEqualTo(1);
    for (int i = 0; i < phrases.size(); i++) {
      for (int j = i + 1; j < phrases.size(); j++) {
        assertThat(YakeKeywordExtractor.similar(phrases.get(i).phrase(), phrases.get(j).phrase()))
            .isFalse();
      }
    }
  }

  @Test
  void extract_emptyOrStopWordsOnly_givesNothing() {
    assertThat(YAKE.extract("", Language.EN)).isEmpty();
    assertThat(YAKE.extract("the of and it is", Language.EN)).isEmpty();
  }

  @Test
  void levenshtein_smallCases_areExact() {
    assertThat(YakeKeywordExtractor.levenshtein("kitten", "sitting")).isEqualTo(3);
    assertThat(YakeKeywordExtractor.levenshtein("", "abc")).isEqualTo(3);
    assertThat(YakeKeywordExtractor.similar("Regional council", "regional councils")).isTrue();
  }

  @Test
  void builder_badValues_areRejected() {
    assertThatThrownBy(() -> YakeKeywordExtractor.builder().maxWords(6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxWords");
    YakeKeywordExtractor.Builder builder = YakeKeywordExtractor.builder().top(3);
    assertThatThrownBy(() -> builder.top(4)).isInstanceOf(IllegalStateException.class);
  }
}
