package io.github.policythemes.spark.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policythemes.spark.SparkTests;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

class TopicsOnSparkTest {
  @Test
  void topics_seedCorpus_topWordsAreRealDistinctPolicyTerms() {
    SparkSession spark = SparkTests.session();
    List<List<String>> topics = TopicsOnSpark.topics(spark, "../seeds/corpus", 8);

    assertThat(topics).hasSize(8).allSatisfy(words -> assertThat(words).hasSize(10));
    Set<String> all = new HashSet<>();
    for (List<String> words : topics) {
      for (String word : words) {
        // a real term: letters only (no numbers, punctuation or particles glued on), and more
        // than one letter unless it is a Han or Hangul word
        assertThat(word).matches("\\p{L}+");
        assertThat(word.length() > 1 || !word.matches("[a-z]")).as(word).isTrue();
      }
      all.addAll(words);
    }
    assertThat(all).as("topics differ from each other").hasSizeGreaterThan(50);
    assertThat(all)
        .as("terms of the seed corpus's themes")
        .containsAnyOf("budget", "tax", "council", "residents", "city", "county")
        .containsAnyOf("주민", "지방", "지역", "예산", "자치", "도시", "인구")
        .containsAnyOf("城市", "地方", "财政", "区域", "人口", "合作", "政府");
  }
}
