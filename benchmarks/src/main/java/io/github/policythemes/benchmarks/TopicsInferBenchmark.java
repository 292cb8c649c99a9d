package io.github.policythemes.benchmarks;

import io.github.policythemes.article.Article;
import io.github.policythemes.topics.DocumentTopics;
import io.github.policythemes.topics.LdaTrainer;
import io.github.policythemes.topics.TopicCorpus;
import io.github.policythemes.topics.TopicModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Topic inference on new documents ({@link TopicModel#infer}, {@value
 * TopicModel#INFERENCE_ITERATIONS} sweeps each): a model is trained on every fifth-but-one article
 * of the corpus ({@link TopicsBenchmark#articles()}: BBC when {@code ../shared} is there), and one
 * operation infers the topics of all held-out articles (every fifth). The setup prints how many of
 * their tokens the vocabulary knows, so tokens per second = that count * operations per second.
 * Analysis (tokenizing) is part of the measured time, as it is for a caller.
 *
 * <pre>
 * java -Djmh.ignoreLock=true -jar benchmarks/target/benchmarks.jar TopicsInferBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
@State(Scope.Benchmark)
public class TopicsInferBenchmark {
  @Param({"20", "100"})
  public int topics;

  private TopicModel model;
  private List<Article> heldOut;

  /** Trains the model (50 sweeps, seed 42) and counts the held-out tokens it knows. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    List<Article> all = TopicsBenchmark.articles();
    List<Article> training = new ArrayList<>();
    heldOut = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      (i % 5 == 0 ? heldOut : training).add(all.get(i));
    }
    TopicCorpus corpus = TopicCorpus.builder().build(training);
    model =
        LdaTrainer.builder()
            .topics(topics)
            .iterations(50)
            .seed(42)
            .threads(1)
            .likelihoodInterval(50)
            .build()
            .train(corpus)
            .model();
    long known = knownTokens(model, heldOut);
    System.out.printf(
        Locale.ROOT,
        "%n# held out: %d documents, %d known tokens per operation (K = %d)%n",
        heldOut.size(),
        known,
        topics);
  }

  /** The tokens of the articles that the model's vocabulary knows, as infer sees them. */
  static long knownTokens(TopicModel model, List<Article> articles) {
    Set<String> vocabulary = new HashSet<>(model.vocabulary());
    TopicCorpus all =
        TopicCorpus.builder().minDocumentFrequency(1).maxDocumentFraction(1.0).build(articles);
    List<String> terms = all.terms();
    long known = 0;
    for (int d = 0; d < all.documents(); d++) {
      for (int id : all.termIds(d)) {
        if (vocabulary.contains(terms.get(id))) {
          known++;
        }
      }
    }
    return known;
  }

  /** Infers the topics of every held-out article. */
  @Benchmark
  public void infer(Blackhole sink) {
    for (Article article : heldOut) {
      DocumentTopics result = model.infer(article);
      sink.consume(result);
    }
  }
}
