package io.github.policythemes.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.policythemes.analysis.Chain;
import io.github.policythemes.analysis.Language;
import io.github.policythemes.bundle.Bundle;
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
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes model bundles ({@code .ptm}): a {@link Bundle} with the manifest (format and
 * library versions, taxonomy, analysis and feature settings, algorithm and hyper-parameters,
 * training-data count and SHA-256, cross-validated metrics, thresholds, creation time), the
 * taxonomy, the vocabulary and the weights, every entry with its SHA-256.
 *
 * <p>Format version 1 holds a linear model or an OpenNLP doccat model. Linear: {@code
 * vocabulary.bin}, and {@code weights.bin} with the feature count and theme count as big-endian
 * ints, then {@code features x themes} floats row-major by feature, then one bias float per theme.
 * Doccat: {@code doccat.bin} in OpenNLP's own serialisation. Loading needs nothing but core: no
 * Smile. Thread-safe (no state).
 */
public final class ModelBundle {
  /** The {@code format} value of model bundles. */
  public static final String FORMAT = "policy-themes-model";

  /** The newest format version this library reads and the one it writes. */
  public static final int FORMAT_VERSION = 1;

  private ModelBundle() {}

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
    return decode(Bundle.read(file, FORMAT, FORMAT_VERSION));
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
    return decode(Bundle.read(in, source, FORMAT, FORMAT_VERSION));
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
    Bundle.Writer writer = Bundle.writer(FORMAT, FORMAT_VERSION);
    ObjectNode manifest = writer.manifest();
    writeCommon(manifest, classifier);
    ByteArrayOutputStream taxonomyJson = new ByteArrayOutputStream();
    classifier.taxonomy().write(taxonomyJson);
    writer.entry("taxonomy.json", taxonomyJson.toByteArray());
    ObjectNode thresholds = manifest.putObject("thresholds");
    if (classifier instanceof LinearThemeClassifier linear) {
      manifest.put("output", linear.output().name().toLowerCase(java.util.Locale.ROOT));
      writeFeatures(manifest.putObject("features"), linear.extractor());
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

  private static void writeCommon(ObjectNode manifest, ThemeClassifier classifier) {
    ModelMetadata metadata = classifier.metadata();
    Taxonomy taxonomy = classifier.taxonomy();
    Instant created = metadata.createdAt() != null ? metadata.createdAt() : Instant.now();
    manifest.put("createdAt", created.toString());
    manifest.put("algorithm", metadata.algorithm());
    putStrings(manifest.putObject("parameters"), metadata.parameters());
    ObjectNode taxonomyNode = manifest.putObject("taxonomy");
    taxonomyNode.put("id", taxonomy.id());
    taxonomyNode.put("version", taxonomy.version());
    taxonomyNode.put("multiLabel", taxonomy.multiLabel());
    taxonomy.themeIds().forEach(manifest.putArray("labels")::add);
    putStrings(manifest.putObject("analysis"), metadata.analysis());
    ObjectNode training = manifest.putObject("training");
    training.put("documents", metadata.trainingDocuments());
    training.put("sha256", metadata.trainingSha256());
    metadata.metrics().forEach(manifest.putObject("metrics")::put);
  }

  private static void writeFeatures(ObjectNode node, FeatureExtractor extractor) {
    FeatureSettings settings = extractor.settings();
    ObjectNode chains = node.putObject("chains");
    settings.chains().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> chains.put(e.getKey().code(), e.getValue().name().toLowerCase()));
    node.put("fallback", settings.fallback().name().toLowerCase());
    node.put("ngrams", settings.ngrams());
    node.put("sublinearTf", settings.sublinearTf());
    node.put("minDf", settings.minDf());
    node.put("maxFeatures", settings.maxFeatures());
    node.put("size", extractor.vocabulary().size());
  }

  private static byte[] weights(LinearThemeClassifier classifier) {
    float[] weights = classifier.weights();
    float[] bias = classifier.bias();
    ByteBuffer buffer = ByteBuffer.allocate(8 + 4 * (weights.length + bias.length));
    buffer.putInt(classifier.extractor().vocabulary().size());
    buffer.putInt(bias.length);
    buffer.asFloatBuffer().put(weights).put(bias);
    return buffer.array();
  }

  private static ThemeClassifier decode(Bundle bundle) throws ModelFormatException {
    String source = bundle.source();
    ObjectNode manifest = bundle.manifest();
    try {
      Taxonomy taxonomy =
          Taxonomy.read(new ByteArrayInputStream(bundle.entry("taxonomy.json")), source);
      if (!taxonomy.themeIds().equals(strings(manifest.path("labels")))) {
        throw new ModelFormatException(source, "labels do not match the taxonomy entry");
      }
      ModelMetadata metadata = metadata(bundle.formatVersion(), manifest);
      if (metadata.algorithm().equals("doccat")) {
        return DoccatThemeClassifier.of(
            taxonomy, DoccatThemeClassifier.readModel(bundle.entry("doccat.bin")), metadata);
      }
      Vocabulary vocabulary = Vocabulary.read(bundle.entry("vocabulary.bin"));
      FeatureSettings settings = readFeatures(manifest.path("features"), source);
      int themes = taxonomy.themes().size();
      ByteBuffer weights = ByteBuffer.wrap(bundle.entry("weights.bin"));
      if (weights.remaining() < 8
          || weights.getInt() != vocabulary.size()
          || weights.getInt() != themes
          || weights.remaining() != 4L * ((long) vocabulary.size() * themes + themes)) {
        throw new ModelFormatException(source, "weights.bin does not fit the vocabulary");
      }
      float[] matrix = new float[vocabulary.size() * themes];
      float[] bias = new float[themes];
      weights.asFloatBuffer().get(matrix).get(bias);
      double[] thresholds = new double[themes];
      for (int t = 0; t < themes; t++) {
        thresholds[t] = manifest.path("thresholds").path(taxonomy.themeIds().get(t)).asDouble(0.5);
      }
      LinearThemeClassifier.Output output =
          LinearThemeClassifier.Output.valueOf(manifest.path("output").asText("").toUpperCase());
      return LinearThemeClassifier.of(
          taxonomy,
          new FeatureExtractor(settings, vocabulary),
          matrix,
          bias,
          thresholds,
          output,
          metadata);
    } catch (ModelFormatException e) {
      throw e;
    } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
      throw new ModelFormatException(source, "inconsistent model: " + e.getMessage(), e);
    }
  }

  private static FeatureSettings readFeatures(JsonNode node, String source)
      throws ModelFormatException {
    if (!node.isObject()) {
      throw new ModelFormatException(source, "manifest has no feature settings");
    }
    Map<Language, Chain> chains = new EnumMap<>(Language.class);
    for (Iterator<Map.Entry<String, JsonNode>> it = node.path("chains").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      chains.put(Language.fromCode(entry.getKey()), Chain.parse(entry.getValue().asText()));
    }
    return new FeatureSettings(
        chains,
        Chain.parse(node.path("fallback").asText()),
        node.path("ngrams").asInt(),
        node.path("sublinearTf").asBoolean(),
        node.path("minDf").asInt(),
        node.path("maxFeatures").asInt());
  }

  private static ModelMetadata metadata(int formatVersion, ObjectNode manifest) {
    Map<String, Double> metrics = new LinkedHashMap<>();
    manifest
        .path("metrics")
        .fields()
        .forEachRemaining(e -> metrics.put(e.getKey(), e.getValue().asDouble()));
    Map<String, Double> thresholds = new LinkedHashMap<>();
    manifest
        .path("thresholds")
        .fields()
        .forEachRemaining(e -> thresholds.put(e.getKey(), e.getValue().asDouble()));
    Map<String, String> analysis = texts(manifest.path("analysis"));
    if (!analysis.containsKey("features")) {
      // JsonNode.toString() builds an ObjectMapper: a quarter of a second in a fresh JVM
      analysis.put("features", manifest.path("features").toString());
    }
    return new ModelMetadata(
        formatVersion,
        manifest.path("libraryVersion").asText(),
        Instant.parse(manifest.path("createdAt").asText()),
        manifest.path("algorithm").asText(),
        texts(manifest.path("parameters")),
        analysis,
        manifest.path("training").path("documents").asInt(),
        manifest.path("training").path("sha256").asText(),
        metrics,
        thresholds);
  }

  private static Map<String, String> texts(JsonNode node) {
    Map<String, String> map = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
    return map;
  }

  private static List<String> strings(JsonNode array) {
    List<String> list = new java.util.ArrayList<>();
    array.forEach(node -> list.add(node.asText()));
    return list;
  }

  private static void putStrings(ObjectNode node, Map<String, String> values) {
    values.forEach(node::put);
  }
}
