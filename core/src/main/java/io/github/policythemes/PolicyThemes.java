package io.github.policythemes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Facts about this library: its version. Thread-safe. */
public final class PolicyThemes {
  private static final String VERSION = readVersion();

  private PolicyThemes() {}

  /**
   * Returns the library version, e.g. {@code 0.1.0-SNAPSHOT}.
   *
   * @return the version the core jar was built as
   */
  public static String version() {
    return VERSION;
  }

  private static String readVersion() {
    try (InputStream in = PolicyThemes.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read version.properties", e);
    }
  }
}
