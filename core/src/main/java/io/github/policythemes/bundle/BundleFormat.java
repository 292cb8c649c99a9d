package io.github.policythemes.bundle;

import static io.github.policythemes.internal.Checks.requireArgument;

import java.util.Objects;

/**
 * A kind of bundle as its codec knows it: the {@code format} name written to and expected in the
 * manifest, the format version, and the version of the library that reads or writes it (named in
 * messages). The container knows no kind itself.
 *
 * @param name the kind, e.g. {@code policy-themes-model}
 * @param version the format version written, and the newest one read
 * @param libraryVersion the version of the library at hand, e.g. {@code 0.1.0}
 */
public record BundleFormat(String name, int version, String libraryVersion) {
  /**
   * Validates the format.
   *
   * @throws NullPointerException if name or libraryVersion is null
   * @throws IllegalArgumentException if name is blank or version is below 1
   */
  public BundleFormat {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(libraryVersion, "libraryVersion");
    requireArgument(!name.isBlank(), "name is blank");
    requireArgument(version >= 1, "version is %s, must be >= 1", version);
  }
}
