package io.github.policythemes.classify;

import io.github.policythemes.PolicyThemes;
import io.github.policythemes.analysis.Chain;
import io.github.policythemes.analysis.Language;
import io.github.policythemes.bundle.Bundle;
import io.github.policythemes.bundle.BundleFormat;
import io.github.policythemes.bundle.Manifest;
import io.github.policythemes.bundle.ModelFormatException;
import io.github.policythemes.features.FeatureExtractor;
import io.github.policythemes.features.FeatureSettings;
import io.github.policythemes.features.Vocabulary;
import io.github.policythemes.taxonomy.Taxonomy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The classifier codec: reads and writes model bundles ({@code .ptm}), a {@link Bundle} with the
 * manifest (format and library versions, taxonomy, analysis and feature settings, algorithm and
 * hyper-parameters, training-data count and SHA-256, cross-validated metrics, thresholds, creation
 * time), the taxonomy, the vocabulary and the weights, every entry with its SHA-256.
 *
 * <p>Format version 1 holds a linear model or an OpenNLP doccat model. Linear: {@code
 * vocabulary.bin}, and {@code weights.bin} with the feature count and theme count as big-endian
 * ints, then {@code features x themes} floats row-major by feature, then one bias float per theme.
 * Doccat: {@code doccat.bin} in OpenNLP's own serialisation. Loading needs nothing but core: no
 * Smile. Thread-safe (no state).
 */
public final class ClassifierBundle {
  /** The {@code format} value of model bundles. */
  public static final String FORMAT = "policy-themes-model";

  /** The newest format version this library reads and the one it writes. */
  public static final int FORMAT_VERSION = 1;

  private static final BundleFormat BUNDLE =
      new BundleFormat(FORMAT, FORMAT_VERSION, PolicyThemes.version());

  private ClassifierBundle() {}

  /**
   * Loads a model bundle file.
   *
   * @param file the {@code .ptm} file
   * @return the classifier
   * @throws ModelFormatException if the file is truncated, altered, of a newer format or otherwise
   *     not a model bundle; the message names the file and the problem
   * @throws IOException if the file cannot be read
   */
  public static ThemeClassifier read(Path file) throws IOException {
    return decode(Bundle.read(file, BUNDLE));
  }

  /**
   * Loads a model bundle from a stream.
   *
   * @param in the stream; not closed
   * @param source the name to use in messages
   * @return the classifier
   * @throws ModelFormatException if the bytes are not a valid model bundle
   * @throws IOException if the stream cannot be read
   */
  public static ThemeClassifier read(InputStream in, String source) throws IOException {
    return decode(Bundle.read(in, source, BUNDLE));
  }

  /**
   * Writes a trained classifier (linear or doccat) as a model bundle, through a temporary file.
   *
   * @param classifier the classifier
   * @param file the target file
   * @throws IOException if writing fails
   * @throws IllegalArgumentException for a classifier that is not saved as a bundle (the keyword
   *     classifier is made from its taxonomy instead)
   */
  public static void write(ThemeClassifier classifier, Path file) throws IOException {
    encode(classifier).write(file);
  }

  /**
   * Writes a trained classifier (linear or doccat) as a model bundle to a stream.
   *
   * @param classifier the classifier
   * @param out the stream; not closed
   * @throws IOException if writing fails
   * @throws IllegalArgumentException for a classifier that is not saved as a bundle
   */
  public static void write(ThemeClassifier classifier, OutputStream out) throws IOException {
    encode(classifier).write(out);
  }

  private static Bundle.Writer encode(ThemeClassifier classifier) throws IOException {
    Bundle.Writer writer = Bundle.writer(BUNDLE);
    Manifest.Builder manifest = writer.manifest();
    writeCommon(manifest, classifier);
    ByteArrayOutputStream taxonomyJson = new ByteArrayOutputStream();
    classifier.taxonomy().write(taxonomyJson);
    writer.entry("taxonomy.json", taxonomyJson.toByteArray());
    Manifest.Builder thresholds = manifest.section("thresholds");
    if (classifier instanceof LinearThemeClassifier linear) {
      manifest.put("output", linear.output().name().toLowerCase(java.util.Locale.ROOT));
      writeFeatures(manifest.section("features"), linear.extractor());
      double[] values = linear.thresholds();
      for (int t = 0; t < values.length; t++) {
        thresholds.put(linear.taxonomy().themeIds().get(t), values[t]);
      }
      writer.entry("vocabulary.bin", linear.extractor().vocabulary().toBytes());
      writer.entry("weights.bin", weights(linear));
    } else if (classifier instanceof DoccatThemeClassifier doccat) {
      manifest.put("output", "softmax");
      writer.entry("doccat.bin", doccat.modelBytes());
    } else {
      throw new IllegalArgumentException(
          classifier + " is not saved as a bundle: keyword classifiers are made from a taxonomy");
    }
    return writer;
  }

  private static void writeCommon(Manifest.Builder manifest, ThemeClassifier classifier) {
    ModelMetadata metadata = classifier.metadata();
    Taxonomy taxonomy = classifier.taxonomy();
    if (metadata.createdAt() != null) {
      // omitted when unknown, never "now": the same training gives the same bytes
      manifest.put("createdAt", metadata.createdAt().toString());
    }
    manifest.put("algorithm", metadata.algorithm());
    manifest.putTexts("parameters", metadata.parameters());
    manifest
        .section("taxonomy")
        .put("id", taxonomy.id())
        .put("version", taxonomy.version())
        .put("multiLabel", taxonomy.multiLabel());
    manifest.putTexts("labels", taxonomy.themeIds());
    manifest.putTexts("analysis", metadata.analysis());
    manifest
        .section("training")
        .put("documents", metadata.trainingDocuments())
        .put("sha256", metadata.trainingSha256());
    manifest.putNumbers("metrics", metadata.metrics());
  }

  private static void writeFeatures(Manifest.Builder node, FeatureExtractor extractor) {
    FeatureSettings settings = extractor.settings();
    Manifest.Builder chains = node.section("chains");
    settings.chains().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> chains.put(e.getKey().code(), e.getValue().name().toLowerCase()));
    node.put("fallback", settings.fallback().name().toLowerCase());
    node.put("ngrams", settings.ngrams());
    node.put("sublinearTf", settings.sublinearTf());
    node.put("minDf", settings.minDf());
    node.put("maxFeatures", settings.maxFeatures());
    if (settings.keywordFeatures()) {
      node.put("keywordScale", settings.keywordScale());
    }
    node.put("size", extractor.vocabulary().size());
  }

  private static byte[] weights(LinearThemeClassifier classifier) {
    float[] weights = classifier.weights();
    float[] bias = classifier.bias();
    ByteBuffer buffer = ByteBuffer.allocate(8 + 4 * (weights.length + bias.length));
    buffer.putInt(classifier.extractor().featureCount());
    buffer.putInt(bias.length);
    buffer.asFloatBuffer().put(weights).put(bias);
    return buffer.array();
  }

  private static ThemeClassifier decode(Bundle bundle) throws ModelFormatException {
    String source = bundle.source();
    Manifest manifest = bundle.manifest();
    try {
      Taxonomy taxonomy =
          Taxonomy.read(new ByteArrayInputStream(bundle.entry("taxonomy.json")), source);
      if (!taxonomy.themeIds().equals(manifest.textList("labels"))) {
        throw new ModelFormatException(source, "labels do not match the taxonomy entry");
      }
      ModelMetadata metadata = metadata(bundle.formatVersion(), manifest);
      if (metadata.algorithm().equals("doccat")) {
        return DoccatThemeClassifier.of(
            taxonomy, DoccatThemeClassifier.readModel(bundle.entry("doccat.bin")), metadata);
      }
      Vocabulary vocabulary = Vocabulary.read(bundle.entry("vocabulary.bin"));
      FeatureSettings settings = readFeatures(manifest, source);
      int themes = taxonomy.themes().size();
      LinearThemeClassifier.Output output = output(manifest.text("output", ""), source);
      int columns = themes + (output == LinearThemeClassifier.Output.GATED_SIGMOID ? 1 : 0);
      FeatureExtractor extractor = new FeatureExtractor(settings, vocabulary, taxonomy);
      int features = extractor.featureCount();
      ByteBuffer weights = ByteBuffer.wrap(bundle.entry("weights.bin"));
      if (weights.remaining() < 8
          || weights.getInt() != features
          || weights.getInt() != columns
          || weights.remaining() != 4L * ((long) features * columns + columns)) {
        throw new ModelFormatException(source, "weights.bin does not fit the vocabulary");
      }
      float[] matrix = new float[features * columns];
      float[] bias = new float[columns];
      weights.asFloatBuffer().get(matrix).get(bias);
      double[] thresholds = new double[themes];
      // a single-label model assigns its top theme whatever its score: bundles written before
      // thresholds applied to single-label models hold 0.5 there, which must not start to count
      for (int t = 0; t < themes && output != LinearThemeClassifier.Output.SOFTMAX; t++) {
        thresholds[t] = manifest.section("thresholds").number(taxonomy.themeIds().get(t), 0.5);
      }
      return LinearThemeClassifier.of(
          taxonomy, extractor, matrix, bias, thresholds, output, metadata);
    } catch (ModelFormatException e) {
      throw e;
    } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
      throw new ModelFormatException(source, "inconsistent model: " + e.getMessage(), e);
    }
  }

  private static LinearThemeClassifier.Output output(String name, String source)
      throws ModelFormatException {
    for (LinearThemeClassifier.Output output : LinearThemeClassifier.Output.values()) {
      if (output.name().equalsIgnoreCase(name)) {
        return output;
      }
    }
    throw new ModelFormatException(source, "unknown output '" + name + "' in the manifest");
  }

  private static FeatureSettings readFeatures(Manifest manifest, String source)
      throws ModelFormatException {
    if (!manifest.isSection("features")) {
      throw new ModelFormatException(source, "manifest has no feature settings");
    }
    Manifest node = manifest.section("features");
    Map<Language, Chain> chains = new EnumMap<>(Language.class);
    node.textMap("chains")
        .forEach((code, chain) -> chains.put(Language.fromCode(code), Chain.parse(chain)));
    return new FeatureSettings(
        chains,
        Chain.parse(node.text("fallback", "")),
        node.integer("ngrams", 0),
        node.bool("sublinearTf", false),
        node.integer("minDf", 0),
        node.integer("maxFeatures", 0),
        node.number("keywordScale", 0));
  }

  private static ModelMetadata metadata(int formatVersion, Manifest manifest) {
    Map<String, String> analysis = new LinkedHashMap<>(manifest.textMap("analysis"));
    if (!analysis.containsKey("features")) {
      // JsonNode.toString() builds an ObjectMapper: a quarter of a second in a fresh JVM
      analysis.put("features", manifest.json("features"));
    }
    Manifest training = manifest.section("training");
    return new ModelMetadata(
        formatVersion,
        manifest.libraryVersion(),
        manifest.has("createdAt") ? Instant.parse(manifest.text("createdAt", "")) : null,
        manifest.text("algorithm", ""),
        manifest.textMap("parameters"),
        analysis,
        training.integer("documents", 0),
        training.text("sha256", ""),
        manifest.numberMap("metrics"),
        manifest.numberMap("thresholds"));
  }
}
