package io.github.policythemes.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policythemes.analysis.Language;
import io.github.policythemes.taxonomy.Keyword;
import io.github.policythemes.taxonomy.Taxonomy;
import io.github.policythemes.taxonomy.Theme;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeededLdaTest {
  private static final SyntheticCorpus SYNTHETIC = new SyntheticCorpus(5, 20, 300, 60, 11);
  private static final TopicCorpus CORPUS =
      TopicCorpus.builder().maxDocumentFraction(1.0).build(SYNTHETIC.articles);

  /** Theme "second" is seeded with words of true topic 2, "fourth" with words of true topic 4. */
  private static Taxonomy taxonomy(boolean withMissingTheme) {
    Theme second = theme("second", List.of(SyntheticCorpus.word(2, 3), SyntheticCorpus.word(2, 7)));
    Theme fourth = theme("fourth", List.of(SyntheticCorpus.word(4, 5), SyntheticCorpus.word(4, 9)));
    List<Theme> themes =
        withMissingTheme
            ? List.of(second, fourth, theme("absent", List.of("zebra crossing", "quokka")))
            : List.of(second, fourth);
    return new Taxonomy("test", "1", Map.of(), "", true, List.of(Language.EN), themes);
  }

  private static Theme theme(String id, List<String> keywords) {
    return new Theme(
        id,
        Map.of(Language.EN, id),
        "",
        Map.of(Language.EN, keywords.stream().map(k -> new Keyword(k, 1.0)).toList()));
  }

  private static LdaResult train(Taxonomy taxonomy, int free) {
    return LdaTrainer.builder()
        .topics(free)
        .iterations(150)
        .seed(5)
        .seedTopics(taxonomy)
        .build()
        .train(CORPUS);
  }

  @Test
  void train_seededTopics_placeSeedWordsAndTheirTopicInTheThemeTopic() {
    LdaResult result = train(taxonomy(false), 3);
    List<Topic> topics = result.model().topics();
    assertThat(topics).hasSize(5);
    assertThat(topics.get(0).themeId()).isEqualTo("second");
    assertThat(topics.get(1).themeId()).isEqualTo("fourth");
    assertThat(topics.get(2).isSeeded()).isFalse();
    assertThat(topics.get(0).words().subList(0, 10))
        .extracting(TopicWord::term)
        .contains(SyntheticCorpus.word(2, 3), SyntheticCorpus.word(2, 7))
        .allSatisfy(term -> assertThat(term).startsWith("t2w"));
    assertThat(topics.get(1).words().subList(0, 10))
        .extracting(TopicWord::term)
        .contains(SyntheticCorpus.word(4, 5), SyntheticCorpus.word(4, 9))
        .allSatisfy(term -> assertThat(term).startsWith("t4w"));
    assertThat(result.model().metadata().algorithm()).isEqualTo("seeded-lda");
  }

  @Test
  void train_seedReport_countsFoundKeywordsPerTheme() {
    LdaResult result = train(taxonomy(true), 2);
    assertThat(result.seeds())
        .extracting(SeedReport::themeId, SeedReport::keywords, SeedReport::found)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("second", 2, 2),
            org.assertj.core.groups.Tuple.tuple("fourth", 2, 2),
            org.assertj.core.groups.Tuple.tuple("absent", 2, 0));
    assertThat(result.seeds().get(2).missing()).containsExactly("zebra crossing", "quokka");
    assertThat(result.seeds().get(0).seedTerms()).containsExactly("t2w3", "t2w7");
  }

  @Test
  void train_themeWithoutSeedsInTheCorpus_isWarnedAboutNotDropped() {
    LdaResult result = train(taxonomy(true), 2);
    assertThat(result.model().numTopics()).isEqualTo(5);
    assertThat(result.model().topics().get(2).themeId()).isEqualTo("absent");
    assertThat(result.warnings())
        .anySatisfy(
            w ->
                assertThat(w)
                    .isEqualTo(
                        "theme 'absent': none of its 2 keywords occurs in the corpus:"
                            + " topic 2 is not anchored"))
        .anySatisfy(w -> assertThat(w).startsWith("theme 'second': only 2 of its 2 keywords"));
  }

  @Test
  void train_seededWithNoFreeTopics_isAllowed() {
    LdaResult result = train(taxonomy(false), 0);
    assertThat(result.model().numTopics()).isEqualTo(2);
  }
}
