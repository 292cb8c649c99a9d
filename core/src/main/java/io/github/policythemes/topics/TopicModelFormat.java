package io.github.policythemes.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.policythemes.bundle.Bundle;
import io.github.policythemes.bundle.ModelFormatException;
import io.github.policythemes.classify.ModelMetadata;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes and reads topic models as bundles of kind {@value TopicModel#FORMAT}.
 *
 * <p>Version 1 entries: {@code vocabulary.bin} (count, then per term its analysed form, surface
 * form and document frequency), {@code counts.bin} (K, V, then per word its non-zero topic counts
 * as (topic, count) pairs), {@code seeds.bin} (the seed prior: V + 1 offsets, then (topic, weight)
 * per entry). The manifest holds alpha, beta, the theme per topic, coherence, the seed and the
 * metadata.
 */
final class TopicModelFormat {
  private TopicModelFormat() {}

  static void write(TopicModel model, Path file) throws IOException {
    Bundle.Writer writer = Bundle.writer(TopicModel.FORMAT, TopicModel.FORMAT_VERSION);
    ObjectNode manifest = writer.manifest();
    int k = model.numTopics();
    manifest.put("topics", k);
    manifest.put("vocabularySize", model.vocabulary.size());
    manifest.put("beta", model.beta);
    manifest.put("seed", model.seed);
    ArrayNode alpha = manifest.putArray("alpha");
    ArrayNode themes = manifest.putArray("themeIds");
    ArrayNode umass = manifest.putArray("umass");
    ArrayNode npmi = manifest.putArray("npmi");
    for (int t = 0; t < k; t++) {
      alpha.add(model.alpha[t]);
      themes.add(model.themeIds[t]);
      addNumber(umass, model.umass[t]);
      addNumber(npmi, model.npmi[t]);
    }
    writeMetadata(manifest.putObject("metadata"), model.metadata);
    writer.entry("vocabulary.bin", vocabulary(model.vocabulary));
    writer.entry("counts.bin", counts(model));
    writer.entry("seeds.bin", seeds(model.prior));
    writer.write(file);
  }

  static TopicModel read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  static TopicModel read(InputStream in, String source) throws IOException {
    Bundle bundle = Bundle.read(in, source, TopicModel.FORMAT, TopicModel.FORMAT_VERSION);
    ObjectNode manifest = bundle.manifest();
    try {
      int k = requireInt(manifest, "topics", source);
      Vocabulary vocabulary = readVocabulary(bundle.entry("vocabulary.bin"));
      int[] nwt = readCounts(bundle.entry("counts.bin"), k, vocabulary.size(), source);
      SeedPrior prior = readSeeds(bundle.entry("seeds.bin"), vocabulary.size(), k);
      double[] alpha = doubles(manifest, "alpha", k, source);
      String[] themeIds = new String[k];
      for (int t = 0; t < k; t++) {
        themeIds[t] = array(manifest, "themeIds", k, source).get(t).asText();
      }
      return new TopicModel(
          vocabulary,
          alpha,
          manifest.path("beta").asDouble(),
          prior,
          nwt,
          themeIds,
          doubles(manifest, "umass", k, source),
          doubles(manifest, "npmi", k, source),
          manifest.path("seed").asLong(),
          readMetadata(manifest, bundle.formatVersion()));
    } catch (IOException | IllegalArgumentException | IndexOutOfBoundsException e) {
      if (e instanceof ModelFormatException m) {
        throw m;
      }
      throw new ModelFormatException(source, "topic model data is damaged: " + e.getMessage(), e);
    }
  }

  private static byte[] vocabulary(Vocabulary vocabulary) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(vocabulary.size());
      for (int w = 0; w < vocabulary.size(); w++) {
        out.writeUTF(vocabulary.term(w));
        out.writeUTF(vocabulary.surface(w));
        out.writeInt(vocabulary.documentFrequency(w));
      }
    }
    return bytes.toByteArray();
  }

  private static Vocabulary readVocabulary(byte[] bytes) throws IOException {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      int size = in.readInt();
      if (size < 0 || size > bytes.length) {
        throw new IOException("vocabulary size " + size);
      }
      String[] terms = new String[size];
      String[] surfaces = new String[size];
      int[] df = new int[size];
      for (int w = 0; w < size; w++) {
        terms[w] = in.readUTF();
        surfaces[w] = in.readUTF();
        df[w] = in.readInt();
      }
      return new Vocabulary(terms, surfaces, df);
    }
  }

  private static byte[] counts(TopicModel model) throws IOException {
    int k = model.numTopics();
    int v = model.vocabulary.size();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(k);
      out.writeInt(v);
      for (int w = 0; w < v; w++) {
        int nonZero = 0;
        for (int t = 0; t < k; t++) {
          nonZero += model.nwt[w * k + t] != 0 ? 1 : 0;
        }
        out.writeShort(nonZero);
        for (int t = 0; t < k; t++) {
          int count = model.nwt[w * k + t];
          if (count != 0) {
            out.writeShort(t);
            out.writeInt(count);
          }
        }
      }
    }
    return bytes.toByteArray();
  }

  private static int[] readCounts(byte[] bytes, int k, int v, String source) throws IOException {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (in.readInt() != k || in.readInt() != v) {
        throw new ModelFormatException(source, "counts.bin does not match the manifest");
      }
      int[] nwt = new int[k * v];
      for (int w = 0; w < v; w++) {
        int nonZero = in.readUnsignedShort();
        for (int j = 0; j < nonZero; j++) {
          int t = in.readUnsignedShort();
          int count = in.readInt();
          if (t >= k || count < 0) {
            throw new ModelFormatException(source, "counts.bin has a bad entry");
          }
          nwt[w * k + t] = count;
        }
      }
      return nwt;
    }
  }

  private static byte[] seeds(SeedPrior prior) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(prior.start.length);
      for (int s : prior.start) {
        out.writeInt(s);
      }
      for (int p = 0; p < prior.topics.length; p++) {
        out.writeInt(prior.topics[p]);
        out.writeDouble(prior.weights[p]);
      }
    }
    return bytes.toByteArray();
  }

  private static SeedPrior readSeeds(byte[] bytes, int v, int k) throws IOException {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      int length = in.readInt();
      if (length != v + 1) {
        throw new IOException("seeds.bin has " + length + " offsets for " + v + " terms");
      }
      int[] start = new int[length];
      for (int w = 0; w < length; w++) {
        start[w] = in.readInt();
        if (start[w] < 0 || (w > 0 && start[w] < start[w - 1])) {
          throw new IOException("seeds.bin offsets are not increasing");
        }
      }
      int entries = start[v];
      if (entries > bytes.length) {
        throw new IOException("seeds.bin claims " + entries + " entries");
      }
      int[] topics = new int[entries];
      double[] weights = new double[entries];
      for (int p = 0; p < entries; p++) {
        topics[p] = in.readInt();
        weights[p] = in.readDouble();
      }
      return new SeedPrior(start, topics, weights, k);
    }
  }

  private static void writeMetadata(ObjectNode node, ModelMetadata metadata) {
    node.put("algorithm", metadata.algorithm());
    node.put("createdAt", metadata.createdAt() == null ? "" : metadata.createdAt().toString());
    node.put("trainingDocuments", metadata.trainingDocuments());
    node.put("trainingSha256", metadata.trainingSha256());
    ObjectNode parameters = node.putObject("parameters");
    metadata.parameters().forEach(parameters::put);
    ObjectNode analysis = node.putObject("analysis");
    metadata.analysis().forEach(analysis::put);
    ObjectNode metrics = node.putObject("metrics");
    metadata
        .metrics()
        .forEach(
            (name, value) -> {
              if (Double.isFinite(value)) {
                metrics.put(name, value);
              }
            });
  }

  /** JSON has no NaN: a value that was not measured is written as null. */
  private static void addNumber(ArrayNode array, double value) {
    if (Double.isFinite(value)) {
      array.add(value);
    } else {
      array.addNull();
    }
  }

  private static ModelMetadata readMetadata(JsonNode manifest, int formatVersion)
      throws IOException {
    JsonNode node = manifest.path("metadata");
    Instant created = null;
    String createdText = node.path("createdAt").asText("");
    if (!createdText.isEmpty()) {
      try {
        created = Instant.parse(createdText);
      } catch (DateTimeParseException e) {
        throw new IOException("bad createdAt '" + createdText + "'", e);
      }
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    fields(node.path("parameters"))
        .forEachRemaining(f -> parameters.put(f.getKey(), f.getValue().asText()));
    Map<String, String> analysis = new LinkedHashMap<>();
    fields(node.path("analysis"))
        .forEachRemaining(f -> analysis.put(f.getKey(), f.getValue().asText()));
    Map<String, Double> metrics = new LinkedHashMap<>();
    fields(node.path("metrics"))
        .forEachRemaining(f -> metrics.put(f.getKey(), f.getValue().asDouble()));
    return new ModelMetadata(
        formatVersion,
        manifest.path("libraryVersion").asText("unknown"),
        created,
        node.path("algorithm").asText("lda"),
        parameters,
        analysis,
        node.path("trainingDocuments").asInt(),
        node.path("trainingSha256").asText(""),
        metrics,
        Map.of());
  }

  private static Iterator<Map.Entry<String, JsonNode>> fields(JsonNode node) {
    return node.fields();
  }

  private static int requireInt(JsonNode manifest, String field, String source)
      throws ModelFormatException {
    JsonNode value = manifest.get(field);
    if (value == null || !value.canConvertToInt() || value.intValue() < 1) {
      throw new ModelFormatException(source, "manifest has no valid '" + field + "'");
    }
    return value.intValue();
  }

  private static JsonNode array(JsonNode manifest, String field, int size, String source)
      throws ModelFormatException {
    JsonNode array = manifest.get(field);
    if (array == null || !array.isArray() || array.size() != size) {
      throw new ModelFormatException(
          source, "manifest field '" + field + "' is not an array of " + size);
    }
    return array;
  }

  private static double[] doubles(JsonNode manifest, String field, int size, String source)
      throws ModelFormatException {
    JsonNode array = array(manifest, field, size, source);
    double[] values = new double[size];
    for (int i = 0; i < size; i++) {
      values[i] = array.get(i).isNumber() ? array.get(i).doubleValue() : Double.NaN;
    }
    return values;
  }
}
