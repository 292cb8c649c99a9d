package io.github.policythemes.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policythemes.analysis.Language;
import io.github.policythemes.article.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicCorpusTest {
  private static Article en(String id, String text) {
    return new Article(id, "", text, Language.EN, null);
  }

  @Test
  void build_cutOffs_dropRareAndCommonTermsButKeepEveryDocument() {
    List<Article> articles =
        List.of(
            en("a", "Budget budget council transport"),
            en("b", "Budget council housing"),
            en("c", "Budget transport rarely"),
            en("d", "Budget housing transport"),
            en("e", "Said the and of 2024"));
    TopicCorpus corpus = TopicCorpus.builder().build(articles);
    // budget (4 of 5 documents) and transport (3) are in more than half: dropped; "rarely" is in
    // one: dropped.
    assertThat(corpus.terms()).containsExactlyInAnyOrder("council", "housing");
    assertThat(corpus.droppedCommon()).isEqualTo(2);
    assertThat(corpus.droppedRare()).isEqualTo(1);
    assertThat(corpus.documents()).isEqualTo(5);
    assertThat(corpus.length(4)).isZero();
    assertThat(corpus.ids()).containsExactly("a", "b", "c", "d", "e");
  }

  @Test
  void build_stopWordsNumbersAndLetters_areNotTerms() {
    TopicCorpus corpus =
        TopicCorpus.builder()
            .minDocumentFrequency(1)
            .maxDocumentFraction(1.0)
            .build(List.of(en("a", "He said the 3 x-ray tests would cost 4.5 million in 2024")));
    assertThat(corpus.terms()).doesNotContain("said", "he", "would", "3", "4.5", "2024", "x");
    assertThat(corpus.terms()).contains("test", "cost");
  }

  @Test
  void build_koreanNouns_keepCompoundsWhole() {
    TopicCorpus corpus =
        TopicCorpus.builder()
            .minDocumentFrequency(1)
            .maxDocumentFraction(1.0)
            .build(List.of(new Article("k", "", "행정안전부는 지방분권과 주민참여예산을 확대했다.", Language.KO, null)));
    assertThat(corpus.terms()).contains("지방분권", "주민참여예산");
    assertThat(corpus.terms()).doesNotContain("지방", "분권", "는", "과", "확대했다");
    assertThat(corpus.language(0)).isEqualTo(Language.KO);
  }

  @Test
  void build_surfaceForms_areTheMostFrequentSpelling() {
    TopicCorpus corpus =
        TopicCorpus.builder()
            .minDocumentFrequency(1)
            .maxDocumentFraction(1.0)
            .build(
                List.of(en("a", "Councils, councils and councils met Seoul officials in Seoul")));
    Vocabulary vocabulary = corpus.vocabulary;
    assertThat(vocabulary.surface(vocabulary.id("council"))).isEqualTo("councils");
    assertThat(vocabulary.surface(vocabulary.id("seoul"))).isEqualTo("Seoul");
  }

  @Test
  void build_noArticlesOrBadCutOffs_areRejected() {
    assertThatThrownBy(() -> TopicCorpus.builder().build(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no articles");
    assertThatThrownBy(() -> TopicCorpus.builder().maxDocumentFraction(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxDocumentFraction");
    TopicCorpus.Builder builder = TopicCorpus.builder().minDocumentFrequency(2);
    assertThatThrownBy(() -> builder.minDocumentFrequency(3))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void train_corpusWithoutTokens_saysWhy() {
    TopicCorpus empty = TopicCorpus.builder().build(List.of(en("a", "the of and")));
    assertThatThrownBy(() -> LdaTrainer.builder().build().train(empty))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no tokens left");
  }
}
