package io.github.policythemes.spark;

import io.github.policythemes.classify.ClassifierBundle;
import io.github.policythemes.classify.ThemeClassifier;
import io.github.policythemes.taxonomy.Taxonomy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * Where the classifiers of a Spark job come from: {@link #ship} resolves a {@code modelPath} on the
 * driver into bytes and broadcasts them; {@link #get} turns them into a classifier once per JVM.
 *
 * <p>The cache is static, so every task, thread and transformer in an executor JVM shares one
 * classifier per model (core's classifiers are immutable and thread-safe). It is keyed by the
 * SHA-256 of the shipped bytes, so the same bundle under two paths is loaded once, and a bundle
 * rewritten under the same path is a new model. Each distinct model stays loaded for the life of
 * the JVM: a few MB for the default model.
 *
 * <p>Thread-safe.
 */
final class ModelCache {
  /** The {@code modelPath} of the bundled default model. */
  static final String DEFAULT = "default";

  /** The prefix of a keyword classifier's {@code modelPath}: {@code keywords:<taxonomy>}. */
  static final String KEYWORDS = "keywords";

  private static final Map<String, ThemeClassifier> MODELS = new ConcurrentHashMap<>();
  private static final Map<String, AtomicInteger> LOADS = new ConcurrentHashMap<>();
  private static volatile byte[] defaultBytes;

  private ModelCache() {}

  /**
   * Resolves a {@code modelPath} on the driver, checks that it loads, and broadcasts its bytes.
   *
   * @param spark the session
   * @param modelPath {@code default}, {@code keywords}, {@code keywords:<id or file>}, or a {@code
   *     .ptm} file on any file system Hadoop reads ({@code file:}, {@code hdfs:}, {@code s3a:},
   *     ...)
   * @return the model to hand to the tasks
   * @throws IllegalArgumentException if the model cannot be read or is not valid (the message names
   *     it and the problem)
   */
  static ShippedModel ship(SparkSession spark, String modelPath) {
    ShippedModel.Kind kind;
    byte[] bytes;
    try {
      if (modelPath.equals(DEFAULT)) {
        kind = ShippedModel.Kind.BUNDLE;
        bytes = defaultModelBytes();
      } else if (modelPath.equals(KEYWORDS) || modelPath.startsWith(KEYWORDS + ":")) {
        kind = ShippedModel.Kind.KEYWORDS;
        String taxonomy =
            modelPath.equals(KEYWORDS) ? Taxonomy.DEFAULT_ID : modelPath.substring(9).strip();
        bytes = taxonomyBytes(spark, taxonomy);
      } else {
        kind = ShippedModel.Kind.BUNDLE;
        bytes = readFile(spark, modelPath);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "modelPath '" + modelPath + "' cannot be read: " + e.getMessage(), e);
    }
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    ShippedModel model = new ShippedModel(modelPath, kind, sha256(bytes), context.broadcast(bytes));
    try {
      decodeOnce(model.sha256(), kind, modelPath, bytes);
    } catch (UncheckedIOException e) {
      throw new IllegalArgumentException(
          "modelPath '" + modelPath + "' is not a valid model: " + e.getCause().getMessage(), e);
    }
    return model;
  }

  /**
   * Returns the classifier of a shipped model, loading it on the first call in this JVM.
   *
   * @param model the model
   * @return the shared classifier
   * @throws UncheckedIOException if the bytes are not a valid model
   */
  static ThemeClassifier get(ShippedModel model) {
    ThemeClassifier cached = MODELS.get(model.sha256());
    if (cached != null) {
      return cached;
    }
    return MODELS.computeIfAbsent(
        model.sha256(), key -> decode(key, model.kind(), model.name(), model.bytes()));
  }

  /**
   * Tells how often this JVM decoded a model, for tests and for checking a deployment.
   *
   * @param sha256 the model's key
   * @return the number of loads: 1 once it is cached, 0 before
   */
  static int loads(String sha256) {
    AtomicInteger count = LOADS.get(sha256);
    return count == null ? 0 : count.get();
  }

  private static void decodeOnce(String sha256, ShippedModel.Kind kind, String name, byte[] bytes) {
    MODELS.computeIfAbsent(sha256, key -> decode(key, kind, name, bytes));
  }

  private static ThemeClassifier decode(
      String sha256, ShippedModel.Kind kind, String name, byte[] bytes) {
    LOADS.computeIfAbsent(sha256, key -> new AtomicInteger()).incrementAndGet();
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      return switch (kind) {
        case BUNDLE -> ClassifierBundle.read(in, name);
        case KEYWORDS -> ThemeClassifier.keywords(Taxonomy.read(in, name));
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] defaultModelBytes() throws IOException {
    byte[] bytes = defaultBytes;
    if (bytes == null) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(2 << 20);
      ClassifierBundle.write(ThemeClassifier.defaultModel(), out);
      bytes = out.toByteArray();
      defaultBytes = bytes;
    }
    return bytes;
  }

  private static byte[] taxonomyBytes(SparkSession spark, String idOrFile) throws IOException {
    Taxonomy taxonomy;
    if (Taxonomy.builtInIds().contains(idOrFile)) {
      taxonomy = Taxonomy.builtIn(idOrFile);
    } else {
      try (InputStream in = new ByteArrayInputStream(readFile(spark, idOrFile))) {
        taxonomy = Taxonomy.read(in, idOrFile);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    taxonomy.write(out);
    return out.toByteArray();
  }

  private static byte[] readFile(SparkSession spark, String file) throws IOException {
    Path path = new Path(file);
    FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
    try (InputStream in = fs.open(path)) {
      return in.readAllBytes();
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
