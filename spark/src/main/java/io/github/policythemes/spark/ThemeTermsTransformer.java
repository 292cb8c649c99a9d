package io.github.policythemes.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.github.policythemes.analysis.Chain;
import io.github.policythemes.analysis.Language;
import io.github.policythemes.analysis.TextAnalyzer;
import io.github.policythemes.analysis.TopicTerms;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.BooleanParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.param.ParamValidators;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A Spark ML {@link Transformer} that turns a text column into an {@code array<string>} of terms
 * with one of core's analysis chains: {@code words} (stemmed English, Nori morphemes, SmartCN
 * words), {@code nouns} (Korean nouns from Nori, words elsewhere; the default) or {@code bigrams}
 * (CJK character bigrams). The output feeds Spark MLlib's {@code CountVectorizer} and {@code LDA}
 * for topic models of corpora too big for one machine.
 *
 * <pre>{@code
 * Dataset<Row> terms = new ThemeTermsTransformer().setInputCol("text").setOutputCol("terms")
 *     .transform(articles);
 * CountVectorizerModel vocabulary = new CountVectorizer().setInputCol("terms")
 *     .setOutputCol("counts").setMinDF(2).setMaxDF(0.5).fit(terms);
 * LDAModel lda = new LDA().setK(20).setFeaturesCol("counts").setSeed(42)
 *     .fit(vocabulary.transform(terms));
 * }</pre>
 *
 * <p>With {@code forTopics} (the default) on the {@code nouns} chain the terms are exactly those of
 * core's topic models ({@link TopicTerms}): compounds kept whole, topic stop words, numbers and
 * one-letter Latin terms dropped. On {@code words}, {@code forTopics} drops numbers, one-letter
 * Latin terms and stacked compound parts but no stop words; on {@code bigrams}, which overlap by
 * design, only numbers and one-letter Latin terms. A null text gives an empty array; the language
 * comes from {@code langCol} when set and valid, else it is detected per row.
 *
 * <p>Not thread-safe while params are being set; {@link #transform} may be called from any thread.
 */
public final class ThemeTermsTransformer extends Transformer implements DefaultParamsWritable {
  private static final long serialVersionUID = 1L;

  private final String uid;
  private final Param<String> inputCol;
  private final Param<String> outputCol;
  private final Param<String> langCol;
  private final Param<String> chain;
  private final BooleanParam forTopics;

  /** Makes a transformer with a random uid and the default params. */
  public ThemeTermsTransformer() {
    this(Identifiable$.MODULE$.randomUID("themeTerms"));
  }

  /**
   * Makes a transformer with the given uid and the default params (used when loading).
   *
   * @param uid the uid
   */
  public ThemeTermsTransformer(String uid) {
    this.uid = Objects.requireNonNull(uid, "uid");
    inputCol = new Param<>(this, "inputCol", "column with the text (string)");
    outputCol = new Param<>(this, "outputCol", "array<string> column to append");
    langCol = new Param<>(this, "langCol", "optional column with a language code (null: detect)");
    chain =
        new Param<>(
            this,
            "chain",
            "analysis chain: words, nouns or bigrams",
            ParamValidators.inArray(new String[] {"words", "nouns", "bigrams"}));
    forTopics =
        new BooleanParam(
            this,
            "forTopics",
            "the terms of core's topic models (with nouns: their stop words too)");
    setDefault(inputCol, "text");
    setDefault(outputCol, "terms");
    setDefault(chain, "nouns");
    setDefault(forTopics, true);
  }

  @Override
  public String uid() {
    return uid;
  }

  /**
   * Returns the reader that {@code PipelineModel.load} and {@link #load} use.
   *
   * @return the reader
   */
  public static MLReader<ThemeTermsTransformer> read() {
    return new DefaultParamsReader<>();
  }

  /**
   * Loads a transformer saved with {@code write().save(path)}.
   *
   * @param path where it was saved
   * @return the transformer
   */
  public static ThemeTermsTransformer load(String path) {
    return read().load(path);
  }

  /**
   * Appends the terms of each row's text.
   *
   * @param dataset the input
   * @return the input with {@code outputCol} appended
   * @throws IllegalArgumentException if the input column is missing or not a string
   */
  @Override
  public Dataset<Row> transform(Dataset<?> dataset) {
    transformSchema(dataset.schema());
    UserDefinedFunction terms =
        functions.udf(
            new Terms(Chain.parse(getChain()), getForTopics()),
            DataTypes.createArrayType(DataTypes.StringType, false));
    Column lang = isDefined(langCol) ? col(getLangCol()) : lit(null).cast(DataTypes.StringType);
    return dataset.withColumn(getOutputCol(), terms.apply(col(getInputCol()), lang));
  }

  /**
   * Checks the input column and adds the output.
   *
   * @param schema the input schema
   * @return the schema with {@code outputCol} appended
   * @throws IllegalArgumentException if a column is missing, not a string, or the output exists
   */
  @Override
  public StructType transformSchema(StructType schema) {
    List<String> names = List.of(schema.fieldNames());
    for (String column :
        isDefined(langCol) ? List.of(getInputCol(), getLangCol()) : List.of(getInputCol())) {
      if (!names.contains(column)) {
        throw new IllegalArgumentException(
            "column '" + column + "' is not in " + schema.simpleString());
      }
      if (!schema.apply(column).dataType().equals(DataTypes.StringType)) {
        throw new IllegalArgumentException(
            "column '"
                + column
                + "' is "
                + schema.apply(column).dataType().simpleString()
                + ", not a string");
      }
    }
    if (names.contains(getOutputCol())) {
      throw new IllegalArgumentException("outputCol '" + getOutputCol() + "' already exists");
    }
    return schema.add(
        getOutputCol(), DataTypes.createArrayType(DataTypes.StringType, false), false);
  }

  @Override
  public ThemeTermsTransformer copy(ParamMap extra) {
    return defaultCopy(extra);
  }

  /** The terms of one text. Stateless: the analyzers are core's shared, thread-safe ones. */
  private static final class Terms implements UDF2<String, String, String[]> {
    private static final long serialVersionUID = 1L;
    private static final String[] NONE = new String[0];

    private final Chain chain;
    private final boolean forTopics;

    Terms(Chain chain, boolean forTopics) {
      this.chain = chain;
      this.forTopics = forTopics;
    }

    @Override
    public String[] call(String text, String lang) {
      if (text == null || text.isEmpty()) {
        return NONE;
      }
      Language language = language(lang);
      List<String> terms = new ArrayList<>();
      if (forTopics && chain == Chain.NOUNS) {
        TopicTerms.analyze(text, language, (term, start, end) -> terms.add(term));
        return terms.toArray(NONE);
      }
      TextAnalyzer analyzer =
          language == null ? TextAnalyzer.autoDetect() : TextAnalyzer.forLanguage(language);
      boolean spans = forTopics && chain != Chain.BIGRAMS;
      int[] keptEnd = {-1};
      analyzer.analyze(
          text,
          chain,
          (buffer, length, start, end, increment) -> {
            if (spans && start < keptEnd[0]) {
              return; // a part Nori stacked inside the compound just kept
            }
            if (forTopics && !topicTerm(buffer, length)) {
              return;
            }
            keptEnd[0] = end;
            terms.add(new String(buffer, 0, length));
          });
      return terms.toArray(NONE);
    }

    /** The row's language, or null to detect it (no code, {@code auto} or a malformed code). */
    private static Language language(String lang) {
      if (lang == null || lang.isBlank() || lang.strip().toLowerCase(Locale.ROOT).equals("auto")) {
        return null;
      }
      try {
        return Language.fromCodeOrOther(lang);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }

    /** A letter somewhere, and more than one char unless it is Han, Hangul or Kana. */
    private static boolean topicTerm(char[] buffer, int length) {
      boolean letter = false;
      boolean cjk = false;
      for (int i = 0; i < length; i++) {
        char c = buffer[i];
        if (Character.isLetter(c)) {
          letter = true;
          Character.UnicodeScript script = Character.UnicodeScript.of(c);
          cjk |=
              script == Character.UnicodeScript.HAN
                  || script == Character.UnicodeScript.HANGUL
                  || script == Character.UnicodeScript.HIRAGANA
                  || script == Character.UnicodeScript.KATAKANA;
        }
      }
      return letter && (cjk || length > 1);
    }
  }

  // ---- params ----

  /**
   * The column with the text.
   *
   * @return the param
   */
  public Param<String> inputCol() {
    return inputCol;
  }

  /**
   * Returns the text column.
   *
   * @return the column name
   */
  public String getInputCol() {
    return $(inputCol);
  }

  /**
   * Sets the text column (default {@code text}).
   *
   * @param column the column name
   * @return this transformer
   */
  public ThemeTermsTransformer setInputCol(String column) {
    set(inputCol, column);
    return this;
  }

  /**
   * The array column to append.
   *
   * @return the param
   */
  public Param<String> outputCol() {
    return outputCol;
  }

  /**
   * Returns the output column.
   *
   * @return the column name
   */
  public String getOutputCol() {
    return $(outputCol);
  }

  /**
   * Sets the output column (default {@code terms}).
   *
   * @param column the column name
   * @return this transformer
   */
  public ThemeTermsTransformer setOutputCol(String column) {
    set(outputCol, column);
    return this;
  }

  /**
   * The optional column with each row's language code.
   *
   * @return the param
   */
  public Param<String> langCol() {
    return langCol;
  }

  /**
   * Returns the language column.
   *
   * @return the column name
   * @throws java.util.NoSuchElementException if none was set
   */
  public String getLangCol() {
    return $(langCol);
  }

  /**
   * Sets the language column (default: none, detected per row).
   *
   * @param column the column name
   * @return this transformer
   */
  public ThemeTermsTransformer setLangCol(String column) {
    set(langCol, column);
    return this;
  }

  /**
   * The analysis chain.
   *
   * @return the param
   */
  public Param<String> chain() {
    return chain;
  }

  /**
   * Returns the analysis chain.
   *
   * @return {@code words}, {@code nouns} or {@code bigrams}
   */
  public String getChain() {
    return $(chain);
  }

  /**
   * Sets the analysis chain (default {@code nouns}).
   *
   * @param name {@code words}, {@code nouns} or {@code bigrams}
   * @return this transformer
   * @throws IllegalArgumentException for another name
   */
  public ThemeTermsTransformer setChain(String name) {
    set(chain, name);
    return this;
  }

  /**
   * Whether the terms are filtered as core's topic models filter them.
   *
   * @return the param
   */
  public BooleanParam forTopics() {
    return forTopics;
  }

  /**
   * Tells whether the terms are filtered for topic models.
   *
   * @return true to filter
   */
  public boolean getForTopics() {
    return (Boolean) $(forTopics);
  }

  /**
   * Drops numbers, one-letter Latin terms and stacked compound parts (default true); false keeps
   * every term of the chain.
   *
   * @param on true to filter
   * @return this transformer
   */
  public ThemeTermsTransformer setForTopics(boolean on) {
    set(forTopics, on);
    return this;
  }
}
