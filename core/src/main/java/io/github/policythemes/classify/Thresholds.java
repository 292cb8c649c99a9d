package io.github.policythemes.classify;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.policythemes.taxonomy.Taxonomy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The scores at which a classifier assigns themes, to trade precision for recall without
 * retraining: a uniform minimum score, per-theme values, or both (a theme's own value wins). Themes
 * named by neither keep the model's own threshold.
 *
 * <p>For a multi-label classifier a theme is assigned when its score reaches its threshold; for a
 * single-label one the top theme is assigned when its score is positive and reaches its threshold.
 *
 * <pre>{@code
 * ThemeClassifier strict = ThemeClassifier.defaultModel().withThresholds(Thresholds.minScore(0.8));
 * ThemeClassifier mixed = classifier.withThresholds(
 *     Thresholds.minScore(0.6).withTheme("local-finance", 0.9));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param minScore the threshold of every theme not in {@code perTheme}, in [0, 1], or {@code NaN}
 *     to keep the model's own
 * @param perTheme thresholds by theme id, each in [0, 1]
 */
public record Thresholds(double minScore, Map<String, Double> perTheme) {
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build();

  /**
   * Validates and copies, keeping the map's order.
   *
   * @throws IllegalArgumentException if a value is not in [0, 1]
   */
  public Thresholds {
    if (!Double.isNaN(minScore)) {
      requireScore("minScore", minScore);
    }
    Map<String, Double> copy = new LinkedHashMap<>();
    Objects.requireNonNull(perTheme, "perTheme")
        .forEach(
            (id, value) -> {
              Objects.requireNonNull(id, "theme id");
              requireScore("threshold of '" + id + "'", Objects.requireNonNull(value, id));
              copy.put(id, value);
            });
    perTheme = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * Returns thresholds that keep the model's own.
   *
   * @return the model's thresholds
   */
  public static Thresholds model() {
    return new Thresholds(Double.NaN, Map.of());
  }

  /**
   * Returns one threshold for every theme.
   *
   * @param score the minimum score, in [0, 1]
   * @return the thresholds
   * @throws IllegalArgumentException if score is not in [0, 1]
   */
  public static Thresholds minScore(double score) {
    requireScore("minScore", score);
    return new Thresholds(score, Map.of());
  }

  /**
   * Returns per-theme thresholds; other themes keep the model's own.
   *
   * @param perTheme thresholds by theme id, each in [0, 1]
   * @return the thresholds
   * @throws IllegalArgumentException if a value is not in [0, 1]
   */
  public static Thresholds of(Map<String, Double> perTheme) {
    return new Thresholds(Double.NaN, perTheme);
  }

  /**
   * Returns a copy with one theme's threshold set.
   *
   * @param themeId the theme
   * @param score its threshold, in [0, 1]
   * @return the copy
   * @throws IllegalArgumentException if score is not in [0, 1]
   */
  public Thresholds withTheme(String themeId, double score) {
    Map<String, Double> copy = new LinkedHashMap<>(perTheme);
    copy.put(Objects.requireNonNull(themeId, "themeId"), score);
    return new Thresholds(minScore, copy);
  }

  /**
   * Reads per-theme thresholds from a JSON object of theme ids to scores, such as {@code
   * {"local-finance": 0.8, "lagging-regions": 0.4}}; the key {@code "*"} sets the minimum score of
   * the other themes.
   *
   * @param file the JSON file
   * @return the thresholds
   * @throws IOException if the file cannot be read, or is not such an object (the message names the
   *     file and the problem)
   */
  public static Thresholds read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        JsonParser parser = JSON.createParser(in)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException(file + ": expected a JSON object of theme ids to thresholds");
      }
      double min = Double.NaN;
      Map<String, Double> values = new LinkedHashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String id = parser.currentName();
        JsonToken token = parser.nextToken();
        if (token != JsonToken.VALUE_NUMBER_FLOAT && token != JsonToken.VALUE_NUMBER_INT) {
          throw new IOException(file + ": '" + id + "': threshold is not a number");
        }
        double value = parser.getDoubleValue();
        if (!(value >= 0 && value <= 1)) {
          throw new IOException(file + ": '" + id + "': threshold " + value + " is not in [0, 1]");
        }
        if (values.containsKey(id) || (id.equals("*") && !Double.isNaN(min))) {
          throw new IOException(file + ": '" + id + "' is given twice");
        }
        if (id.equals("*")) {
          min = value;
        } else {
          values.put(id, value);
        }
      }
      if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
        throw new IOException(file + ": expected one JSON object of theme ids to thresholds");
      }
      return new Thresholds(min, values);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException(file + ": malformed JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Resolves the thresholds for a taxonomy.
   *
   * @param taxonomy the classifier's themes
   * @param own the classifier's own thresholds, one per theme
   * @return the threshold per theme, in the taxonomy's order
   * @throws IllegalArgumentException if a theme id is not in the taxonomy (names it and the known
   *     ones)
   */
  double[] resolve(Taxonomy taxonomy, double[] own) {
    List<String> ids = taxonomy.themeIds();
    for (String id : perTheme.keySet()) {
      if (!ids.contains(id)) {
        throw new IllegalArgumentException(
            "threshold for unknown theme '" + id + "'; the themes are " + ids);
      }
    }
    double[] result = new double[ids.size()];
    for (int t = 0; t < result.length; t++) {
      Double value = perTheme.get(ids.get(t));
      result[t] = value != null ? value : Double.isNaN(minScore) ? own[t] : minScore;
    }
    return result;
  }

  private static void requireScore(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1], not " + value);
    }
  }
}
