package io.github.policythemes.index;

import io.github.policythemes.classify.ModelMetadata;
import io.github.policythemes.classify.ThemeClassifier;
import io.github.policythemes.taxonomy.Taxonomy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The model that classified the articles of a {@link ThemeIndex}: the index records it when it is
 * created, every article carries its {@link #id()}, and adding articles classified by another model
 * is refused until a {@linkplain ThemeIndex#reindex reindex}.
 *
 * <p>The id is a fingerprint of what makes the model's results: the taxonomy (id, version, themes),
 * the algorithm and its settings, the analysis settings, the training data's digest, the thresholds
 * and the creation time. The same bundle always has the same id; a retrained one has another.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the fingerprint, 16 hex digits
 * @param taxonomyId the taxonomy's id, e.g. {@code regional-governance}
 * @param taxonomyVersion the taxonomy's version
 * @param themeIds the taxonomy's theme ids, in its order
 * @param algorithm the algorithm, e.g. {@code svm} or {@code keyword}
 * @param libraryVersion the policy-themes version that made the model
 * @param createdAt when the model was made (ISO instant), empty for one made in memory
 * @param trainingSha256 the SHA-256 of its training data, empty when none
 */
public record IndexedModel(
    String id,
    String taxonomyId,
    String taxonomyVersion,
    List<String> themeIds,
    String algorithm,
    String libraryVersion,
    String createdAt,
    String trainingSha256) {
  /**
   * Validates and copies.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the id is blank or there are no themes
   */
  public IndexedModel {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(taxonomyId, "taxonomyId");
    Objects.requireNonNull(taxonomyVersion, "taxonomyVersion");
    themeIds = List.copyOf(themeIds);
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(libraryVersion, "libraryVersion");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(trainingSha256, "trainingSha256");
    if (id.isBlank()) {
      throw new IllegalArgumentException("model id is blank");
    }
    if (themeIds.isEmpty()) {
      throw new IllegalArgumentException("model " + id + " has no themes");
    }
  }

  /**
   * Describes a classifier.
   *
   * @param classifier the classifier
   * @return its record, with the fingerprint computed from its taxonomy and metadata
   */
  public static IndexedModel of(ThemeClassifier classifier) {
    Taxonomy taxonomy = classifier.taxonomy();
    ModelMetadata meta = classifier.metadata();
    String created = meta.createdAt() == null ? "" : meta.createdAt().toString();
    StringBuilder key = new StringBuilder();
    key.append(taxonomy.id()).append('\n').append(taxonomy.version()).append('\n');
    key.append(taxonomy.themeIds()).append('\n').append(meta.algorithm()).append('\n');
    key.append(new TreeMap<>(meta.parameters())).append('\n');
    key.append(new TreeMap<>(meta.analysis())).append('\n');
    key.append(meta.trainingDocuments()).append('\n').append(meta.trainingSha256()).append('\n');
    key.append(new TreeMap<>(meta.thresholds())).append('\n').append(created);
    return new IndexedModel(
        fingerprint(key.toString()),
        taxonomy.id(),
        taxonomy.version(),
        taxonomy.themeIds(),
        meta.algorithm(),
        meta.libraryVersion(),
        created,
        meta.trainingSha256());
  }

  /**
   * Describes the model for a person: {@code svm on regional-governance 1.0 (id 3f2a...)}.
   *
   * @return the description
   */
  public String describe() {
    return algorithm
        + " on "
        + taxonomyId
        + " "
        + taxonomyVersion
        + (createdAt.isEmpty() ? "" : ", made " + createdAt)
        + " (id "
        + id
        + ")";
  }

  private static String fingerprint(String key) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }
}
