package io.github.policythemes.spark;

import java.io.Serializable;
import java.util.Objects;
import org.apache.spark.broadcast.Broadcast;

/**
 * A model on its way to the executors: what kind it is, the SHA-256 of its bytes (the key of {@link
 * ModelCache}), and the bytes in a broadcast, which an executor fetches only when its cache does
 * not hold the model yet.
 *
 * <p>Immutable and serializable; the broadcast is shared.
 */
final class ShippedModel implements Serializable {
  private static final long serialVersionUID = 1L;

  /** What the bytes hold. */
  enum Kind {
    /** A model bundle ({@code .ptm}). */
    BUNDLE,
    /** A taxonomy JSON document, for the zero-shot keyword classifier. */
    KEYWORDS
  }

  private final String name;
  private final Kind kind;
  private final String sha256;
  private final Broadcast<byte[]> bytes;

  ShippedModel(String name, Kind kind, String sha256, Broadcast<byte[]> bytes) {
    this.name = Objects.requireNonNull(name, "name");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.sha256 = Objects.requireNonNull(sha256, "sha256");
    this.bytes = Objects.requireNonNull(bytes, "bytes");
  }

  /** The {@code modelPath} it was resolved from, for messages. */
  String name() {
    return name;
  }

  Kind kind() {
    return kind;
  }

  /** The SHA-256 of the bytes, lower-case hex. */
  String sha256() {
    return sha256;
  }

  /** The bytes; on an executor the first call fetches the broadcast. */
  byte[] bytes() {
    return bytes.value();
  }

  @Override
  public String toString() {
    return name
        + " ("
        + kind.name().toLowerCase(java.util.Locale.ROOT)
        + ", sha256 "
        + sha256
        + ")";
  }
}
