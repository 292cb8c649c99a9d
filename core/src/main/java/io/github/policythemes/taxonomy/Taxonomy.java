package io.github.policythemes.taxonomy;

import io.github.policythemes.analysis.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A set of themes that articles are classified into: data, read from JSON.
 *
 * <p>Two are built in: {@code regional-governance} (the default; ten themes of local and regional
 * administration, multi-label) and {@code cap-major-topics} (the Comparative Agendas Project major
 * topics, single-label). Users bring their own with {@link #read(Path)}, or none: {@link #ofLabels}
 * makes one from the labels of training data.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Taxonomy themes = Taxonomy.builtIn("regional-governance");
 * for (Theme theme : themes.themes()) {
 *   System.out.println(theme.id() + "  " + theme.label(Language.KO));
 * }
 * }</pre>
 */
public final class Taxonomy {
  /** The id of the default taxonomy. */
  public static final String DEFAULT_ID = "regional-governance";

  private static final List<String> BUILT_IN = List.of(DEFAULT_ID, "cap-major-topics");
  private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,63}");
  private static final Map<String, Taxonomy> LOADED = new HashMap<>();

  private final String id;
  private final String version;
  private final Map<Language, String> name;
  private final String description;
  private final boolean multiLabel;
  private final List<Language> languages;
  private final List<Theme> themes;
  private final Map<String, Theme> byId;

  /**
   * Creates a taxonomy.
   *
   * @param id the id, letters, digits, {@code .}, {@code _} and {@code -}
   * @param version the version, non-blank
   * @param name the display name per language; may be empty
   * @param description one paragraph on what it covers; may be empty
   * @param multiLabel true if an article may carry several themes
   * @param languages the languages its labels and keywords cover; at least one
   * @param themes the themes; at least one, unique ids
   * @throws IllegalArgumentException if a value is invalid or two themes share an id
   */
  public Taxonomy(
      String id,
      String version,
      Map<Language, String> name,
      String description,
      boolean multiLabel,
      List<Language> languages,
      List<Theme> themes) {
    this.id = requireId(id, "taxonomy id");
    if (version == null || version.isBlank()) {
      throw new IllegalArgumentException("taxonomy '" + id + "' has no version");
    }
    this.version = version;
    this.name = Map.copyOf(name);
    this.description = Objects.requireNonNullElse(description, "");
    this.multiLabel = multiLabel;
    this.languages = List.copyOf(languages);
    if (this.languages.isEmpty()) {
      throw new IllegalArgumentException("taxonomy '" + id + "' lists no languages");
    }
    this.themes = List.copyOf(themes);
    if (this.themes.isEmpty()) {
      throw new IllegalArgumentException("taxonomy '" + id + "' has no themes");
    }
    Map<String, Theme> index = new LinkedHashMap<>();
    for (Theme theme : this.themes) {
      if (index.put(theme.id(), theme) != null) {
        throw new IllegalArgumentException(
            "taxonomy '" + id + "' has two themes with id '" + theme.id() + "'");
      }
    }
    this.byId = index;
  }

  /**
   * Returns a built-in taxonomy.
   *
   * @param id {@code regional-governance} or {@code cap-major-topics}
   * @return the taxonomy, loaded once and shared
   * @throws IllegalArgumentException if there is no built-in taxonomy with that id
   */
  public static Taxonomy builtIn(String id) {
    if (!BUILT_IN.contains(id)) {
      throw new IllegalArgumentException(
          "no built-in taxonomy '" + id + "': built in are " + String.join(", ", BUILT_IN));
    }
    synchronized (LOADED) {
      return LOADED.computeIfAbsent(id, Taxonomy::loadBuiltIn);
    }
  }

  /**
   * Returns the ids of the built-in taxonomies.
   *
   * @return the ids, default first
   */
  public static List<String> builtInIds() {
    return BUILT_IN;
  }

  /**
   * Reads a taxonomy from a JSON file.
   *
   * @param file the file
   * @return the taxonomy
   * @throws TaxonomyFormatException if the file is not a valid taxonomy (names the file and the
   *     JSON path of the problem)
   * @throws IOException if the file cannot be read
   */
  public static Taxonomy read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return TaxonomyJson.read(in, file.toString());
    }
  }

  /**
   * Reads a taxonomy from a built-in id or a JSON file, whichever the argument names.
   *
   * @param idOrFile a built-in id, or a path to a JSON file
   * @return the taxonomy
   * @throws IOException if the file cannot be read or is not valid
   * @throws IllegalArgumentException if it is neither a built-in id nor an existing file
   */
  public static Taxonomy resolve(String idOrFile) throws IOException {
    if (BUILT_IN.contains(idOrFile)) {
      return builtIn(idOrFile);
    }
    Path file = Path.of(idOrFile);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "'"
              + idOrFile
              + "' is neither a built-in taxonomy ("
              + String.join(", ", BUILT_IN)
              + ") nor a file");
    }
    return read(file);
  }

  /**
   * Reads a taxonomy from a JSON stream.
   *
   * @param in the stream; not closed
   * @param source the name to use in error messages
   * @return the taxonomy
   * @throws TaxonomyFormatException if the document is not a valid taxonomy
   * @throws IOException if the stream cannot be read
   */
  public static Taxonomy read(InputStream in, String source) throws IOException {
    return TaxonomyJson.read(in, source);
  }

  /**
   * Makes a taxonomy from the labels of training data: one theme per label, labelled by itself,
   * without keywords.
   *
   * @param id an id for the taxonomy
   * @param labels the labels, in the order the themes should have
   * @param multiLabel whether an article may carry several labels
   * @return the taxonomy
   * @throws IllegalArgumentException if a label is not a valid id or labels repeat
   */
  public static Taxonomy ofLabels(String id, List<String> labels, boolean multiLabel) {
    List<Theme> themes = new ArrayList<>();
    for (String label : labels) {
      themes.add(new Theme(label, Map.of(Language.EN, label), "", Map.of()));
    }
    return new Taxonomy(id, "data", Map.of(), "", multiLabel, List.of(Language.EN), themes);
  }

  /**
   * Writes the taxonomy as JSON, in the format {@link #read(Path)} reads.
   *
   * @param out the stream; not closed
   * @throws IOException if writing fails
   */
  public void write(OutputStream out) throws IOException {
    TaxonomyJson.write(this, out);
  }

  /**
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * @return the version
   */
  public String version() {
    return version;
  }

  /**
   * @return the display name per language; may be empty
   */
  public Map<Language, String> name() {
    return name;
  }

  /**
   * @return the description; may be empty
   */
  public String description() {
    return description;
  }

  /**
   * @return true if an article may carry several themes
   */
  public boolean multiLabel() {
    return multiLabel;
  }

  /**
   * @return the languages its labels and keywords cover
   */
  public List<Language> languages() {
    return languages;
  }

  /**
   * @return the themes, in their defined order
   */
  public List<Theme> themes() {
    return themes;
  }

  /**
   * @return the theme ids, in their defined order
   */
  public List<String> themeIds() {
    return List.copyOf(byId.keySet());
  }

  /**
   * Finds a theme.
   *
   * @param themeId the theme id
   * @return the theme, or empty if there is none with that id
   */
  public Optional<Theme> theme(String themeId) {
    return Optional.ofNullable(byId.get(themeId));
  }

  /**
   * Tells whether the taxonomy has a theme.
   *
   * @param themeId the theme id
   * @return true if there is a theme with that id
   */
  public boolean contains(String themeId) {
    return byId.containsKey(themeId);
  }

  @Override
  public String toString() {
    return "Taxonomy[" + id + " v" + version + ", " + themes.size() + " themes]";
  }

  static String requireId(String id, String what) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          what + " '" + id + "' is not valid: use up to 64 letters, digits, '.', '_' or '-'");
    }
    return id;
  }

  private static Taxonomy loadBuiltIn(String id) {
    String resource = id + ".json";
    try (InputStream in = Taxonomy.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("built-in taxonomy resource " + resource + " is missing");
      }
      return TaxonomyJson.read(in, resource);
    } catch (IOException e) {
      throw new UncheckedIOException("built-in taxonomy " + id + " is damaged", e);
    }
  }
}
