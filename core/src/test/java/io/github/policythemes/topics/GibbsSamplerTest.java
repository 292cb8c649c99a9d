package io.github.policythemes.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GibbsSamplerTest {
  private static final int VOCABULARY = 50;
  private static final int[] DOC_START = docStart(40, 25);
  private static final int[] WORDS = words(DOC_START[DOC_START.length - 1]);

  private static int[] docStart(int documents, int maxLength) {
    SplittableRandom random = new SplittableRandom(2);
    int[] start = new int[documents + 1];
    for (int d = 0; d < documents; d++) {
      start[d + 1] = start[d] + (d % 7 == 0 ? 0 : 1 + random.nextInt(maxLength));
    }
    return start;
  }

  private static int[] words(int tokens) {
    SplittableRandom random = new SplittableRandom(3);
    int[] words = new int[tokens];
    for (int i = 0; i < tokens; i++) {
      words[i] = random.nextInt(VOCABULARY);
    }
    return words;
  }

  private static GibbsSampler sampler(int threads, SeedPrior prior) {
    double[] alpha = new double[6];
    java.util.Arrays.fill(alpha, 0.1);
    return new GibbsSampler(WORDS, DOC_START, VOCABULARY, alpha, 0.01, prior, threads, 9);
  }

  /** The count tables must always be exactly the counts of the topic assignments. */
  private static void assertCountsMatchAssignments(GibbsSampler sampler) {
    int k = sampler.numTopics;
    int[] nwt = new int[VOCABULARY * k];
    int[] nt = new int[k];
    for (int i = 0; i < WORDS.length; i++) {
      nwt[WORDS[i] * k + sampler.z[i]]++;
      nt[sampler.z[i]]++;
    }
    assertThat(sampler.nwt).isEqualTo(nwt);
    assertThat(sampler.nt).isEqualTo(nt);
  }

  @Test
  void sweep_oneThread_keepsCountsEqualToAssignments() {
    try (GibbsSampler sampler = sampler(1, SeedPrior.none(VOCABULARY, 6))) {
      for (int iteration = 0; iteration < 20; iteration++) {
        sampler.sweep(iteration);
        assertCountsMatchAssignments(sampler);
      }
    }
  }

  @Test
  void sweep_threeThreads_mergesCountsExactly() {
    try (GibbsSampler sampler = sampler(3, SeedPrior.none(VOCABULARY, 6))) {
      for (int iteration = 0; iteration < 20; iteration++) {
        sampler.sweep(iteration);
        assertCountsMatchAssignments(sampler);
      }
    }
  }

  @Test
  void sweep_withSeeds_keepsCountsAndStartsSeedWordsInTheirTopic() {
    int[] start = new int[VOCABULARY + 1];
    for (int w = 0; w <= VOCABULARY; w++) {
      start[w] = w == 0 ? 0 : 2;
    }
    SeedPrior prior = new SeedPrior(start, new int[] {4, 5}, new double[] {3.0, 1.0}, 6);
    try (GibbsSampler sampler = sampler(2, prior)) {
      for (int i = 0; i < WORDS.length; i++) {
        if (WORDS[i] == 0) {
          assertThat(sampler.z[i]).isIn(4, 5);
        }
      }
      for (int iteration = 0; iteration < 10; iteration++) {
        sampler.sweep(iteration);
        assertCountsMatchAssignments(sampler);
      }
      assertThat(Double.isFinite(sampler.logLikelihood())).isTrue();
    }
  }

  @Test
  void logLikelihood_afterSampling_isHigherThanAtTheStart() {
    try (GibbsSampler sampler = sampler(1, SeedPrior.none(VOCABULARY, 6))) {
      double start = sampler.logLikelihood();
      for (int iteration = 0; iteration < 50; iteration++) {
        sampler.sweep(iteration);
      }
      assertThat(sampler.logLikelihood()).isGreaterThan(start);
    }
  }

  @Test
  void blockBounds_splitTokensEvenlyAndCoverEveryDocument() {
    int[] docStart = {0, 10, 20, 30, 40, 100};
    assertThat(GibbsSampler.blockBounds(docStart, 2)).containsExactly(0, 5, 5);
    assertThat(GibbsSampler.blockBounds(new int[] {0, 10, 20, 30, 40}, 2)).containsExactly(0, 2, 4);
    assertThat(GibbsSampler.blockBounds(new int[] {0, 5}, 1)).containsExactly(0, 1);
  }

  @Test
  void mix_differentWorkersAndSweeps_giveDifferentSeeds() {
    assertThat(GibbsSampler.mix(1, 0, 0)).isNotEqualTo(GibbsSampler.mix(1, 0, 1));
    assertThat(GibbsSampler.mix(1, 0, 0)).isNotEqualTo(GibbsSampler.mix(1, 1, 0));
    assertThat(GibbsSampler.mix(1, 3, 1)).isEqualTo(GibbsSampler.mix(1, 3, 1));
  }
}
