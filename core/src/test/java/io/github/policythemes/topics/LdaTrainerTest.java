package io.github.policythemes.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policythemes.article.Article;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LdaTrainerTest {
  private static final SyntheticCorpus SYNTHETIC = new SyntheticCorpus(5, 20, 300, 60, 7);
  private static final TopicCorpus CORPUS =
      TopicCorpus.builder().maxDocumentFraction(1.0).build(SYNTHETIC.articles);

  private static LdaResult train(int threads, int optimizeInterval) {
    LdaTrainer.Builder builder =
        LdaTrainer.builder().topics(5).iterations(200).threads(threads).seed(3);
    if (optimizeInterval > 0) {
      builder.optimizeInterval(optimizeInterval).burnIn(50);
    }
    return builder.build().train(CORPUS);
  }

  /** Greedy matching of learned to true topics by cosine; returns the matched similarities. */
  private static List<Double> matchedSimilarities(List<Topic> learned) {
    List<Double> matched = new ArrayList<>();
    boolean[] used = new boolean[learned.size()];
    boolean[] covered = new boolean[SYNTHETIC.topics];
    for (int round = 0; round < SYNTHETIC.topics; round++) {
      double best = -1;
      int bestLearned = -1;
      int bestTrue = -1;
      for (int i = 0; i < learned.size(); i++) {
        for (int t = 0; t < SYNTHETIC.topics; t++) {
          double cosine = used[i] || covered[t] ? -1 : SYNTHETIC.cosine(learned.get(i), t);
          if (cosine > best) {
            best = cosine;
            bestLearned = i;
            bestTrue = t;
          }
        }
      }
      used[bestLearned] = true;
      covered[bestTrue] = true;
      matched.add(best);
    }
    return matched;
  }

  @Test
  void train_syntheticCorpus_recoversTheTrueTopics() {
    LdaResult result = train(1, 0);
    assertThat(matchedSimilarities(result.model().topics()))
        .allSatisfy(c -> assertThat(c).isGreaterThan(0.95));
  }

  @Test
  void train_twoThreads_recoversTheTrueTopics() {
    LdaResult result = train(2, 0);
    assertThat(matchedSimilarities(result.model().topics()))
        .allSatisfy(c -> assertThat(c).isGreaterThan(0.95));
  }

  @Test
  void train_withAlphaOptimisation_recoversTheTrueTopicsAndChangesAlpha() {
    LdaResult result = train(1, 10);
    assertThat(matchedSimilarities(result.model().topics()))
        .allSatisfy(c -> assertThat(c).isGreaterThan(0.95));
    assertThat(result.model().alpha()).noneMatch(a -> a == LdaTrainer.DEFAULT_ALPHA);
  }

  @Test
  void train_sameSeedAndThreads_givesTheSameModel() {
    LdaResult first = train(2, 0);
    LdaResult second = train(2, 0);
    assertThat(second.documents()).isEqualTo(first.documents());
    assertThat(second.logLikelihood()).isEqualTo(first.logLikelihood());
  }

  @Test
  void train_logLikelihood_risesFromTheStart() {
    List<LikelihoodPoint> trace = train(1, 0).logLikelihood();
    assertThat(trace).hasSize(20);
    assertThat(trace.get(trace.size() - 1).logLikelihood())
        .isGreaterThan(trace.get(0).logLikelihood());
    assertThat(trace.get(trace.size() - 1).iteration()).isEqualTo(200);
  }

  @Test
  void train_documents_argmaxIsTheMainTopic() {
    LdaResult result = train(1, 0);
    int[] learnedOf = new int[SYNTHETIC.topics];
    for (Topic topic : result.model().topics()) {
      String top = topic.words().get(0).term();
      learnedOf[top.charAt(1) - '0'] = topic.index();
    }
    int agree = 0;
    for (int d = 0; d < result.documents().size(); d++) {
      if (result.documents().get(d).topTopic() == learnedOf[SYNTHETIC.mainTopic[d]]) {
        agree++;
      }
    }
    assertThat(agree).isGreaterThanOrEqualTo(295);
  }

  @Test
  void infer_trainingDocument_agreesWithItsTrainingAssignment() {
    LdaResult result = train(1, 0);
    for (int d = 0; d < 30; d++) {
      Article article = SYNTHETIC.articles.get(d);
      DocumentTopics inferred = result.model().infer(article);
      assertThat(inferred.topTopic())
          .as(article.id())
          .isEqualTo(result.documents().get(d).topTopic());
      assertThat(inferred.id()).isEqualTo(article.id());
    }
  }

  @Test
  void infer_sameArticleTwice_givesTheSameDistribution() {
    TopicModel model = train(1, 0).model();
    Article article = SYNTHETIC.articles.get(3);
    assertThat(model.infer(article)).isEqualTo(model.infer(article));
  }

  @Test
  void infer_unknownWords_givesThePrior() {
    TopicModel model = train(1, 0).model();
    DocumentTopics topics = model.infer(Article.of("x", "nothing known here"));
    assertThat(topics.toArray()).containsOnly(0.2);
  }

  @Test
  void train_heldOut_measuresPerplexityBelowVocabularySize() {
    LdaResult result =
        LdaTrainer.builder().topics(5).iterations(100).heldOutFraction(0.1).build().train(CORPUS);
    assertThat(result.heldOutPerplexity()).isBetween(5.0, (double) CORPUS.vocabularySize());
    assertThat(result.documents()).hasSize(300);
  }

  @Test
  void perplexity_articlesOfTheTrueTopics_isFarBelowTheVocabularySize() {
    TopicModel model = train(1, 0).model();
    SyntheticCorpus fresh = new SyntheticCorpus(5, 20, 20, 60, 99);
    double perplexity = model.perplexity(fresh.articles);
    // Each true topic spreads over 20 words, so a good model scores near 20, never near 100.
    assertThat(perplexity).isBetween(10.0, 30.0);
    assertThat(model.perplexity(java.util.List.of(Article.of("x", "nothing known")))).isNaN();
  }

  @Test
  void train_coherence_isHigherForTrueTopicsThanShuffledWords() {
    List<Topic> topics = train(1, 0).model().topics();
    assertThat(topics).allSatisfy(t -> assertThat(t.npmi()).isGreaterThan(0.0));
    assertThat(topics).allSatisfy(t -> assertThat(t.umass()).isBetween(-3.0, 0.0));
  }

  @Test
  void builder_secondCallOfASetter_isAnError() {
    LdaTrainer.Builder builder = LdaTrainer.builder().topics(3);
    assertThatThrownBy(() -> builder.topics(4)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> LdaTrainer.builder().alpha(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("alpha");
    assertThatThrownBy(() -> LdaTrainer.builder().topics(0).build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
