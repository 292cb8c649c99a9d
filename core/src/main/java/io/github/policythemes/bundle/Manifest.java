package io.github.policythemes.bundle;

import static io.github.policythemes.internal.Checks.requireArgument;
import static io.github.policythemes.internal.Checks.requireState;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A bundle's manifest, or one of its sections: a JSON object read through typed accessors. The
 * container's own fields are {@link #format()}, {@link #formatVersion()} and {@link
 * #libraryVersion()}; a codec reads its kind's fields with {@link #text}, {@link #integer}, {@link
 * #number}, {@link #section} and the like, which give a default when a field is missing (as a
 * manifest of an older writer may be) and never hand out the JSON tree.
 *
 * <pre>{@code
 * Manifest manifest = bundle.manifest();
 * int topics = manifest.integerValue("topics").orElseThrow();
 * Map<String, Double> metrics = manifest.section("metadata").numberMap("metrics");
 * }</pre>
 *
 * <p>Immutable and thread-safe. Its {@link Builder} is not thread-safe.
 */
public final class Manifest {
  private static final Manifest EMPTY = new Manifest(JsonNodeFactory.instance.objectNode());

  private final ObjectNode node;

  Manifest(ObjectNode node) {
    this.node = node;
  }

  /**
   * Returns the kind of bundle.
   *
   * @return the {@code format} field, e.g. {@code policy-themes-model}; empty when missing
   */
  public String format() {
    return text("format", "");
  }

  /**
   * Returns the format version.
   *
   * @return the {@code formatVersion} field; 0 when missing
   */
  public int formatVersion() {
    return integer("formatVersion", 0);
  }

  /**
   * Returns the version of the library that wrote the bundle.
   *
   * @return the {@code libraryVersion} field; {@code unknown} when missing
   */
  public String libraryVersion() {
    return text("libraryVersion", "unknown");
  }

  /**
   * Tells whether a field is present (and not JSON null).
   *
   * @param key the field name
   * @return true if present
   */
  public boolean has(String key) {
    return node.hasNonNull(key);
  }

  /**
   * Returns the field names, in order.
   *
   * @return the names
   */
  public Set<String> keys() {
    Set<String> keys = new LinkedHashSet<>();
    node.fieldNames().forEachRemaining(keys::add);
    return Collections.unmodifiableSet(keys);
  }

  /**
   * Returns a field as text (a number or boolean as written).
   *
   * @param key the field name
   * @param otherwise the value when the field is missing or null
   * @return the text
   */
  public String text(String key, String otherwise) {
    return node.path(key).asText(otherwise);
  }

  /**
   * Returns a field as an int (text that holds a number is read too).
   *
   * @param key the field name
   * @param otherwise the value when the field is missing or not a number
   * @return the value
   */
  public int integer(String key, int otherwise) {
    return node.path(key).asInt(otherwise);
  }

  /**
   * Returns a field that must be an integral JSON number within the range of an int.
   *
   * @param key the field name
   * @return the value; empty when the field is missing or not such a number
   */
  public OptionalInt integerValue(String key) {
    JsonNode value = node.get(key);
    return value != null && value.isNumber() && value.canConvertToInt()
        ? OptionalInt.of(value.intValue())
        : OptionalInt.empty();
  }

  /**
   * Returns a field as a long.
   *
   * @param key the field name
   * @param otherwise the value when the field is missing or not a number
   * @return the value
   */
  public long longInteger(String key, long otherwise) {
    return node.path(key).asLong(otherwise);
  }

  /**
   * Returns a field as a double.
   *
   * @param key the field name
   * @param otherwise the value when the field is missing or not a number
   * @return the value
   */
  public double number(String key, double otherwise) {
    return node.path(key).asDouble(otherwise);
  }

  /**
   * Returns a field as a boolean.
   *
   * @param key the field name
   * @param otherwise the value when the field is missing or not a boolean
   * @return the value
   */
  public boolean bool(String key, boolean otherwise) {
    return node.path(key).asBoolean(otherwise);
  }

  /**
   * Tells whether a field is an object, that is a section.
   *
   * @param key the field name
   * @return true for an object
   */
  public boolean isSection(String key) {
    return node.path(key).isObject();
  }

  /**
   * Returns a section.
   *
   * @param key the field name
   * @return the section; an empty one when the field is missing or not an object
   */
  public Manifest section(String key) {
    JsonNode value = node.path(key);
    return value.isObject() ? new Manifest((ObjectNode) value) : EMPTY;
  }

  /**
   * Returns the values of a section as text, in order.
   *
   * @param key the section's name
   * @return the values by name; empty when there is no such section
   */
  public Map<String, String> textMap(String key) {
    Map<String, String> map = new LinkedHashMap<>();
    node.path(key).properties().forEach(e -> map.put(e.getKey(), e.getValue().asText()));
    return Collections.unmodifiableMap(map);
  }

  /**
   * Returns the values of a section as numbers, in order.
   *
   * @param key the section's name
   * @return the values by name (0 for one that is not a number); empty when there is no section
   */
  public Map<String, Double> numberMap(String key) {
    Map<String, Double> map = new LinkedHashMap<>();
    node.path(key).properties().forEach(e -> map.put(e.getKey(), e.getValue().asDouble()));
    return Collections.unmodifiableMap(map);
  }

  /**
   * Tells whether a field is an array.
   *
   * @param key the field name
   * @return true for an array
   */
  public boolean isList(String key) {
    return node.path(key).isArray();
  }

  /**
   * Returns the values of an array as text.
   *
   * @param key the field name
   * @return the values; empty when the field is missing or not an array
   */
  public List<String> textList(String key) {
    List<String> list = new ArrayList<>();
    JsonNode array = node.path(key);
    if (array.isArray()) {
      array.forEach(value -> list.add(value.asText()));
    }
    return Collections.unmodifiableList(list);
  }

  /**
   * Returns the values of an array as numbers; one that is not a number (JSON has no NaN: a value
   * that was not measured is written as null) is NaN.
   *
   * @param key the field name
   * @return a new array; empty when the field is missing or not an array
   */
  public double[] numberList(String key) {
    JsonNode array = node.path(key);
    if (!array.isArray()) {
      return new double[0];
    }
    double[] values = new double[array.size()];
    for (int i = 0; i < values.length; i++) {
      JsonNode value = array.get(i);
      values[i] = value.isNumber() ? value.doubleValue() : Double.NaN;
    }
    return values;
  }

  /**
   * Returns a field as compact JSON text, e.g. to show a section as it was written.
   *
   * @param key the field name
   * @return the JSON text; empty when the field is missing
   */
  public String json(String key) {
    return node.path(key).toString();
  }

  /**
   * Returns the manifest or section as compact JSON text.
   *
   * @return the JSON text
   */
  @Override
  public String toString() {
    return node.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Manifest manifest && node.equals(manifest.node);
  }

  @Override
  public int hashCode() {
    return node.hashCode();
  }

  /** The tree itself, for the container: never handed to a codec. */
  ObjectNode node() {
    return node;
  }

  /**
   * Fills a manifest or one of its sections, in the order the fields should be written. Each field
   * may be set once. Not thread-safe.
   */
  public static final class Builder {
    private final ObjectNode node;
    private final Set<String> reserved;

    Builder(ObjectNode node, Set<String> reserved) {
      this.node = node;
      this.reserved = reserved;
    }

    private ObjectNode claim(String key) {
      Objects.requireNonNull(key, "key");
      requireArgument(!reserved.contains(key), "manifest field '%s' is the container's", key);
      requireState(!node.has(key), "manifest field '%s' was already set", key);
      return node;
    }

    /**
     * Sets a text field.
     *
     * @param key the field name
     * @param value the text
     * @return this builder
     * @throws IllegalStateException if the field was already set
     * @throws IllegalArgumentException if the field is one of the container's own
     */
    public Builder put(String key, String value) {
      claim(key).put(key, Objects.requireNonNull(value, key));
      return this;
    }

    /**
     * Sets an integral number field.
     *
     * @param key the field name
     * @param value the number
     * @return this builder
     * @throws IllegalStateException if the field was already set
     * @throws IllegalArgumentException if the field is one of the container's own
     */
    public Builder put(String key, int value) {
      claim(key).put(key, value);
      return this;
    }

    /**
     * Sets an integral number field.
     *
     * @param key the field name
     * @param value the number
     * @return this builder
     * @throws IllegalStateException if the field was already set
     * @throws IllegalArgumentException if the field is one of the container's own
     */
    public Builder put(String key, long value) {
      claim(key).put(key, value);
      return this;
    }

    /**
     * Sets a number field.
     *
     * @param key the field name
     * @param value the number
     * @return this builder
     * @throws IllegalStateException if the field was already set
     * @throws IllegalArgumentException if the field is one of the container's own
     */
    public Builder put(String key, double value) {
      claim(key).put(key, value);
      return this;
    }

    /**
     * Sets a boolean field.
     *
     * @param key the field name
     * @param value the value
     * @return this builder
     * @throws IllegalStateException if the field was already set
     * @throws IllegalArgumentException if the field is one of the container's own
     */
    public Builder put(String key, boolean value) {
      claim(key).put(key, value);
      return this;
    }

    /**
     * Sets an array of texts.
     *
     * @param key the field name
     * @param values the texts, in order
     * @return this builder
     * @throws IllegalStateException if the field was already set
     * @throws IllegalArgumentException if the field is one of the container's own
     */
    public Builder putTexts(String key, List<String> values) {
      ArrayNode array = claim(key).putArray(key);
      values.forEach(array::add);
      return this;
    }

    /**
     * Sets an array of numbers; one that is not finite is written as null (JSON has no NaN).
     *
     * @param key the field name
     * @param values the numbers, in order
     * @return this builder
     * @throws IllegalStateException if the field was already set
     * @throws IllegalArgumentException if the field is one of the container's own
     */
    public Builder putNumbers(String key, double[] values) {
      ArrayNode array = claim(key).putArray(key);
      for (double value : values) {
        if (Double.isFinite(value)) {
          array.add(value);
        } else {
          array.addNull();
        }
      }
      return this;
    }

    /**
     * Sets a section of texts, in the map's order.
     *
     * @param key the section's name
     * @param values the texts by name
     * @return this builder
     * @throws IllegalStateException if the field was already set
     * @throws IllegalArgumentException if the field is one of the container's own
     */
    public Builder putTexts(String key, Map<String, String> values) {
      ObjectNode section = claim(key).putObject(key);
      values.forEach(section::put);
      return this;
    }

    /**
     * Sets a section of numbers, in the map's order.
     *
     * @param key the section's name
     * @param values the numbers by name
     * @return this builder
     * @throws IllegalStateException if the field was already set
     * @throws IllegalArgumentException if the field is one of the container's own
     */
    public Builder putNumbers(String key, Map<String, Double> values) {
      ObjectNode section = claim(key).putObject(key);
      values.forEach(section::put);
      return this;
    }

    /**
     * Starts a section here, to be filled now or later (it keeps its place).
     *
     * @param key the section's name
     * @return the section's builder
     * @throws IllegalStateException if the field was already set
     * @throws IllegalArgumentException if the field is one of the container's own
     */
    public Builder section(String key) {
      return new Builder(claim(key).putObject(key), Set.of());
    }
  }
}
