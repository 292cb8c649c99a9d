package io.github.policythemes.benchmarks;

import io.github.policythemes.analysis.Language;
import io.github.policythemes.article.Article;
import io.github.policythemes.classify.LinearThemeClassifier;
import io.github.policythemes.classify.ThemeClassifier;
import io.github.policythemes.training.ThemeTrainer;
import java.util.List;
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

/**
 * Text in, themes out, one article per operation: policy-themes against models that each peer
 * trained on the same corpus. The secondary result {@code utf16Bytes} gives MB/s; {@code -prof gc}
 * adds the bytes allocated per article ({@code gc.alloc.rate.norm}).
 *
 * <p>On the seed corpus (the default) policy-themes runs its default model, which was trained on
 * it; on any other corpus ({@code -p corpus=PATH}, a JSON Lines file with {@code text} and {@code
 * label} or {@code labels}) the benchmark first trains our model on it with {@code ThemeTrainer} (C
 * = 1, no cross-validation). Peers are single-label: each article's first label, or {@code none}.
 * Every peer trains on the whole corpus, all languages together, as our model does. Articles are
 * passed without a language, so policy-themes detects it per article.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar ClassifyBenchmark -prof gc -rf json -rff classify.json
 * java -jar benchmarks/target/benchmarks.jar ClassifyBenchmark -p lang=EN -p size=MEDIUM \
 *     -p corpus=../shared/data/bbc.jsonl
 * java -jar benchmarks/target/benchmarks.jar ClassifyBenchmark -p peer=POLICY_THEMES \
 *     -p size=MEDIUM -p model=default,old.ptm
 * }</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Thread)
public class ClassifyBenchmark {
  /** Who classifies. */
  public enum Peer {
    /** policy-themes: language detection, analysis, features, linear scores, ranked themes. */
    POLICY_THEMES,
    /** OpenNLP {@code DocumentCategorizerME} with {@code SimpleTokenizer}. */
    OPENNLP_DOCCAT,
    /** Smile {@code SparseLogisticRegression} on policy-themes features. */
    SMILE_LOGISTIC,
    /** Lucene {@code SimpleNaiveBayesClassifier} over an in-memory index. */
    LUCENE_NAIVE_BAYES
  }

  /** Who classifies. */
  @Param public Peer peer;

  /** The language of the articles. */
  @Param({"EN", "KO", "ZH"})
  public Language lang;

  /** How long the articles are. */
  @Param public Size size;

  /** {@code seeds}, or the path of a labelled JSON Lines corpus. */
  @Param(Corpus.SEEDS)
  public String corpus;

  /**
   * On the seed corpus, policy-themes' model: {@code default} (the bundled one) or the path of a
   * {@code .ptm} bundle, to compare two models in one run.
   */
  @Param("default")
  public String model;

  private Article[] articles;
  private int mask;
  private int next;
  private DocumentClassifier classifier;

  /** Reads the corpus, picks the articles and trains the classifier. */
  @Setup(Level.Trial)
  public void setUp() {
    Corpus data = Corpus.load(corpus);
    List<String> texts = size.texts(data.contents(lang));
    if (texts.isEmpty()) {
      throw new IllegalArgumentException(
          "corpus " + corpus + " has no " + size + " " + lang.code() + " articles");
    }
    String[] cycled = Corpus.cycled(texts, 1024);
    articles = new Article[cycled.length];
    for (int i = 0; i < cycled.length; i++) {
      articles[i] = Article.of(cycled[i]);
    }
    mask = articles.length - 1;
    LinearThemeClassifier ours = ours(data);
    classifier =
        switch (peer) {
          case POLICY_THEMES -> ours::classify;
          case OPENNLP_DOCCAT -> DoccatPeer.train(data.data());
          case SMILE_LOGISTIC -> SmileLogisticPeer.train(data.data(), ours.extractor());
          case LUCENE_NAIVE_BAYES -> LuceneBayesPeer.train(data.data());
        };
  }

  /**
   * Classifies one article.
   *
   * @param bytes counts the text read
   * @return the classification
   */
  @Benchmark
  public Object classify(TextBytes bytes) {
    Article article = articles[next++ & mask];
    bytes.read(article.text());
    return classifier.classify(article);
  }

  private LinearThemeClassifier ours(Corpus data) {
    ThemeClassifier model =
        Corpus.SEEDS.equals(corpus)
            ? seedModel()
            : ThemeTrainer.builder()
                .regularization(1.0)
                .folds(0)
                .build()
                .train(data.data())
                .classifier();
    if (model instanceof LinearThemeClassifier linear) {
      return linear;
    }
    throw new IllegalStateException("policy-themes' model is not a linear model: " + model);
  }

  private ThemeClassifier seedModel() {
    if (model.equals("default")) {
      return ThemeClassifier.defaultModel();
    }
    try {
      return ThemeClassifier.load(java.nio.file.Path.of(model));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
