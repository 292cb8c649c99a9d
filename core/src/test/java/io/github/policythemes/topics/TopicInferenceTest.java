package io.github.policythemes.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link TopicModel#theta} is tuned for speed (the prior kept per topic, the draw found by
 * bisection); these tests hold it to the plain collapsed Gibbs sampler it replaced, bit for bit.
 */
class TopicInferenceTest {
  private static final SyntheticCorpus SYNTHETIC = new SyntheticCorpus(5, 20, 300, 60, 11);

  /** The sampler as first written: linear scan, alpha + count summed in the loop. */
  private static double[] plainTheta(TopicModel model, int[] tokens, int iterations) {
    int k = model.numTopics();
    double alphaSum = 0;
    for (double a : model.alpha) {
      alphaSum += a;
    }
    double[] theta = new double[k];
    SplittableRandom random = new SplittableRandom(model.seed ^ (31L * Arrays.hashCode(tokens)));
    int[] z = new int[tokens.length];
    int[] counts = new int[k];
    for (int i = 0; i < tokens.length; i++) {
      z[i] = random.nextInt(k);
      counts[z[i]]++;
    }
    double[] cumulative = new double[k];
    int samples = 0;
    for (int iteration = 0; iteration < iterations; iteration++) {
      for (int i = 0; i < tokens.length; i++) {
        counts[z[i]]--;
        double total = 0;
        for (int t = 0; t < k; t++) {
          total += (model.alpha[t] + counts[t]) * model.phi(tokens[i], t);
          cumulative[t] = total;
        }
        double u = random.nextDouble() * total;
        int t = 0;
        while (t < k - 1 && cumulative[t] <= u) {
          t++;
        }
        z[i] = t;
        counts[t]++;
      }
      if (iteration >= Math.min(TopicModel.INFERENCE_BURN_IN, iterations - 1)) {
        for (int t = 0; t < k; t++) {
          theta[t] += (counts[t] + model.alpha[t]) / (tokens.length + alphaSum);
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

  @Test
  void theta_randomDocuments_equalsThePlainSamplerBitForBit() {
    for (int topics : new int[] {1, 2, 7, 20}) {
      TopicModel model =
          LdaTrainer.builder()
              .topics(topics)
              .iterations(30)
              .seed(topics)
              .build()
              .train(TopicCorpus.builder().maxDocumentFraction(1.0).build(SYNTHETIC.articles))
              .model();
      SplittableRandom random = new SplittableRandom(topics);
      int v = model.vocabulary().size();
      for (int doc = 0; doc < 200; doc++) {
        int[] tokens = new int[1 + random.nextInt(doc % 10 == 0 ? 400 : 40)];
        for (int i = 0; i < tokens.length; i++) {
          tokens[i] = random.nextInt(v);
        }
        int iterations = 1 + random.nextInt(TopicModel.INFERENCE_ITERATIONS);
        assertThat(model.theta(tokens, iterations))
            .as("K=%d, %d tokens, %d sweeps", topics, tokens.length, iterations)
            .containsExactly(plainTheta(model, tokens, iterations));
      }
    }
  }

  @Test
  void firstAbove_findsWhatALinearScanFinds() {
    SplittableRandom random = new SplittableRandom(5);
    for (int round = 0; round < 10_000; round++) {
      int n = 1 + random.nextInt(40);
      double[] cumulative = new double[n];
      double total = 0;
      for (int i = 0; i < n; i++) {
        // Zero weights too: runs of equal cumulative values.
        total += random.nextInt(4) == 0 ? 0 : random.nextDouble();
        cumulative[i] = total;
      }
      double u = random.nextDouble() * total * 1.01;
      int linear = 0;
      while (linear < n - 1 && cumulative[linear] <= u) {
        linear++;
      }
      assertThat(TopicModel.firstAbove(cumulative, n, u)).isEqualTo(linear);
    }
  }
}
