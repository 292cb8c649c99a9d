package io.github.policythemes.topics;

import io.github.policythemes.analysis.Language;
import io.github.policythemes.article.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Documents generated from known topic-word distributions: topic t owns the words {@code tXwY} with
 * Zipf-like weights; each document mixes one main topic (80%) with one other (20%).
 */
final class SyntheticCorpus {
  final int topics;
  final int wordsPerTopic;
  final double[][] truth;
  final List<Article> articles = new ArrayList<>();
  final int[] mainTopic;

  SyntheticCorpus(int topics, int wordsPerTopic, int documents, int length, long seed) {
    this.topics = topics;
    this.wordsPerTopic = wordsPerTopic;
    this.truth = new double[topics][wordsPerTopic];
    for (int t = 0; t < topics; t++) {
      double sum = 0;
      for (int j = 0; j < wordsPerTopic; j++) {
        truth[t][j] = 1.0 / (j + 2);
        sum += truth[t][j];
      }
      for (int j = 0; j < wordsPerTopic; j++) {
        truth[t][j] /= sum;
      }
    }
    this.mainTopic = new int[documents];
    SplittableRandom random = new SplittableRandom(seed);
    for (int d = 0; d < documents; d++) {
      int main = d % topics;
      int other = random.nextInt(topics);
      mainTopic[d] = main;
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < length; i++) {
        int t = random.nextDouble() < 0.8 ? main : other;
        text.append(word(t, draw(truth[t], random))).append(' ');
      }
      articles.add(new Article("doc-" + d, "", text.toString(), Language.EN, null));
    }
  }

  static String word(int topic, int index) {
    return "t" + topic + "w" + index;
  }

  private static int draw(double[] p, SplittableRandom random) {
    double u = random.nextDouble();
    for (int j = 0; j < p.length - 1; j++) {
      u -= p[j];
      if (u <= 0) {
        return j;
      }
    }
    return p.length - 1;
  }

  /** Cosine similarity of a learned topic (top words with weights) to true topic t. */
  double cosine(Topic learned, int t) {
    double dot = 0;
    double learnedNorm = 0;
    for (TopicWord word : learned.words()) {
      learnedNorm += word.weight() * word.weight();
      for (int j = 0; j < wordsPerTopic; j++) {
        if (word.term().equals(word(t, j))) {
          dot += word.weight() * truth[t][j];
        }
      }
    }
    double trueNorm = 0;
    for (double p : truth[t]) {
      trueNorm += p * p;
    }
    return dot / Math.sqrt(learnedNorm * trueNorm);
  }
}
