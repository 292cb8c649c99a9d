package io.github.policythemes.topics;

import com.carrotsearch.hppc.IntArrayList;
import io.github.policythemes.analysis.Language;
import io.github.policythemes.analysis.TopicTerms;
import io.github.policythemes.article.Article;
import io.github.policythemes.classify.ModelMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A trained topic model: topic-word distributions over a vocabulary, the document-topic prior, and,
 * for a seeded model, the theme that anchors each seeded topic.
 *
 * <p>Made by {@link LdaTrainer} or read with {@link #load(Path)}; saved as a {@code .ptt} bundle
 * (checksummed and versioned like classifier bundles). Immutable and thread-safe: {@link #infer}
 * may be called from any number of threads.
 *
 * <pre>{@code
 * TopicModel model = TopicModel.load(Path.of("model.ptt"));
 * DocumentTopics topics = model.infer(Article.of("Council approves new budget for bus routes"));
 * Topic best = model.topics().get(topics.topTopic());
 * }</pre>
 */
public final class TopicModel {
  /** The bundle kind of topic models. */
  public static final String FORMAT = "policy-themes-topics";

  /** The newest bundle format version this library reads and writes. */
  public static final int FORMAT_VERSION = 1;

  /** Sweeps {@link #infer} runs per document. */
  public static final int INFERENCE_ITERATIONS = 100;

  /** Sweeps {@link #infer} discards before averaging. */
  public static final int INFERENCE_BURN_IN = 20;

  /** Top words kept per topic in {@link #topics()}. */
  public static final int TOP_WORDS = 20;

  final Vocabulary vocabulary;
  final double[] alpha;
  final double beta;
  final SeedPrior prior;
  final int[] nwt;
  final int[] nt;
  final String[] themeIds;
  final double[] umass;
  final double[] npmi;
  final long seed;
  final ModelMetadata metadata;
  private final int numTopics;
  private final float[] phi;
  private final List<Topic> topics;

  TopicModel(
      Vocabulary vocabulary,
      double[] alpha,
      double beta,
      SeedPrior prior,
      int[] nwt,
      String[] themeIds,
      double[] umass,
      double[] npmi,
      long seed,
      ModelMetadata metadata) {
    this.vocabulary = vocabulary;
    this.alpha = alpha.clone();
    this.numTopics = alpha.length;
    this.beta = beta;
    this.prior = prior;
    this.nwt = nwt.clone();
    this.themeIds = themeIds.clone();
    this.umass = umass.clone();
    this.npmi = npmi.clone();
    this.seed = seed;
    this.metadata = metadata;
    int v = vocabulary.size();
    if (this.nwt.length != v * numTopics || themeIds.length != numTopics) {
      throw new IllegalArgumentException(
          "topic model arrays do not match " + numTopics + " topics");
    }
    this.nt = new int[numTopics];
    for (int w = 0; w < v; w++) {
      for (int t = 0; t < numTopics; t++) {
        nt[t] += this.nwt[w * numTopics + t];
      }
    }
    this.phi = new float[v * numTopics];
    double betaSum = beta * v;
    for (int w = 0; w < v; w++) {
      for (int t = 0; t < numTopics; t++) {
        int cell = w * numTopics + t;
        phi[cell] =
            (float) ((nwt[cell] + beta + prior.weight(w, t)) / (nt[t] + betaSum + prior.mass[t]));
      }
    }
    this.topics = List.copyOf(buildTopics(TOP_WORDS));
  }

  /**
   * Reads a model saved with {@link #save(Path)}.
   *
   * @param file a {@code .ptt} file
   * @return the model
   * @throws io.github.policythemes.bundle.ModelFormatException if the file is truncated, altered,
   *     of another kind or of a newer format version (the message names the file)
   * @throws IOException if the file cannot be read
   */
  public static TopicModel load(Path file) throws IOException {
    return TopicModelFormat.read(file);
  }

  /**
   * Reads a model from a stream.
   *
   * @param in the stream; not closed
   * @param source the name to use in messages
   * @return the model
   * @throws io.github.policythemes.bundle.ModelFormatException if the bytes are not a valid model
   * @throws IOException if the stream cannot be read
   */
  public static TopicModel load(InputStream in, String source) throws IOException {
    return TopicModelFormat.read(in, source);
  }

  /**
   * Saves the model as a {@code .ptt} bundle, through a temporary file.
   *
   * @param file the target file
   * @throws IOException if writing fails
   */
  public void save(Path file) throws IOException {
    TopicModelFormat.write(this, file);
  }

  /**
   * Returns the number of topics.
   *
   * @return K, seeded and free topics together
   */
  public int numTopics() {
    return numTopics;
  }

  /**
   * Returns the topics with their top {@value #TOP_WORDS} words.
   *
   * @return one topic per index
   */
  public List<Topic> topics() {
    return topics;
  }

  /**
   * Returns the topics with a chosen number of top words.
   *
   * @param topWords how many words per topic, at least 1
   * @return one topic per index
   * @throws IllegalArgumentException if topWords is less than 1
   */
  public List<Topic> topics(int topWords) {
    if (topWords < 1) {
      throw new IllegalArgumentException("topWords must be >= 1: " + topWords);
    }
    return List.copyOf(buildTopics(topWords));
  }

  /**
   * Returns the document-topic prior.
   *
   * @return alpha per topic
   */
  public List<Double> alpha() {
    return Arrays.stream(alpha).boxed().toList();
  }

  /**
   * Returns the analysed terms the model knows, in id order.
   *
   * @return the vocabulary
   */
  public List<String> vocabulary() {
    return vocabulary.terms();
  }

  /**
   * Returns what made the model: algorithm, settings, training data, metrics.
   *
   * @return the metadata
   */
  public ModelMetadata metadata() {
    return metadata;
  }

  /**
   * Infers the topic distribution of a new document by Gibbs sampling its words against the model's
   * fixed topic-word distributions ({@value #INFERENCE_ITERATIONS} sweeps, the first {@value
   * #INFERENCE_BURN_IN} discarded, the rest averaged). The same article always gets the same
   * answer: the random seed comes from the model's seed and the article's terms.
   *
   * @param article the article; analysed like the training corpus
   * @return the topic distribution; the prior when none of its words is in the vocabulary
   * @throws NullPointerException if article is null
   */
  public DocumentTopics infer(Article article) {
    int[] tokens = termIds(article.content(), article.language());
    return new DocumentTopics(article.id(), theta(tokens, INFERENCE_ITERATIONS));
  }

  /**
   * Measures document-completion perplexity (Wallach et al. 2009): for each article the topic
   * distribution is inferred from its even-numbered tokens and the odd-numbered ones are scored.
   *
   * @param articles held-out articles
   * @return the perplexity, lower is better; NaN when no article has two known tokens
   */
  public double perplexity(Collection<Article> articles) {
    List<int[]> documents = new ArrayList<>();
    for (Article article : articles) {
      documents.add(termIds(article.content(), article.language()));
    }
    return completionPerplexity(documents);
  }

  double completionPerplexity(List<int[]> documents) {
    double logLikelihood = 0;
    long scored = 0;
    for (int[] tokens : documents) {
      if (tokens.length < 2) {
        continue;
      }
      int[] even = new int[(tokens.length + 1) / 2];
      int[] odd = new int[tokens.length / 2];
      for (int i = 0; i < tokens.length; i++) {
        if (i % 2 == 0) {
          even[i / 2] = tokens[i];
        } else {
          odd[i / 2] = tokens[i];
        }
      }
      double[] theta = theta(even, INFERENCE_ITERATIONS);
      for (int w : odd) {
        double p = 0;
        for (int t = 0; t < numTopics; t++) {
          p += theta[t] * phi[w * numTopics + t];
        }
        logLikelihood += Math.log(p);
        scored++;
      }
    }
    return scored == 0 ? Double.NaN : Math.exp(-logLikelihood / scored);
  }

  /** The ids of the article's terms that the vocabulary knows. */
  int[] termIds(String text, Language language) {
    IntArrayList ids = new IntArrayList();
    TopicTerms.analyze(
        Objects.requireNonNull(text, "text"),
        language,
        (term, start, end) -> {
          int id = vocabulary.id(term);
          if (id >= 0) {
            ids.add(id);
          }
        });
    return ids.toArray();
  }

  /** Samples topics for tokens against the fixed phi and averages theta after burn-in. */
  double[] theta(int[] tokens, int iterations) {
    double alphaSum = 0;
    for (double a : alpha) {
      alphaSum += a;
    }
    double[] theta = new double[numTopics];
    if (tokens.length == 0) {
      for (int t = 0; t < numTopics; t++) {
        theta[t] = alpha[t] / alphaSum;
      }
      return theta;
    }
    SplittableRandom random = new SplittableRandom(seed ^ (31L * Arrays.hashCode(tokens)));
    int k = numTopics;
    int[] z = new int[tokens.length];
    int[] counts = new int[k];
    for (int i = 0; i < tokens.length; i++) {
      z[i] = random.nextInt(k);
      counts[z[i]]++;
    }
    // alpha[t] + counts[t], kept up to date: the same doubles the sum below would compute.
    double[] prior = new double[k];
    for (int t = 0; t < k; t++) {
      prior[t] = alpha[t] + counts[t];
    }
    double[] cumulative = new double[k];
    int samples = 0;
    for (int iteration = 0; iteration < iterations; iteration++) {
      for (int i = 0; i < tokens.length; i++) {
        int base = tokens[i] * k;
        int old = z[i];
        prior[old] = alpha[old] + --counts[old];
        double total = 0;
        for (int t = 0; t < k; t++) {
          total += prior[t] * phi[base + t];
          cumulative[t] = total;
        }
        int t = firstAbove(cumulative, k, random.nextDouble() * total);
        z[i] = t;
        prior[t] = alpha[t] + ++counts[t];
      }
      if (iteration >= Math.min(INFERENCE_BURN_IN, iterations - 1)) {
        for (int t = 0; t < k; t++) {
          theta[t] += (counts[t] + alpha[t]) / (tokens.length + alphaSum);
        }
        samples++;
      }
    }
    double sum = 0;
    for (int t = 0; t < k; t++) {
      theta[t] /= samples;
      sum += theta[t];
    }
    for (int t = 0; t < k; t++) {
      theta[t] /= sum;
    }
    return theta;
  }

  /** The probability of word w in topic t, as inference uses it. */
  float phi(int w, int t) {
    return phi[w * numTopics + t];
  }

  /**
   * The first index below n whose cumulative weight exceeds u, or n - 1 when none does (rounding):
   * what a linear scan from 0 finds, by bisection.
   */
  static int firstAbove(double[] cumulative, int n, double u) {
    int low = 0;
    int high = n - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (cumulative[mid] <= u) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private List<Topic> buildTopics(int topWords) {
    long total = 0;
    for (int count : nt) {
      total += count;
    }
    List<Topic> result = new ArrayList<>(numTopics);
    for (int t = 0; t < numTopics; t++) {
      int[] top = topWordIds(t, topWords);
      List<TopicWord> words = new ArrayList<>(top.length);
      for (int w : top) {
        words.add(
            new TopicWord(
                vocabulary.term(w), vocabulary.surface(w), Math.min(1, phi[w * numTopics + t])));
      }
      double share = total == 0 ? 0 : nt[t] / (double) total;
      result.add(new Topic(t, themeIds[t], words, share, umass[t], npmi[t]));
    }
    return result;
  }

  /** The ids of the n most probable words of a topic, most probable first. */
  int[] topWordIds(int topic, int n) {
    int v = vocabulary.size();
    int size = Math.min(n, v);
    // A small insertion-sorted array beats sorting the whole vocabulary.
    int[] best = new int[size];
    int filled = 0;
    for (int w = 0; w < v; w++) {
      float p = phi[w * numTopics + topic];
      if (filled == size && p <= phi[best[size - 1] * numTopics + topic]) {
        continue;
      }
      int j = filled < size ? filled++ : size - 1;
      while (j > 0 && phi[best[j - 1] * numTopics + topic] < p) {
        best[j] = best[j - 1];
        j--;
      }
      best[j] = w;
    }
    return best;
  }

  @Override
  public String toString() {
    return "TopicModel[" + numTopics + " topics, " + vocabulary.size() + " terms]";
  }
}
