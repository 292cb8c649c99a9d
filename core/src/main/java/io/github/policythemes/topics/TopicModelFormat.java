package io.github.policythemes.topics;

import io.github.policythemes.PolicyThemes;
import io.github.policythemes.bundle.Bundle;
import io.github.policythemes.bundle.BundleFormat;
import io.github.policythemes.bundle.Manifest;
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
import java.util.Arrays;
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
  private static final BundleFormat BUNDLE =
      new BundleFormat(TopicModel.FORMAT, TopicModel.FORMAT_VERSION, PolicyThemes.version());

  private TopicModelFormat() {}

  static void write(TopicModel model, Path file) throws IOException {
    Bundle.Writer writer = Bundle.writer(BUNDLE);
    Manifest.Builder manifest = writer.manifest();
    int k = model.numTopics();
    manifest.put("topics", k);
    manifest.put("vocabularySize", model.vocabulary.size());
    manifest.put("beta", model.beta);
    manifest.put("seed", model.seed);
    manifest.putNumbers("alpha", Arrays.copyOf(model.alpha, k));
    manifest.putTexts("themeIds", Arrays.asList(model.themeIds).subList(0, k));
    manifest.putNumbers("umass", Arrays.copyOf(model.umass, k));
    manifest.putNumbers("npmi", Arrays.copyOf(model.npmi, k));
    writeMetadata(manifest.section("metadata"), model.metadata);
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
    Bundle bundle = Bundle.read(in, source, BUNDLE);
    Manifest manifest = bundle.manifest();
    try {
      int k = requireInt(manifest, "topics", source);
      Vocabulary vocabulary = readVocabulary(bundle.entry("vocabulary.bin"));
      int[] nwt = readCounts(bundle.entry("counts.bin"), k, vocabulary.size(), source);
      SeedPrior prior = readSeeds(bundle.entry("seeds.bin"), vocabulary.size(), k);
      double[] alpha = doubles(manifest, "alpha", k, source);
      String[] themeIds =
          requireList(manifest, "themeIds", k, source).textList("themeIds").toArray(String[]::new);
      return new TopicModel(
          vocabulary,
          alpha,
          manifest.number("beta", 0),
          prior,
          nwt,
          themeIds,
          doubles(manifest, "umass", k, source),
          doubles(manifest, "npmi", k, source),
          manifest.longInteger("seed", 0),
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

  private static void writeMetadata(Manifest.Builder node, ModelMetadata metadata) {
    node.put("algorithm", metadata.algorithm());
    node.put("createdAt", metadata.createdAt() == null ? "" : metadata.createdAt().toString());
    node.put("trainingDocuments", metadata.trainingDocuments());
    node.put("trainingSha256", metadata.trainingSha256());
    node.putTexts("parameters", metadata.parameters());
    node.putTexts("analysis", metadata.analysis());
    Map<String, Double> measured = new LinkedHashMap<>();
    metadata
        .metrics()
        .forEach(
            (name, value) -> {
              if (Double.isFinite(value)) {
                measured.put(name, value);
              }
            });
    node.putNumbers("metrics", measured);
  }

  private static ModelMetadata readMetadata(Manifest manifest, int formatVersion)
      throws IOException {
    Manifest node = manifest.section("metadata");
    Instant created = null;
    String createdText = node.text("createdAt", "");
    if (!createdText.isEmpty()) {
      try {
        created = Instant.parse(createdText);
      } catch (DateTimeParseException e) {
        throw new IOException("bad createdAt '" + createdText + "'", e);
      }
    }
    return new ModelMetadata(
        formatVersion,
        manifest.text("libraryVersion", "unknown"),
        created,
        node.text("algorithm", "lda"),
        node.textMap("parameters"),
        node.textMap("analysis"),
        node.integer("trainingDocuments", 0),
        node.text("trainingSha256", ""),
        node.numberMap("metrics"),
        Map.of());
  }

  private static int requireInt(Manifest manifest, String field, String source)
      throws ModelFormatException {
    int value = manifest.integerValue(field).orElse(0);
    if (value < 1) {
      throw new ModelFormatException(source, "manifest has no valid '" + field + "'");
    }
    return value;
  }

  private static Manifest requireList(Manifest manifest, String field, int size, String source)
      throws ModelFormatException {
    if (!manifest.isList(field) || manifest.textList(field).size() != size) {
      throw new ModelFormatException(
          source, "manifest field '" + field + "' is not an array of " + size);
    }
    return manifest;
  }

  private static double[] doubles(Manifest manifest, String field, int size, String source)
      throws ModelFormatException {
    return requireList(manifest, field, size, source).numberList(field);
  }
}
