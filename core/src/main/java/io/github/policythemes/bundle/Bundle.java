package io.github.policythemes.bundle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The container of model bundles ({@code .ptm}) and topic-model bundles ({@code .ptt}): a zip with
 * a {@code manifest.json} and data entries, every entry covered by a SHA-256. It knows no kind of
 * bundle: each codec names its {@link BundleFormat} and reads and writes its own fields of the
 * {@link Manifest}.
 *
 * <p>The manifest holds {@code format} (the kind of bundle), {@code formatVersion}, {@code
 * libraryVersion}, the kind's own fields, and {@code entries}: name to SHA-256 and size of every
 * other entry. A second entry, {@code manifest.sha256}, holds the SHA-256 of the manifest itself.
 * Reading checks all of it and fails with a {@link ModelFormatException} that names the file and
 * what is wrong: not a zip, truncated, an entry missing or altered, another kind of bundle, or a
 * format version this library does not know.
 *
 * <pre>{@code
 * BundleFormat format = new BundleFormat("policy-themes-topics", 1, PolicyThemes.version());
 * Bundle.Writer writer = Bundle.writer(format);
 * writer.manifest().put("topics", 20);
 * writer.entry("counts.bin", counts).write(file);
 * Bundle bundle = Bundle.read(file, format);
 * int topics = bundle.manifest().integer("topics", 0);
 * }</pre>
 *
 * <p>Reading goes by the zip's central directory, which sits at the very end of the file: a file
 * cut short by any number of bytes, or with bytes after its end, is refused, as is one whose body
 * and directory disagree. Entries are written in name order (after the manifest) with a fixed
 * timestamp, and the manifest's keys in name order at every level, so the same content gives the
 * same bytes in every JVM. Instances are immutable and thread-safe.
 */
public final class Bundle {
  /** The manifest entry. */
  public static final String MANIFEST = "manifest.json";

  /** The manifest fields the container writes itself. */
  private static final Set<String> OWN_FIELDS =
      Set.of("format", "formatVersion", "libraryVersion", "entries");

  private static final String MANIFEST_SHA = "manifest.sha256";
  private static final long FIXED_TIME = 1_767_225_600_000L; // 2026-01-01T00:00:00Z
  private static final long MAX_ENTRY = 1L << 31;
  private static final int MAX_FILE = Integer.MAX_VALUE - 16;
  private static final JsonFactory JSON_FACTORY = new JsonFactory();

  private final String source;
  private final ObjectNode manifest;
  private final Map<String, byte[]> entries;

  private Bundle(String source, ObjectNode manifest, Map<String, byte[]> entries) {
    this.source = source;
    this.manifest = manifest;
    this.entries = entries;
  }

  /**
   * Reads and verifies a bundle file.
   *
   * @param file the file
   * @param format the expected kind, and the newest format version read
   * @return the verified bundle
   * @throws ModelFormatException if the file is not a valid bundle of that kind and version
   * @throws IOException if the file cannot be read
   */
  public static Bundle read(Path file, BundleFormat format) throws IOException {
    if (Files.isDirectory(file)) {
      throw new ModelFormatException(file.toString(), "is a folder, not a bundle file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), format);
    }
  }

  /**
   * Reads and verifies a bundle from a stream.
   *
   * @param in the stream; not closed
   * @param source the name to use in messages
   * @param format the expected kind, and the newest format version read
   * @return the verified bundle
   * @throws ModelFormatException if the bytes are not a valid bundle of that kind and version
   * @throws IOException if the stream cannot be read
   */
  public static Bundle read(InputStream in, String source, BundleFormat format) throws IOException {
    byte[] file = in.readNBytes(MAX_FILE + 1);
    if (file.length > MAX_FILE) {
      throw new ModelFormatException(source, "is over " + (MAX_FILE >> 20) + " MB: not a bundle");
    }
    List<String> directory = CentralDirectory.names(file, source);
    Map<String, byte[]> entries = unzip(new ByteArrayInputStream(file), source);
    if (!directory.equals(new ArrayList<>(entries.keySet()))) {
      throw new ModelFormatException(
          source,
          "the zip's central directory lists "
              + directory.size()
              + " entries, its body holds "
              + entries.size()
              + ": truncated or altered");
    }
    byte[] manifestBytes = entries.remove(MANIFEST);
    byte[] manifestSha = entries.remove(MANIFEST_SHA);
    if (manifestBytes == null) {
      throw new ModelFormatException(source, "no " + MANIFEST + ": not a policy-themes bundle");
    }
    if (manifestSha == null
        || !sha256(manifestBytes).equals(new String(manifestSha, StandardCharsets.US_ASCII))) {
      throw new ModelFormatException(source, MANIFEST + " was altered (SHA-256 does not match)");
    }
    ObjectNode manifest = parseManifest(manifestBytes, source);
    checkFormat(manifest, source, format);
    verifyEntries(manifest, entries, source);
    return new Bundle(source, manifest, entries);
  }

  /**
   * Starts a new bundle.
   *
   * @param format the kind, its format version and the library version to write
   * @return a writer
   */
  public static Writer writer(BundleFormat format) {
    return new Writer(format);
  }

  /**
   * Returns the manifest, without the {@code entries} checksums.
   *
   * @return the manifest
   */
  public Manifest manifest() {
    ObjectNode copy = manifest.deepCopy();
    copy.remove("entries");
    return new Manifest(copy);
  }

  /**
   * Returns the format version of the bundle.
   *
   * @return the version number
   */
  public int formatVersion() {
    return manifest.get("formatVersion").intValue();
  }

  /**
   * Returns a data entry.
   *
   * @param name the entry name
   * @return a copy of its bytes
   * @throws ModelFormatException if there is no such entry
   */
  public byte[] entry(String name) throws ModelFormatException {
    byte[] bytes = entries.get(name);
    if (bytes == null) {
      throw new ModelFormatException(source, "entry '" + name + "' is missing");
    }
    return bytes.clone();
  }

  /**
   * Returns the name used in messages (file or resource).
   *
   * @return the source name
   */
  public String source() {
    return source;
  }

  private static Map<String, byte[]> unzip(InputStream in, String source) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = zip.read(buffer)) > 0; ) {
          bytes.write(buffer, 0, n);
          if (bytes.size() > MAX_ENTRY) {
            throw new ModelFormatException(source, "entry '" + entry.getName() + "' is too big");
          }
        }
        if (entries.put(entry.getName(), bytes.toByteArray()) != null) {
          throw new ModelFormatException(source, "entry '" + entry.getName() + "' appears twice");
        }
      }
    } catch (EOFException | ZipException e) {
      throw new ModelFormatException(
          source, "truncated or not a zip file (" + e.getMessage() + ")", e);
    }
    if (entries.isEmpty()) {
      throw new ModelFormatException(source, "empty or not a zip file");
    }
    return entries;
  }

  private static ObjectNode parseManifest(byte[] bytes, String source) throws ModelFormatException {
    try {
      JsonNode node;
      try (JsonParser parser = JSON_FACTORY.createParser(bytes)) {
        parser.nextToken();
        node = tree(parser);
      }
      if (node instanceof ObjectNode object) {
        return object;
      }
    } catch (JsonProcessingException e) {
      throw new ModelFormatException(source, MANIFEST + " is not valid JSON", e);
    } catch (IOException e) {
      throw new ModelFormatException(source, MANIFEST + " cannot be read", e);
    }
    throw new ModelFormatException(source, MANIFEST + " is not a JSON object");
  }

  /**
   * Reads the JSON value at the parser's current token as a tree. Jackson's {@code ObjectMapper}
   * would do it too, but building one takes a quarter of a second in a fresh JVM, half of the time
   * of loading the default model.
   */
  private static JsonNode tree(JsonParser parser) throws IOException {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    JsonToken token = parser.currentToken();
    if (token == null) {
      throw new JsonParseException(parser, "no JSON value");
    }
    return switch (token) {
      case START_OBJECT -> {
        ObjectNode object = nodes.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          object.set(name, tree(parser));
        }
        yield object;
      }
      case START_ARRAY -> {
        ArrayNode array = nodes.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(tree(parser));
        }
        yield array;
      }
      case VALUE_STRING -> nodes.textNode(parser.getText());
      case VALUE_NUMBER_INT ->
          switch (parser.getNumberType()) {
            case INT -> nodes.numberNode(parser.getIntValue());
            case LONG -> nodes.numberNode(parser.getLongValue());
            default -> nodes.numberNode(parser.getBigIntegerValue());
          };
      case VALUE_NUMBER_FLOAT -> nodes.numberNode(parser.getDoubleValue());
      case VALUE_TRUE -> nodes.booleanNode(true);
      case VALUE_FALSE -> nodes.booleanNode(false);
      case VALUE_NULL -> nodes.nullNode();
      default -> throw new JsonParseException(parser, "unexpected " + token);
    };
  }

  private static void checkFormat(ObjectNode manifest, String source, BundleFormat format)
      throws ModelFormatException {
    String actual = manifest.path("format").asText("");
    int max = format.version();
    if (!actual.equals(format.name())) {
      throw new ModelFormatException(
          source, "is a '" + actual + "' bundle, expected '" + format.name() + "'");
    }
    JsonNode version = manifest.get("formatVersion");
    if (version == null || !version.canConvertToInt() || version.intValue() < 1) {
      throw new ModelFormatException(source, "manifest has no valid formatVersion");
    }
    if (version.intValue() > max) {
      throw new ModelFormatException(
          source,
          "format version "
              + version.intValue()
              + " is newer than this library reads ("
              + max
              + "); it was written by policy-themes "
              + manifest.path("libraryVersion").asText("?")
              + ", this is "
              + format.libraryVersion());
    }
  }

  private static void verifyEntries(ObjectNode manifest, Map<String, byte[]> entries, String source)
      throws ModelFormatException {
    JsonNode listed = manifest.get("entries");
    if (listed == null || !listed.isObject()) {
      throw new ModelFormatException(source, "manifest lists no entries");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = listed.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      byte[] bytes = entries.get(field.getKey());
      if (bytes == null) {
        throw new ModelFormatException(
            source,
            "entry '" + field.getKey() + "' is missing: the file is truncated or incomplete");
      }
      if (!sha256(bytes).equals(field.getValue().path("sha256").asText())) {
        throw new ModelFormatException(
            source, "entry '" + field.getKey() + "' was altered (SHA-256 does not match)");
      }
    }
    for (String name : entries.keySet()) {
      if (!listed.has(name)) {
        throw new ModelFormatException(source, "entry '" + name + "' is not in the manifest");
      }
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Collects a manifest and entries, then writes the zip. Not thread-safe. */
  public static final class Writer {
    private final ObjectNode manifest = JsonNodeFactory.instance.objectNode();
    private final Manifest.Builder fields = new Manifest.Builder(manifest, OWN_FIELDS);
    private final Map<String, byte[]> entries = new TreeMap<>();

    private Writer(BundleFormat format) {
      manifest.put("format", format.name());
      manifest.put("formatVersion", format.version());
      manifest.put("libraryVersion", format.libraryVersion());
    }

    /**
     * Returns the manifest to fill with the kind's own fields, in the order they are written.
     *
     * @return the manifest being built
     */
    public Manifest.Builder manifest() {
      return fields;
    }

    /**
     * Adds a data entry.
     *
     * @param name the entry name
     * @param bytes the content
     * @return this writer
     * @throws IllegalArgumentException if the name is taken or reserved
     */
    public Writer entry(String name, byte[] bytes) {
      if (name.equals(MANIFEST) || name.equals(MANIFEST_SHA) || entries.containsKey(name)) {
        throw new IllegalArgumentException("entry name '" + name + "' is reserved or taken");
      }
      entries.put(name, bytes.clone());
      return this;
    }

    /**
     * Writes the bundle to a file, through a temporary file renamed at the end, so a crash never
     * leaves half a bundle under the final name. A symbolic link, pipe or device is written in
     * place instead, never renamed onto.
     *
     * @param file the target file
     * @throws IOException if writing fails
     */
    public void write(Path file) throws IOException {
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)
          && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        if (Files.isDirectory(file)) {
          throw new IOException(file + " is a folder, not a file");
        }
        // a link, pipe or device: written in place, never renamed onto
        try (OutputStream out = Files.newOutputStream(file)) {
          write(out);
        }
        return;
      }
      Path absolute = file.toAbsolutePath();
      Path parent = absolute.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      // not Files.createTempFile: its owner-only permissions would stick to the bundle
      Path temporary =
          absolute.resolveSibling(
              "." + absolute.getFileName() + ".tmp-" + Long.toHexString(System.nanoTime()));
      try {
        try (OutputStream out = Files.newOutputStream(temporary)) {
          write(out);
        } catch (IOException e) {
          FileSystemException named =
              new FileSystemException(file.toString(), null, String.valueOf(e.getMessage()));
          named.initCause(e);
          throw named;
        }
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(temporary);
      }
    }

    /**
     * Writes the bundle to a stream.
     *
     * @param out the stream; not closed
     * @throws IOException if writing fails
     */
    public void write(OutputStream out) throws IOException {
      ObjectNode listed = manifest.putObject("entries");
      entries.forEach(
          (name, bytes) ->
              listed.putObject(name).put("sha256", sha256(bytes)).put("size", bytes.length));
      byte[] manifestBytes =
          new ObjectMapper()
              .enable(SerializationFeature.INDENT_OUTPUT)
              .writeValueAsBytes(sorted(manifest));
      ZipOutputStream zip = new ZipOutputStream(out);
      put(zip, MANIFEST, manifestBytes);
      put(zip, MANIFEST_SHA, sha256(manifestBytes).getBytes(StandardCharsets.US_ASCII));
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        put(zip, entry.getKey(), entry.getValue());
      }
      zip.finish();
      zip.flush();
    }

    /**
     * A copy with the keys of every object in name order: the same content gives the same bytes,
     * whatever order a codec (or a JVM's map iteration) put the fields in.
     */
    private static JsonNode sorted(JsonNode node) {
      if (node instanceof ObjectNode object) {
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        new TreeMap<>(toMap(object)).forEach((key, value) -> copy.set(key, sorted(value)));
        return copy;
      }
      if (node instanceof ArrayNode array) {
        ArrayNode copy = JsonNodeFactory.instance.arrayNode();
        array.forEach(element -> copy.add(sorted(element)));
        return copy;
      }
      return node;
    }

    private static Map<String, JsonNode> toMap(ObjectNode object) {
      Map<String, JsonNode> fields = new LinkedHashMap<>();
      object.fields().forEachRemaining(field -> fields.put(field.getKey(), field.getValue()));
      return fields;
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
      ZipEntry entry = new ZipEntry(name);
      entry.setTime(FIXED_TIME);
      zip.putNextEntry(entry);
      zip.write(bytes);
      zip.closeEntry();
    }
  }
}
