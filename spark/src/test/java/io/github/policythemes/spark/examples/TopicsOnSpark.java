package io.github.policythemes.spark.examples;

import io.github.policythemes.spark.ThemeTermsTransformer;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Example: topics of a corpus with Spark MLlib's LDA on policy-themes' terms (Nori nouns for
 * Korean, SmartCN words for Chinese, stemmed words for English).
 *
 * <pre>{@code
 * ./mvnw -q -pl spark test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.policythemes.spark.examples.TopicsOnSpark \
 *     -Dexec.args="seeds/corpus 8"
 * }</pre>
 */
public final class TopicsOnSpark {
  private TopicsOnSpark() {}

  /**
   * Reads JSONL articles ({@code text} field), models {@code k} topics and returns each topic's ten
   * top terms.
   *
   * @param spark the session
   * @param articles a JSONL file or folder
   * @param k the number of topics
   * @return the top terms of each topic, heaviest first
   */
  public static List<List<String>> topics(SparkSession spark, String articles, int k) {
    Dataset<Row> docs = spark.read().json(articles).select("text", "lang");
    Dataset<Row> terms =
        new ThemeTermsTransformer()
            .setInputCol("text")
            .setLangCol("lang")
            .setOutputCol("terms")
            .transform(docs)
            .select("terms")
            .cache();
    CountVectorizerModel vocabulary =
        new CountVectorizer()
            .setInputCol("terms")
            .setOutputCol("counts")
            .setMinDF(2)
            .setMaxDF(0.5)
            .setVocabSize(4000)
            .fit(terms);
    Dataset<Row> counts = vocabulary.transform(terms).cache();
    LDAModel lda =
        new LDA().setK(k).setMaxIter(20).setSeed(42).setFeaturesCol("counts").fit(counts);
    List<List<String>> topics = new ArrayList<>();
    for (Row topic : lda.describeTopics(10).collectAsList()) {
      List<String> words = new ArrayList<>();
      for (Integer index : topic.<Integer>getList(1)) {
        words.add(vocabulary.vocabulary()[index]);
      }
      topics.add(words);
    }
    counts.unpersist();
    terms.unpersist();
    return topics;
  }

  /**
   * Prints the topics of a JSONL file or folder.
   *
   * @param args the articles, and optionally the number of topics (default 8)
   */
  public static void main(String[] args) {
    SparkSession spark =
        SparkSession.builder().master("local[2]").appName("topics-on-spark").getOrCreate();
    int k = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    List<List<String>> topics = topics(spark, args[0], k);
    for (int t = 0; t < topics.size(); t++) {
      System.out.println("topic " + t + ": " + String.join(", ", topics.get(t)));
    }
    spark.stop();
  }
}
