package io.github.policythemes.benchmarks;

import io.github.policythemes.classify.ClassifierBundle;
import io.github.policythemes.classify.ThemeClassifier;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long the default model takes to load: {@code cold} is the first {@link
 * ThemeClassifier#defaultModel()} call in a fresh JVM (class loading and all, what a user's first
 * call costs), one call per fork; {@code warm} reads the same bundle again and again in a warmed-up
 * JVM (the steady-state cost of {@link ClassifierBundle#read(InputStream, String)}: unzip, SHA-256
 * checks, vocabulary and weights).
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar LoadBenchmark -rf json -rff load.json
 * }</pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(
    value = 10,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class LoadBenchmark {
  /** Where the models jar keeps the default model. */
  static final String DEFAULT_MODEL = "/io/github/policythemes/training/default.ptm";

  /**
   * Loads the default model in a fresh JVM.
   *
   * @return the model
   */
  @Benchmark
  public ThemeClassifier cold() {
    return ThemeClassifier.defaultModel();
  }

  /**
   * Reads the default model's bundle in a warmed-up JVM (average time, one fork).
   *
   * @return the model
   * @throws IOException if the bundle cannot be read
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 5, time = 1)
  @Measurement(iterations = 5, time = 1)
  @Fork(
      value = 1,
      jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
  public ThemeClassifier warm() throws IOException {
    try (InputStream in = LoadBenchmark.class.getResourceAsStream(DEFAULT_MODEL)) {
      if (in == null) {
        throw new IllegalStateException(DEFAULT_MODEL + " is not on the classpath");
      }
      return ClassifierBundle.read(in, DEFAULT_MODEL);
    }
  }
}
