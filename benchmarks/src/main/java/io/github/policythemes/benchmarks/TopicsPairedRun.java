package io.github.policythemes.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A paired harness for {@link TopicsBenchmark} on a shared, noisy machine: after one warm-up run of
 * each configuration, every round trains each configuration once, in an order that rotates from
 * round to round, so slow and fast spells of the machine hit all of them; the ratios are taken
 * within a round and their median reported. JMH runs the configurations one after another, which on
 * a busy machine can turn load into a false ratio.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.policythemes.benchmarks.TopicsPairedRun [ROUNDS]
 * </pre>
 */
public final class TopicsPairedRun {
  private TopicsPairedRun() {}

  /**
   * Runs the rounds and prints token samples per second per configuration and round, the median
   * ratios, and the quality of each configuration's last model.
   *
   * @param args the number of rounds (default 5)
   * @throws IOException if the corpus cannot be read
   */
  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    List<TopicsBenchmark.Config> configs =
        List.of(
            TopicsBenchmark.Config.POLICY_THEMES_1,
            TopicsBenchmark.Config.MALLET_1,
            TopicsBenchmark.Config.POLICY_THEMES_2);
    Map<TopicsBenchmark.Config, TopicsBenchmark> states =
        new EnumMap<>(TopicsBenchmark.Config.class);
    for (TopicsBenchmark.Config config : configs) {
      TopicsBenchmark state = new TopicsBenchmark();
      state.config = config;
      state.topics = 20;
      state.iterations = 100;
      state.setUp();
      states.put(config, state);
      run(state);
    }
    Map<TopicsBenchmark.Config, List<Double>> speeds = new EnumMap<>(TopicsBenchmark.Config.class);
    List<Double> oursVsMallet = new ArrayList<>();
    List<Double> twoVsOne = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      Map<TopicsBenchmark.Config, Double> speed = new EnumMap<>(TopicsBenchmark.Config.class);
      for (int i = 0; i < configs.size(); i++) {
        TopicsBenchmark.Config config = configs.get((i + round) % configs.size());
        speed.put(config, run(states.get(config)));
      }
      speed.forEach(
          (config, value) -> speeds.computeIfAbsent(config, c -> new ArrayList<>()).add(value));
      double ratio =
          speed.get(TopicsBenchmark.Config.POLICY_THEMES_1)
              / speed.get(TopicsBenchmark.Config.MALLET_1);
      double scaling =
          speed.get(TopicsBenchmark.Config.POLICY_THEMES_2)
              / speed.get(TopicsBenchmark.Config.POLICY_THEMES_1);
      oursVsMallet.add(ratio);
      twoVsOne.add(scaling);
      System.out.printf(
          Locale.ROOT,
          "round %d: policy-themes 1 thread %.2fM/s, MALLET 1 thread %.2fM/s,"
              + " policy-themes 2 threads %.2fM/s; ours/MALLET %.2f, 2/1 threads %.2f%n",
          round + 1,
          speed.get(TopicsBenchmark.Config.POLICY_THEMES_1) / 1e6,
          speed.get(TopicsBenchmark.Config.MALLET_1) / 1e6,
          speed.get(TopicsBenchmark.Config.POLICY_THEMES_2) / 1e6,
          ratio,
          scaling);
    }
    for (TopicsBenchmark.Config config : configs) {
      System.out.printf(
          Locale.ROOT,
          "%-16s median %.2fM token samples/s, best %.2fM; %s%n",
          config,
          median(speeds.get(config)) / 1e6,
          speeds.get(config).stream().mapToDouble(Double::doubleValue).max().orElse(0) / 1e6,
          states.get(config).qualityOfLast());
    }
    System.out.printf(
        Locale.ROOT,
        "median paired ratio policy-themes/MALLET (1 thread) %.2f; policy-themes 2/1 threads %.2f%n",
        median(oursVsMallet),
        median(twoVsOne));
  }

  /** Trains once and returns token samples per second. */
  private static double run(TopicsBenchmark state) throws IOException {
    state.freshInstances();
    long start = System.nanoTime();
    state.train();
    return state.tokenSamples() / ((System.nanoTime() - start) / 1e9);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
