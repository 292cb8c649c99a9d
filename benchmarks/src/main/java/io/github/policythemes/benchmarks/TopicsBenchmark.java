package io.github.policythemes.benchmarks;

import cc.mallet.topics.ParallelTopicModel;
import cc.mallet.types.Alphabet;
import cc.mallet.types.FeatureSequence;
import cc.mallet.types.Instance;
import cc.mallet.types.InstanceList;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policythemes.analysis.Language;
import io.github.policythemes.article.Article;
import io.github.policythemes.topics.LdaResult;
import io.github.policythemes.topics.LdaTrainer;
import io.github.policythemes.topics.Topic;
import io.github.policythemes.topics.TopicCoherence;
import io.github.policythemes.topics.TopicCorpus;
import io.github.policythemes.topics.TopicWord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * LDA training by collapsed Gibbs sampling: policy-themes' sparse sampler against MALLET 2.0.8's
 * {@code ParallelTopicModel} on the same tokenised corpus, with 1 and 2 threads. One operation is a
 * whole training run ({@code iterations} sweeps from a random start), so token samples per second =
 * tokens * iterations / (seconds per operation); the setup prints the token count. After each trial
 * the final log-likelihood per token and the mean UMass and NPMI coherence of the last model (top
 * 10 words, measured by policy-themes on the same corpus for both) are printed, so quality and
 * speed come from one run.
 *
 * <p>The corpus is {@code ../shared/data/bbc.jsonl} when it exists (run from the repository root),
 * else the seed corpus; {@code -Dtopics.corpus=FILE} picks another JSONL file.
 *
 * <p>The machine this runs on is often shared; {@link TopicsPairedRun} alternates the samplers
 * round by round so that both see the same load, and reports paired ratios.
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar TopicsBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
@State(Scope.Benchmark)
public class TopicsBenchmark {
  /** The sampler measured and its number of threads. */
  public enum Config {
    /** policy-themes' {@link LdaTrainer}, one thread. */
    POLICY_THEMES_1(false, 1),
    /** policy-themes' {@link LdaTrainer}, two threads. */
    POLICY_THEMES_2(false, 2),
    /** MALLET 2.0.8 {@code ParallelTopicModel}, one thread. */
    MALLET_1(true, 1),
    /**
     * MALLET 2.0.8 with two threads. Not in the default set: on this corpus it fails with an
     * ArrayIndexOutOfBoundsException in WorkerRunnable (merging per-thread counts overflows a
     * word's count array; see mimno/Mallet issues 57 and 166). Run it with {@code -p
     * config=MALLET_2}.
     */
    MALLET_2(true, 2);

    final boolean mallet;
    final int threads;

    Config(boolean mallet, int threads) {
      this.mallet = mallet;
      this.threads = threads;
    }
  }

  @Param({"POLICY_THEMES_1", "POLICY_THEMES_2", "MALLET_1"})
  public Config config;

  @Param({"20"})
  public int topics;

  @Param({"100"})
  public int iterations;

  private TopicCorpus corpus;
  private InstanceList instances;
  private Object last;

  /** Reads and tokenises the corpus once; MALLET gets exactly the same term ids. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    corpus = TopicCorpus.builder().build(articles());
    ParallelTopicModel.logger.setLevel(java.util.logging.Level.OFF);
    System.out.printf(
        Locale.ROOT,
        "%n# corpus: %d documents, %d tokens, %d terms; %d iterations = %d token samples%n",
        corpus.documents(),
        corpus.tokens(),
        corpus.vocabularySize(),
        iterations,
        (long) corpus.tokens() * iterations);
  }

  /**
   * Gives MALLET a fresh copy of the corpus before each operation: reusing one InstanceList across
   * multi-threaded ParallelTopicModel runs ends in an ArrayIndexOutOfBoundsException inside MALLET
   * 2.0.8's WorkerRunnable.
   */
  @Setup(Level.Iteration)
  public void freshInstances() {
    if (!config.mallet) {
      return;
    }
    Alphabet alphabet = new Alphabet();
    for (String term : corpus.terms()) {
      alphabet.lookupIndex(term);
    }
    alphabet.stopGrowth();
    instances = new InstanceList(alphabet, null);
    for (int d = 0; d < corpus.documents(); d++) {
      instances.add(
          new Instance(new FeatureSequence(alphabet, corpus.termIds(d)), null, "d" + d, null));
    }
  }

  /** Trains one model from a random start. */
  @Benchmark
  public Object train() throws IOException {
    if (!config.mallet) {
      last =
          LdaTrainer.builder()
              .topics(topics)
              .iterations(iterations)
              .threads(config.threads)
              .alpha(0.1)
              .beta(0.01)
              .likelihoodInterval(iterations)
              .build()
              .train(corpus);
    } else {
      ParallelTopicModel model = new ParallelTopicModel(topics, 0.1 * topics, 0.01);
      model.setNumThreads(config.threads);
      model.setNumIterations(iterations);
      model.setOptimizeInterval(0);
      model.setTopicDisplay(0, 0);
      model.setRandomSeed(42);
      model.addInstances(instances);
      model.estimate();
      last = model;
    }
    return last;
  }

  /** Prints the quality of the last model: log-likelihood per token and coherence. */
  @TearDown(Level.Trial)
  public void quality() {
    System.out.printf(Locale.ROOT, "%n# quality %s: %s%n", config, qualityOfLast());
  }

  /** The log-likelihood per token and mean UMass and NPMI coherence of the last model. */
  String qualityOfLast() {
    double logLikelihood;
    List<List<String>> topWords = new ArrayList<>();
    if (last instanceof LdaResult result) {
      logLikelihood = result.logLikelihood().get(result.logLikelihood().size() - 1).perToken();
      for (Topic topic : result.model().topics(10)) {
        topWords.add(topic.words().stream().map(TopicWord::term).toList());
      }
    } else {
      ParallelTopicModel model = (ParallelTopicModel) last;
      logLikelihood = model.modelLogLikelihood() / corpus.tokens();
      for (Object[] words : model.getTopWords(10)) {
        topWords.add(Stream.of(words).map(Object::toString).toList());
      }
    }
    double umass = 0;
    double npmi = 0;
    for (List<String> words : topWords) {
      TopicCoherence coherence = corpus.coherence(words);
      umass += coherence.umass() / topWords.size();
      npmi += coherence.npmi() / topWords.size();
    }
    return String.format(
        Locale.ROOT,
        "log-likelihood/token %.4f, UMass %.4f, NPMI %.4f",
        logLikelihood,
        umass,
        npmi);
  }

  /** The number of token samples one operation draws. */
  long tokenSamples() {
    return (long) corpus.tokens() * iterations;
  }

  static List<Article> articles() throws IOException {
    String chosen = System.getProperty("topics.corpus", "");
    Path bbc = Path.of("../shared/data/bbc.jsonl");
    List<Path> files = new ArrayList<>();
    if (!chosen.isEmpty()) {
      files.add(Path.of(chosen));
    } else if (Files.isRegularFile(bbc)) {
      files.add(bbc);
    } else {
      try (Stream<Path> seeds = Files.list(Path.of("seeds/corpus"))) {
        seeds.filter(p -> p.toString().endsWith(".jsonl")).sorted().forEach(files::add);
      }
    }
    ObjectMapper json = new ObjectMapper();
    List<Article> articles = new ArrayList<>();
    for (Path file : files) {
      for (String line : Files.readAllLines(file)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = json.readTree(line);
        String lang = node.path("lang").asText("");
        articles.add(
            new Article(
                node.path("id").asText(),
                node.path("title").asText(""),
                node.path("text").asText(),
                lang.isEmpty() ? null : Language.fromCodeOrOther(lang),
                null));
      }
    }
    if (articles.isEmpty()) {
      throw new UncheckedIOException(new IOException("no articles in " + files));
    }
    return articles;
  }
}
