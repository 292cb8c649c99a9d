package io.github.policythemes.article;

import static io.github.policythemes.internal.Checks.requireArgument;
import static io.github.policythemes.internal.Checks.requireState;

import io.github.policythemes.analysis.Language;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How records are read: which fields hold what, whether labels are read and the other fields kept,
 * a forced language, the largest record accepted, and the input format. Every reader of the library
 * (batch classification, topics, keywords, trends, training and evaluation) takes these, so a
 * record is read by the same rules wherever it goes.
 *
 * <p>Bytes are read as UTF-8 unless another encoding is set; a byte-order mark (UTF-8, UTF-16)
 * always wins. CSV columns are separated by the delimiter set, else by the one of {@code ,}, {@code
 * ;}, tab and {@code |} that the header line has most of (tab for TSV). Dates are read by the one
 * {@link DateParser}, with a pattern if one is set.
 *
 * <p>Field names apply to JSONL keys and CSV header columns alike. The defaults read {@code id},
 * {@code title}, the first of {@code text}, {@code body} and {@code content}, {@code lang} and
 * {@code date}; labels, when asked for, come from the first of {@code labels} and {@code label}.
 *
 * <pre>{@code
 * ReadOptions options = ReadOptions.builder().idField("doc_id").textField("body").keepFields(true).build();
 * ReadOptions labelled = ReadOptions.builder().labels(ReadOptions.Labels.REQUIRED).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. The builder is not thread-safe.
 */
public final class ReadOptions {
  /** The largest record read by default: 4 MiB of UTF-8, a long book rather than an article. */
  public static final int DEFAULT_MAX_RECORD_BYTES = 4 << 20;

  private static final ReadOptions DEFAULTS = builder().build();

  /** Whether the records' labels (theme ids) are read. */
  public enum Labels {
    /** Labels are not read: a labels field is an ordinary field, kept with the others. */
    NONE,
    /** Labels are read where a record has them; a record without them has none. */
    OPTIONAL,
    /** Every record must have labels (an empty list is fine); one without is an error record. */
    REQUIRED
  }

  private final String idField;
  private final String titleField;
  private final List<String> textFields;
  private final String langField;
  private final String dateField;
  private final boolean keepFields;
  private final Language language;
  private final int maxRecordBytes;
  private final InputFormat format;
  private final Labels labels;
  private final List<String> labelFields;
  private final boolean allowMissingText;
  private final Charset encoding;
  private final Character delimiter;
  private final DateParser dateParser;

  /* Java's "CP949" is IBM-949, not the Windows code page Korean Excel writes (UHC). */
  private static final Map<String, String> ENCODING_ALIASES =
      Map.of(
          "cp949", "x-windows-949",
          "uhc", "x-windows-949",
          "ms949", "x-windows-949",
          "cp932", "windows-31j",
          "ms932", "windows-31j",
          "sjis", "Shift_JIS",
          "euckr", "EUC-KR",
          "gb2312", "GBK",
          "big5hkscs", "Big5-HKSCS");

  private ReadOptions(Builder builder) {
    this.idField = builder.idField != null ? builder.idField : "id";
    this.titleField = builder.titleField != null ? builder.titleField : "title";
    this.textFields =
        builder.textField != null ? List.of(builder.textField) : List.of("text", "body", "content");
    this.langField = builder.langField != null ? builder.langField : "lang";
    this.dateField = builder.dateField != null ? builder.dateField : "date";
    this.keepFields = builder.keepFields != null && builder.keepFields;
    this.language = builder.language;
    this.maxRecordBytes =
        builder.maxRecordBytes != null ? builder.maxRecordBytes : DEFAULT_MAX_RECORD_BYTES;
    this.format = builder.format;
    this.labels = builder.labels != null ? builder.labels : Labels.NONE;
    this.labelFields =
        labels == Labels.NONE
            ? List.of()
            : builder.labelsField != null
                ? List.of(builder.labelsField)
                : List.of("labels", "label");
    this.allowMissingText = builder.allowMissingText != null && builder.allowMissingText;
    this.encoding = builder.encoding;
    this.delimiter = builder.delimiter;
    this.dateParser = builder.dateParser != null ? builder.dateParser : DateParser.standard();
  }

  /**
   * Looks up an encoding by name, ignoring case, as people name them: {@code UTF-8}, {@code CP949}
   * (the Windows code page of Korean Excel, which Java calls {@code x-windows-949}), {@code
   * EUC-KR}, {@code GBK}, {@code GB18030}, {@code Big5}, {@code Shift_JIS}, {@code CP932}, {@code
   * ISO-8859-1} to {@code ISO-8859-16}, {@code windows-1252}, or any name Java knows.
   *
   * @param name the name
   * @return the encoding
   * @throws IllegalArgumentException if no encoding has that name
   */
  public static Charset encodingNamed(String name) {
    Objects.requireNonNull(name, "name");
    String key = name.strip().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    String resolved = ENCODING_ALIASES.getOrDefault(key, name.strip());
    try {
      return Charset.forName(resolved);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new IllegalArgumentException(
          "unknown encoding '"
              + name
              + "': use UTF-8, CP949, EUC-KR, GBK, GB18030, Big5, Shift_JIS, ISO-8859-1, ...",
          e);
    }
  }

  /**
   * Returns the default options.
   *
   * @return options with the default field names, no forced language and the format guessed from
   *     each file name
   */
  public static ReadOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the field that holds the id.
   *
   * @return the field name
   */
  public String idField() {
    return idField;
  }

  /**
   * Returns the field that holds the title.
   *
   * @return the field name
   */
  public String titleField() {
    return titleField;
  }

  /**
   * Returns the fields that may hold the text; the first present one is used.
   *
   * @return the field names, in order of preference
   */
  public List<String> textFields() {
    return textFields;
  }

  /**
   * Returns the field that holds the language code.
   *
   * @return the field name
   */
  public String langField() {
    return langField;
  }

  /**
   * Returns the field that holds the date.
   *
   * @return the field name
   */
  public String dateField() {
    return dateField;
  }

  /**
   * Tells whether fields other than the mapped ones are kept (as {@link ArticleRecord#meta()}).
   *
   * @return true to keep them
   */
  public boolean keepFields() {
    return keepFields;
  }

  /**
   * Returns the language forced on every record, overriding the records' own language field.
   *
   * @return the language, or null to use the record's field or detect it
   */
  public Language language() {
    return language;
  }

  /**
   * Returns the size of the largest record read; larger ones become error records without being
   * held in memory.
   *
   * @return the limit in bytes of UTF-8 input
   */
  public int maxRecordBytes() {
    return maxRecordBytes;
  }

  /**
   * Returns the format forced on every input.
   *
   * @return the format, or null to guess it from each file name (and, for a stream, its first byte)
   */
  public InputFormat format() {
    return format;
  }

  /**
   * Tells whether and how the records' labels are read.
   *
   * @return the labels setting; {@link Labels#NONE} by default
   */
  public Labels labels() {
    return labels;
  }

  /**
   * Returns the fields that may hold a record's labels; the first present one is used. A JSON array
   * of theme ids (strings, or integers such as CAP codes), or one string, which may hold several
   * ids separated by {@code ;} or {@code |} (as a CSV cell does).
   *
   * @return the field names, in order of preference; empty when labels are not read
   */
  public List<String> labelFields() {
    return labelFields;
  }

  /**
   * Tells whether a record may have none of the text fields (its article then has no text). A text
   * field that is present must still be a string, and a record whose text and title are both blank
   * is still an empty text.
   *
   * @return true to accept records without text, as classified output written without it is
   */
  public boolean allowMissingText() {
    return allowMissingText;
  }

  /**
   * Returns the encoding of the input bytes.
   *
   * @return the encoding set, or null for UTF-8 (a byte-order mark wins either way)
   */
  public Charset encoding() {
    return encoding;
  }

  /**
   * Returns the CSV column delimiter.
   *
   * @return the delimiter set, or null to take the one the header line has most of (tab for TSV)
   */
  public Character delimiter() {
    return delimiter;
  }

  /**
   * Returns the parser of the records' dates.
   *
   * @return {@link DateParser#standard()}, or one with the pattern set
   */
  public DateParser dateParser() {
    return dateParser;
  }

  boolean isMappedField(String name) {
    return name.equals(idField)
        || name.equals(titleField)
        || name.equals(langField)
        || name.equals(dateField)
        || textFields.contains(name)
        || labelFields.contains(name);
  }

  /**
   * Builds {@link ReadOptions}. Each setter checks its value at once and may be called only once.
   * Not thread-safe.
   */
  public static final class Builder {
    private String idField;
    private String titleField;
    private String textField;
    private String langField;
    private String dateField;
    private Boolean keepFields;
    private Language language;
    private Integer maxRecordBytes;
    private InputFormat format;
    private Labels labels;
    private String labelsField;
    private Boolean allowMissingText;
    private Charset encoding;
    private Character delimiter;
    private DateParser dateParser;

    private Builder() {}

    /**
     * Sets the encoding of the input bytes (default UTF-8). A byte-order mark still wins.
     *
     * @param charset the encoding, e.g. {@link ReadOptions#encodingNamed(String) encodingNamed}
     *     ("CP949")
     * @return this builder
     * @throws NullPointerException if charset is null
     * @throws IllegalStateException if the encoding was already set
     */
    public Builder encoding(Charset charset) {
      requireState(encoding == null, "encoding was already set to %s", encoding);
      Objects.requireNonNull(charset, "encoding");
      encoding = charset.equals(StandardCharsets.UTF_8) ? null : charset;
      return this;
    }

    /**
     * Sets the CSV column delimiter (default: the one of {@code ,}, {@code ;}, tab and {@code |}
     * that the header line has most of; tab for TSV).
     *
     * @param separator the delimiter: not a quote, a line break or a letter or digit
     * @return this builder
     * @throws IllegalArgumentException if the delimiter cannot separate columns
     * @throws IllegalStateException if the delimiter was already set
     */
    public Builder delimiter(char separator) {
      requireState(delimiter == null, "delimiter was already set to %s", delimiter);
      requireArgument(
          separator != '"'
              && separator != '\n'
              && separator != '\r'
              && separator < 0x80
              && !Character.isLetterOrDigit(separator),
          "delimiter '%s' cannot separate CSV columns: use an ASCII sign such as , ; | or tab",
          separator);
      delimiter = separator;
      return this;
    }

    /**
     * Sets a date pattern tried before the standard forms of {@link DateParser}.
     *
     * @param pattern {@link java.time.format.DateTimeFormatter} letters, e.g. {@code dd/MM/yyyy}
     * @return this builder
     * @throws IllegalArgumentException if the pattern is not valid
     * @throws IllegalStateException if the date format was already set
     */
    public Builder dateFormat(String pattern) {
      requireState(dateParser == null, "dateFormat was already set to %s", dateParser);
      dateParser = DateParser.withPattern(pattern);
      return this;
    }

    /**
     * Sets the field that holds the id (default {@code id}).
     *
     * @param name the field name
     * @return this builder
     * @throws IllegalArgumentException if the name is blank
     * @throws IllegalStateException if the id field was already set
     */
    public Builder idField(String name) {
      requireState(idField == null, "idField was already set to %s", idField);
      idField = requireName(name, "idField");
      return this;
    }

    /**
     * Sets the field that holds the title (default {@code title}).
     *
     * @param name the field name
     * @return this builder
     * @throws IllegalArgumentException if the name is blank
     * @throws IllegalStateException if the title field was already set
     */
    public Builder titleField(String name) {
      requireState(titleField == null, "titleField was already set to %s", titleField);
      titleField = requireName(name, "titleField");
      return this;
    }

    /**
     * Sets the one field that holds the text (default: the first of {@code text}, {@code body},
     * {@code content}).
     *
     * @param name the field name
     * @return this builder
     * @throws IllegalArgumentException if the name is blank
     * @throws IllegalStateException if the text field was already set
     */
    public Builder textField(String name) {
      requireState(textField == null, "textField was already set to %s", textField);
      textField = requireName(name, "textField");
      return this;
    }

    /**
     * Sets the field that holds the language code (default {@code lang}).
     *
     * @param name the field name
     * @return this builder
     * @throws IllegalArgumentException if the name is blank
     * @throws IllegalStateException if the language field was already set
     */
    public Builder langField(String name) {
      requireState(langField == null, "langField was already set to %s", langField);
      langField = requireName(name, "langField");
      return this;
    }

    /**
     * Sets the field that holds the date, {@code yyyy-mm-dd} or an ISO date-time (default {@code
     * date}).
     *
     * @param name the field name
     * @return this builder
     * @throws IllegalArgumentException if the name is blank
     * @throws IllegalStateException if the date field was already set
     */
    public Builder dateField(String name) {
      requireState(dateField == null, "dateField was already set to %s", dateField);
      dateField = requireName(name, "dateField");
      return this;
    }

    /**
     * Keeps the fields that are not mapped, as {@link ArticleRecord#meta()} (default false).
     *
     * @param keep true to keep them
     * @return this builder
     * @throws IllegalStateException if this was already set
     */
    public Builder keepFields(boolean keep) {
      requireState(keepFields == null, "keepFields was already set to %s", keepFields);
      keepFields = keep;
      return this;
    }

    /**
     * Forces one language on every record (default: the record's language field, else detected).
     *
     * @param forced the language
     * @return this builder
     * @throws NullPointerException if forced is null
     * @throws IllegalStateException if the language was already set
     */
    public Builder language(Language forced) {
      requireState(language == null, "language was already set to %s", language);
      language = Objects.requireNonNull(forced, "language");
      return this;
    }

    /**
     * Sets the largest record read (default {@link #DEFAULT_MAX_RECORD_BYTES}).
     *
     * @param bytes the limit in bytes of UTF-8 input, at least 1024
     * @return this builder
     * @throws IllegalArgumentException if bytes is below 1024
     * @throws IllegalStateException if the limit was already set
     */
    public Builder maxRecordBytes(int bytes) {
      requireState(maxRecordBytes == null, "maxRecordBytes was already set to %s", maxRecordBytes);
      requireArgument(bytes >= 1024, "maxRecordBytes is %s, must be >= 1024", bytes);
      maxRecordBytes = bytes;
      return this;
    }

    /**
     * Forces one format on every input (default: guessed from each file name).
     *
     * @param forced the format
     * @return this builder
     * @throws NullPointerException if forced is null
     * @throws IllegalStateException if the format was already set
     */
    public Builder format(InputFormat forced) {
      requireState(format == null, "format was already set to %s", format);
      format = Objects.requireNonNull(forced, "format");
      return this;
    }

    /**
     * Reads the records' labels (default {@link Labels#NONE}: not read).
     *
     * @param read whether labels are read, and whether every record must have them
     * @return this builder
     * @throws NullPointerException if read is null
     * @throws IllegalStateException if this was already set
     */
    public Builder labels(Labels read) {
      requireState(labels == null, "labels was already set to %s", labels);
      labels = Objects.requireNonNull(read, "labels");
      return this;
    }

    /**
     * Sets the one field that holds the labels (default: the first of {@code labels}, {@code
     * label}), e.g. {@code assigned} in the output of a batch run. Needs {@link #labels(Labels)}.
     *
     * @param name the field name
     * @return this builder
     * @throws IllegalArgumentException if the name is blank
     * @throws IllegalStateException if the labels field was already set
     */
    public Builder labelsField(String name) {
      requireState(labelsField == null, "labelsField was already set to %s", labelsField);
      labelsField = requireName(name, "labelsField");
      return this;
    }

    /**
     * Accepts records that have none of the text fields, as an article without text (default false:
     * such a record is an error record). For classified output, which carries no text unless asked
     * to.
     *
     * @param allow true to accept them
     * @return this builder
     * @throws IllegalStateException if this was already set
     */
    public Builder allowMissingText(boolean allow) {
      requireState(
          allowMissingText == null, "allowMissingText was already set to %s", allowMissingText);
      allowMissingText = allow;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     * @throws IllegalArgumentException if two roles were given the same field name
     * @throws IllegalStateException if a labels field was set but labels are not read
     */
    public ReadOptions build() {
      requireState(
          labelsField == null || (labels != null && labels != Labels.NONE),
          "labelsField %s is set but labels are not read: set labels(OPTIONAL) or"
              + " labels(REQUIRED)",
          labelsField);
      ReadOptions options = new ReadOptions(this);
      Set<String> names = new HashSet<>();
      List<String> all =
          new ArrayList<>(
              List.of(options.idField, options.titleField, options.langField, options.dateField));
      all.addAll(options.textFields);
      all.addAll(options.labelFields);
      for (String name : all) {
        requireArgument(names.add(name), "field '%s' is mapped to two roles", name);
      }
      return options;
    }

    private static String requireName(String name, String parameter) {
      requireArgument(
          name != null && !name.isBlank(), "%s is %s", parameter, name == null ? "null" : "blank");
      return name;
    }
  }
}
