package io.github.policythemes.benchmarks;

import io.github.policythemes.analysis.Language;
import io.github.policythemes.article.Article;
import io.github.policythemes.classify.ThemeClassifier;
import io.github.policythemes.eval.LabelledData;
import io.github.policythemes.training.ThemeTrainer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A paired harness for {@link ClassifyBenchmark} on a shared, noisy machine: the same texts as the
 * benchmark, classified by policy-themes and by OpenNLP doccat (and, with {@code --before JAR}, by
 * the policy-themes of another benchmarks jar, loaded in a class loader of its own) in alternating
 * turns within one JVM, each turn measured in the thread's CPU time rather than wall time. Other
 * jobs then take turns away from the measured thread without making it look slow; what they still
 * cost it (caches they evict) falls on every configuration of a round alike. It prints MB of UTF-16
 * text per CPU-second per configuration and the median, quartiles and extremes of the ratios taken
 * within each round.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.policythemes.benchmarks.ClassifyPairedRun \
 *     [--rounds 15] [--ms 400] [--lang EN,KO,ZH] [--size MEDIUM] [--corpus seeds|PATH] \
 *     [--before /tmp/main/benchmarks.jar]
 * </pre>
 *
 * <p>On the seed corpus policy-themes runs its default model; on another corpus, a model trained on
 * it as in {@code ClassifyBenchmark} (C = 1, no cross-validation). Doccat trains on the corpus too.
 */
public final class ClassifyPairedRun {
  /** Keeps the results alive. */
  static volatile int blackhole;

  private ClassifyPairedRun() {}

  /**
   * Runs the rounds and prints the table.
   *
   * @param args the options above
   * @throws Exception if the corpus or the other jar cannot be read
   */
  public static void main(String[] args) throws Exception {
    int rounds = 15;
    long cpuMillis = 400;
    List<Language> languages = List.of(Language.EN, Language.KO, Language.ZH);
    Size size = Size.MEDIUM;
    String corpus = Corpus.SEEDS;
    Path before = null;
    for (int i = 0; i < args.length; i += 2) {
      String value = args[i + 1];
      switch (args[i]) {
        case "--rounds" -> rounds = Integer.parseInt(value);
        case "--ms" -> cpuMillis = Long.parseLong(value);
        case "--lang" ->
            languages = Arrays.stream(value.split(",")).map(Language::valueOf).toList();
        case "--size" -> size = Size.valueOf(value);
        case "--corpus" -> corpus = value;
        case "--before" -> before = Path.of(value);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Corpus data = Corpus.load(corpus);
    for (Language language : languages) {
      String[] texts = size.texts(data.contents(language)).toArray(String[]::new);
      List<String> names = new ArrayList<>(List.of("policy-themes", "OpenNLP doccat"));
      List<Function<Object[], Object>> targets = new ArrayList<>();
      targets.add(new Target());
      DoccatPeer doccat = DoccatPeer.train(data.data());
      targets.add(arguments -> measure(doccat, (String[]) arguments[0], (Long) arguments[1]));
      if (before != null) {
        names.add("policy-themes before");
        targets.add(loadTarget(before));
      }
      double[][] speeds = new double[targets.size()][rounds];
      for (int round = -2; round < rounds; round++) { // two rounds of warm-up
        for (int k = 0; k < targets.size(); k++) {
          int j = (k + Math.max(round, 0)) % targets.size();
          long[] measured =
              (long[]) targets.get(j).apply(new Object[] {texts, cpuMillis * 1_000_000L, corpus});
          if (round >= 0) {
            speeds[j][round] = measured[0] / (measured[1] / 1e9) / 1e6;
          }
        }
      }
      print(language, size, names, speeds);
    }
  }

  private static void print(Language language, Size size, List<String> names, double[][] speeds) {
    System.out.printf(Locale.ROOT, "%s %s, MB/CPU-s (median):", language, size);
    for (int j = 0; j < names.size(); j++) {
      System.out.printf(Locale.ROOT, " %s %.1f;", names.get(j), median(speeds[j].clone()));
    }
    System.out.println();
    printRatio(names.get(0) + " / " + names.get(1), speeds[0], speeds[1]);
    if (names.size() > 2) {
      printRatio(names.get(0) + " / " + names.get(2), speeds[0], speeds[2]);
      printRatio(names.get(2) + " / " + names.get(1), speeds[2], speeds[1]);
    }
  }

  private static void printRatio(String name, double[] numerator, double[] denominator) {
    double[] ratios = new double[numerator.length];
    for (int r = 0; r < ratios.length; r++) {
      ratios[r] = numerator[r] / denominator[r];
    }
    Arrays.sort(ratios);
    int n = ratios.length;
    System.out.printf(
        Locale.ROOT,
        "  %s: median %.2fx, quartiles %.2f-%.2f, range %.2f-%.2f (%d rounds)%n",
        name,
        ratios[n / 2],
        ratios[n / 4],
        ratios[(3 * n) / 4],
        ratios[0],
        ratios[n - 1],
        n);
  }

  private static double median(double[] values) {
    Arrays.sort(values);
    return values[values.length / 2];
  }

  /** Loads {@link Target} over another benchmarks jar: its policy-themes, this class's code. */
  @SuppressWarnings("unchecked")
  private static Function<Object[], Object> loadTarget(Path jar) throws Exception {
    URL self = ClassifyPairedRun.class.getProtectionDomain().getCodeSource().getLocation();
    URLClassLoader loader =
        new URLClassLoader(
            new URL[] {jar.toUri().toURL(), self}, ClassLoader.getPlatformClassLoader());
    return (Function<Object[], Object>)
        loader.loadClass(Target.class.getName()).getDeclaredConstructor().newInstance();
  }

  /** Classifies texts, cycling, until the thread has used the CPU time; {bytes, CPU nanos}. */
  static long[] measure(DocumentClassifier classifier, String[] texts, long cpuNanos) {
    Article[] articles = Arrays.stream(texts).map(Article::of).toArray(Article[]::new);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    long used = 0;
    long bytes = 0;
    int sink = 0;
    for (int i = 0; used < cpuNanos; ) {
      for (int k = 0; k < 16; k++, i++) {
        Article article = articles[i % articles.length];
        sink += classifier.classify(article).hashCode();
        bytes += 2L * article.text().length();
      }
      used = threads.getCurrentThreadCpuTime() - start;
    }
    blackhole = sink;
    return new long[] {bytes, used};
  }

  /**
   * One policy-themes model, measured by {@link #measure}; public with a public constructor so that
   * {@link #loadTarget} can make one over another jar. Uses only API that the other jar has too.
   */
  public static final class Target implements Function<Object[], Object> {
    private ThemeClassifier classifier;

    /** Makes a target; the model is loaded on first use. */
    public Target() {}

    @Override
    public Object apply(Object[] arguments) {
      String corpus = (String) arguments[2];
      if (classifier == null) {
        classifier = corpus.equals(Corpus.SEEDS) ? ThemeClassifier.defaultModel() : trained(corpus);
      }
      ThemeClassifier model = classifier;
      return measure(model::classify, (String[]) arguments[0], (Long) arguments[1]);
    }

    private static ThemeClassifier trained(String corpus) {
      try {
        return ThemeTrainer.builder()
            .regularization(1.0)
            .folds(0)
            .build()
            .train(LabelledData.read(Path.of(corpus)))
            .classifier();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
