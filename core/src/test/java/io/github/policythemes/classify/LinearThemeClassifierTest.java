package io.github.policythemes.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.policythemes.analysis.Language;
import io.github.policythemes.article.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LinearThemeClassifierTest {
  private static final String TEXT = "The city raised local tax and got a grant.";
  // city, tax, grant (idf 1) and the bigram "local tax" (idf 2), L2-normalised by sqrt(7)
  private static final double FINANCE_RAW = -1 + 9 / Math.sqrt(7);
  private static final double MERGER_RAW = -2;

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  @Test
  void classify_sigmoid_scoresEachThemeAndAssignsAtItsThreshold() {
    Classification result =
        TestModels.tiny(LinearThemeClassifier.Output.SIGMOID).classify(TestModels.english(TEXT));
    assertThat(result.language()).isEqualTo(Language.EN);
    assertThat(result.scores())
        .extracting(ThemeScore::themeId)
        .containsExactly("finance", "merger");
    assertThat(result.scores().get(0).score()).isCloseTo(sigmoid(FINANCE_RAW), within(1e-6));
    assertThat(result.scores().get(1).score()).isCloseTo(sigmoid(MERGER_RAW), within(1e-6));
    assertThat(result.assignedIds()).containsExactly("finance");
  }

  @Test
  void classify_softmax_assignsOnlyTheTopTheme() {
    Classification result =
        TestModels.tiny(LinearThemeClassifier.Output.SOFTMAX).classify(TestModels.english(TEXT));
    double expected = 1 / (1 + Math.exp(MERGER_RAW - FINANCE_RAW));
    assertThat(result.scores().get(0).score()).isCloseTo(expected, within(1e-6));
    assertThat(result.scores().get(0).score() + result.scores().get(1).score())
        .isCloseTo(1, within(1e-9));
    assertThat(result.assignedIds()).containsExactly("finance");
  }

  @Test
  void classify_textWithoutKnownFeatures_givesTheBiasScores() {
    Classification result =
        TestModels.tiny(LinearThemeClassifier.Output.SIGMOID)
            .classify(TestModels.english("Nothing here matches."));
    assertThat(result.score("finance").orElseThrow().score()).isCloseTo(sigmoid(-1), within(1e-6));
    assertThat(result.assigned()).isEmpty();
  }

  @Test
  void classify_emptyText_isValidAndAssignsNothing() {
    Classification result =
        TestModels.tiny(LinearThemeClassifier.Output.SIGMOID).classify(Article.of("id-1", ""));
    assertThat(result.articleId()).isEqualTo("id-1");
    assertThat(result.assigned()).isEmpty();
  }

  @Test
  void classify_koreanText_usesCharacterBigramsAndDetectsTheLanguage() {
    Classification result =
        TestModels.tiny(LinearThemeClassifier.Output.SIGMOID).classify(Article.of("지방세 인상"));
    assertThat(result.language()).isEqualTo(Language.KO);
    // 지방 and 방세 are features: finance raw = -1 + (1 + 3) / sqrt(2)
    assertThat(result.score("finance").orElseThrow().score())
        .isCloseTo(sigmoid(-1 + 4 / Math.sqrt(2)), within(1e-6));
  }

  @Test
  void explain_showsSurfaceTermsAndEvidenceSentencesWithOffsets() {
    Article article =
        new Article(
            "a",
            "Budget news",
            "Weather was fine. The city raised local tax and got grants.",
            Language.EN,
            null);
    Explanation explanation =
        TestModels.tiny(LinearThemeClassifier.Output.SIGMOID).explain(article);
    assertThat(explanation.themes()).hasSize(1);
    ThemeEvidence finance = explanation.themes().get(0);
    assertThat(finance.themeId()).isEqualTo("finance");
    assertThat(finance.terms())
        .extracting(TermContribution::term)
        .startsWith("local tax")
        .contains("tax", "grants")
        .doesNotContain("city");
    assertThat(finance.sentences()).hasSize(1);
    EvidenceSentence sentence = finance.sentences().get(0);
    assertThat(sentence.text()).isEqualTo("The city raised local tax and got grants.");
    assertThat(article.content().substring(sentence.start(), sentence.end()))
        .isEqualTo(sentence.text());
  }

  @Test
  void explain_koreanBigramModel_mapsEvidenceBackToWords() {
    Explanation explanation =
        TestModels.tiny(LinearThemeClassifier.Output.SIGMOID).explain(Article.of("정부가 지방세를 올렸다"));
    assertThat(explanation.themes()).isNotEmpty();
    assertThat(explanation.themes().get(0).terms())
        .extracting(TermContribution::term)
        .containsExactly("지방세");
  }

  @Test
  void classify_manyThreads_giveTheSameResultsAsOneThread() throws Exception {
    LinearThemeClassifier classifier = TestModels.tiny(LinearThemeClassifier.Output.SIGMOID);
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      articles.add(TestModels.english(i % 2 == 0 ? TEXT : "A city merger vote " + i));
    }
    List<Classification> expected = classifier.classifyAll(articles);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Classification>> futures = new ArrayList<>();
      for (Article article : articles) {
        futures.add(pool.submit(() -> classifier.classify(article)));
      }
      for (int i = 0; i < articles.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(expected.get(i));
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void of_weightsOfTheWrongSize_areRejected() {
    LinearThemeClassifier valid = TestModels.tiny(LinearThemeClassifier.Output.SIGMOID);
    assertThatThrownBy(
            () ->
                LinearThemeClassifier.of(
                    valid.taxonomy(),
                    valid.extractor(),
                    new float[3],
                    valid.bias(),
                    valid.thresholds(),
                    valid.output(),
                    valid.metadata()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected 7 x 2");
  }

  @Test
  void accessors_returnCopies() {
    LinearThemeClassifier classifier = TestModels.tiny(LinearThemeClassifier.Output.SIGMOID);
    classifier.weights()[0] = 99f;
    classifier.bias()[0] = 99f;
    assertThat(classifier.weights()[0]).isEqualTo(3f);
    assertThat(classifier.bias()[0]).isEqualTo(-1f);
  }
}
