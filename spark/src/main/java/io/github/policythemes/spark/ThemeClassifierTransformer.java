package io.github.policythemes.spark;

import java.util.Iterator;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.BooleanParam;
import org.apache.spark.ml.param.DoubleParam;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.param.ParamValidators;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

/**
 * A Spark ML {@link Transformer} that classifies a text column into policy themes and appends the
 * {@link ThemesSchema#RESULT} struct: the ranked themes with id, label, score and assigned, the
 * assigned ids, the evidence when {@code explain} is on, and {@code error}.
 *
 * <pre>{@code
 * ThemeClassifierTransformer classifier = new ThemeClassifierTransformer()
 *     .setInputCol("body").setTitleCol("headline").setOutputCol("themes");   // modelPath "default"
 * Dataset<Row> classified = classifier.transform(articles);
 * classified.select(col("id"), col("themes.assigned")).show();
 * classified.filter(col("themes.error").isNotNull());   // rows that could not be classified
 * }</pre>
 *
 * <p>Params: {@code inputCol} (default {@code text}), {@code titleCol} and {@code langCol}
 * (optional; a language code such as {@code ko}, or null, blank or {@code auto} to detect it),
 * {@code outputCol} (default {@code themes}), {@code modelPath} ({@code default} for the bundled
 * model, a {@code .ptm} bundle on any Hadoop file system, or {@code keywords[:<taxonomy id or
 * file>]} for the zero-shot keyword classifier), {@code minScore} and {@code topK} (which ranked
 * themes the struct lists; {@code assigned} always lists every assigned theme, like the CLI's
 * {@code --top}), {@code explain}, and {@code maxTextLength} (title plus text, in chars; default 4
 * Mi).
 *
 * <p>Nothing is dropped: a row whose text is null, not a string, empty or longer than {@code
 * maxTextLength}, or whose language code is malformed, keeps its place with {@code error} set and
 * empty {@code themes}, so the output has as many rows as the input.
 *
 * <p>The model is resolved and checked on the driver when {@link #transform} is called, its bytes
 * are broadcast, and each executor JVM loads it once into a static cache keyed by the bytes'
 * SHA-256; the rows are classified partition by partition with that one shared, thread-safe
 * classifier. Saved with {@link #write()} (or inside a {@code PipelineModel}) as params only: the
 * model is referenced by its {@code modelPath}, which must still be readable when loaded.
 *
 * <p>Like every Spark {@code Params}, an instance is not thread-safe while its params are being
 * set; {@link #transform} may be called from any thread.
 */
public final class ThemeClassifierTransformer extends Transformer implements DefaultParamsWritable {
  private static final long serialVersionUID = 1L;

  /** The default {@code maxTextLength}: 4 Mi chars, as the CLI's default record size. */
  public static final int DEFAULT_MAX_TEXT_LENGTH = 4 << 20;

  private final String uid;
  private final Param<String> inputCol;
  private final Param<String> titleCol;
  private final Param<String> langCol;
  private final Param<String> outputCol;
  private final Param<String> modelPath;
  private final DoubleParam minScore;
  private final IntParam topK;
  private final BooleanParam explain;
  private final IntParam maxTextLength;

  /** Makes a transformer with a random uid and the default params. */
  public ThemeClassifierTransformer() {
    this(Identifiable$.MODULE$.randomUID("themeClassifier"));
  }

  /**
   * Makes a transformer with the given uid and the default params (used when loading).
   *
   * @param uid the uid
   */
  public ThemeClassifierTransformer(String uid) {
    this.uid = Objects.requireNonNull(uid, "uid");
    inputCol = new Param<>(this, "inputCol", "column with the article text");
    titleCol = new Param<>(this, "titleCol", "optional column with the headline");
    langCol = new Param<>(this, "langCol", "optional column with a language code (null: detect)");
    outputCol = new Param<>(this, "outputCol", "struct column to append");
    modelPath =
        new Param<>(this, "modelPath", "default, keywords[:TAXONOMY] or a .ptm model bundle");
    minScore =
        new DoubleParam(
            this,
            "minScore",
            "leave ranked themes below this score out of the struct's themes",
            ParamValidators.inRange(0, 1));
    topK =
        new IntParam(
            this, "topK", "list at most K ranked themes (0: all)", ParamValidators.gtEq(0));
    explain = new BooleanParam(this, "explain", "add the terms and sentences behind each theme");
    maxTextLength =
        new IntParam(
            this,
            "maxTextLength",
            "longest title + text classified, in chars; longer rows get an error",
            ParamValidators.gtEq(1));
    setDefault(inputCol, "text");
    setDefault(outputCol, "themes");
    setDefault(modelPath, ModelCache.DEFAULT);
    setDefault(minScore, 0.0);
    setDefault(topK, 0);
    setDefault(explain, false);
    setDefault(maxTextLength, DEFAULT_MAX_TEXT_LENGTH);
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
  public static MLReader<ThemeClassifierTransformer> read() {
    return new DefaultParamsReader<>();
  }

  /**
   * Loads a transformer saved with {@code write().save(path)}.
   *
   * @param path where it was saved
   * @return the transformer
   */
  public static ThemeClassifierTransformer load(String path) {
    return read().load(path);
  }

  /**
   * Classifies the dataset's rows.
   *
   * @param dataset the input; keeps all its columns
   * @return the input with the struct column appended, one row per input row
   * @throws IllegalArgumentException if a column is missing, the output column exists, or the model
   *     cannot be read
   */
  @Override
  public Dataset<Row> transform(Dataset<?> dataset) {
    StructType input = dataset.schema();
    StructType output = transformSchema(input);
    ShippedModel model = ModelCache.ship(dataset.sparkSession(), getModelPath());
    int text = input.fieldIndex(getInputCol());
    int title = isDefined(titleCol) ? input.fieldIndex(getTitleCol()) : -1;
    int lang = isDefined(langCol) ? input.fieldIndex(getLangCol()) : -1;
    RowClassifier.Settings settings =
        new RowClassifier.Settings(
            getInputCol(),
            typeName(input, text),
            title < 0 ? null : getTitleCol(),
            typeName(input, title),
            lang < 0 ? null : getLangCol(),
            typeName(input, lang),
            getMinScore(),
            getTopK(),
            getExplain(),
            getMaxTextLength());
    return dataset
        .toDF()
        .mapPartitions(
            new ClassifyPartition(model, settings, text, title, lang), Encoders.row(output));
  }

  /**
   * Checks the input columns and adds the struct.
   *
   * @param schema the input schema
   * @return the schema with {@code outputCol} appended
   * @throws IllegalArgumentException if a column is missing or the output column exists
   */
  @Override
  public StructType transformSchema(StructType schema) {
    requireColumn(schema, getInputCol(), "inputCol");
    if (isDefined(titleCol)) {
      requireColumn(schema, getTitleCol(), "titleCol");
    }
    if (isDefined(langCol)) {
      requireColumn(schema, getLangCol(), "langCol");
    }
    if (java.util.Arrays.asList(schema.fieldNames()).contains(getOutputCol())) {
      throw new IllegalArgumentException(
          "outputCol '" + getOutputCol() + "' already exists in " + schema.simpleString());
    }
    return schema.add(getOutputCol(), ThemesSchema.RESULT, false);
  }

  @Override
  public ThemeClassifierTransformer copy(ParamMap extra) {
    return defaultCopy(extra);
  }

  private static void requireColumn(StructType schema, String column, String param) {
    if (!java.util.Arrays.asList(schema.fieldNames()).contains(column)) {
      throw new IllegalArgumentException(
          param + " '" + column + "' is not a column of " + schema.simpleString());
    }
  }

  private static String typeName(StructType schema, int index) {
    if (index < 0) {
      return null;
    }
    DataType type = schema.fields()[index].dataType();
    return type.simpleString();
  }

  /** Classifies one partition with the JVM's cached classifier; rows stream through lazily. */
  private static final class ClassifyPartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final ShippedModel model;
    private final RowClassifier.Settings settings;
    private final int text;
    private final int title;
    private final int lang;

    ClassifyPartition(
        ShippedModel model, RowClassifier.Settings settings, int text, int title, int lang) {
      this.model = model;
      this.settings = settings;
      this.text = text;
      this.title = title;
      this.lang = lang;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      RowClassifier classifier = new RowClassifier(ModelCache.get(model), settings);
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          Row row = rows.next();
          int width = row.length();
          Object[] values = new Object[width + 1];
          for (int i = 0; i < width; i++) {
            values[i] = row.get(i);
          }
          values[width] =
              classifier.classify(
                  row.get(text),
                  title < 0 ? null : row.get(title),
                  lang < 0 ? null : row.get(lang));
          return RowFactory.create(values);
        }
      };
    }
  }

  // ---- params ----

  /**
   * The column with the article text.
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
  public ThemeClassifierTransformer setInputCol(String column) {
    set(inputCol, column);
    return this;
  }

  /**
   * The optional column with the headline, analysed with the text as the CLI does.
   *
   * @return the param
   */
  public Param<String> titleCol() {
    return titleCol;
  }

  /**
   * Returns the title column.
   *
   * @return the column name
   * @throws java.util.NoSuchElementException if none was set
   */
  public String getTitleCol() {
    return $(titleCol);
  }

  /**
   * Sets the title column (default: none).
   *
   * @param column the column name
   * @return this transformer
   */
  public ThemeClassifierTransformer setTitleCol(String column) {
    set(titleCol, column);
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
   * Sets the language column (default: none, every row's language is detected).
   *
   * @param column the column name; its values are ISO 639 codes, or null, blank or {@code auto}
   * @return this transformer
   */
  public ThemeClassifierTransformer setLangCol(String column) {
    set(langCol, column);
    return this;
  }

  /**
   * The struct column to append.
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
   * Sets the output column (default {@code themes}).
   *
   * @param column the column name
   * @return this transformer
   */
  public ThemeClassifierTransformer setOutputCol(String column) {
    set(outputCol, column);
    return this;
  }

  /**
   * The model: {@code default}, {@code keywords[:TAXONOMY]} or a {@code .ptm} bundle.
   *
   * @return the param
   */
  public Param<String> modelPath() {
    return modelPath;
  }

  /**
   * Returns the model path.
   *
   * @return the model path
   */
  public String getModelPath() {
    return $(modelPath);
  }

  /**
   * Sets the model (default {@code default}, the bundled model).
   *
   * @param path {@code default}; {@code keywords} or {@code keywords:<taxonomy id or JSON file>};
   *     or a {@code .ptm} bundle on any file system Hadoop reads
   * @return this transformer
   */
  public ThemeClassifierTransformer setModelPath(String path) {
    set(modelPath, path);
    return this;
  }

  /**
   * The lowest score a ranked theme needs to be listed in {@code themes}.
   *
   * @return the param
   */
  public DoubleParam minScore() {
    return minScore;
  }

  /**
   * Returns the lowest listed score.
   *
   * @return the score in [0, 1]
   */
  public double getMinScore() {
    return (Double) $(minScore);
  }

  /**
   * Sets the lowest listed score (default 0: every theme); assignment is the model's, not this.
   *
   * @param score in [0, 1]
   * @return this transformer
   * @throws IllegalArgumentException if score is outside [0, 1]
   */
  public ThemeClassifierTransformer setMinScore(double score) {
    set(minScore, score);
    return this;
  }

  /**
   * How many ranked themes {@code themes} lists.
   *
   * @return the param
   */
  public IntParam topK() {
    return topK;
  }

  /**
   * Returns how many ranked themes are listed.
   *
   * @return K, 0 for all
   */
  public int getTopK() {
    return (Integer) $(topK);
  }

  /**
   * Lists only the K best themes (default 0: all), as the CLI's {@code --top}.
   *
   * @param k 0 or more
   * @return this transformer
   * @throws IllegalArgumentException if k is negative
   */
  public ThemeClassifierTransformer setTopK(int k) {
    set(topK, k);
    return this;
  }

  /**
   * Whether the struct carries the evidence per assigned theme.
   *
   * @return the param
   */
  public BooleanParam explain() {
    return explain;
  }

  /**
   * Tells whether evidence is added.
   *
   * @return true to add it
   */
  public boolean getExplain() {
    return (Boolean) $(explain);
  }

  /**
   * Adds the terms and sentences behind each assigned theme (default false), as {@code --explain}.
   *
   * @param on true to add them
   * @return this transformer
   */
  public ThemeClassifierTransformer setExplain(boolean on) {
    set(explain, on);
    return this;
  }

  /**
   * The longest title plus text classified, in chars.
   *
   * @return the param
   */
  public IntParam maxTextLength() {
    return maxTextLength;
  }

  /**
   * Returns the longest text classified.
   *
   * @return the limit in chars
   */
  public int getMaxTextLength() {
    return (Integer) $(maxTextLength);
  }

  /**
   * Sets the longest title plus text classified (default {@value #DEFAULT_MAX_TEXT_LENGTH} chars);
   * longer rows get an error instead of tying up a task.
   *
   * @param chars at least 1
   * @return this transformer
   * @throws IllegalArgumentException if chars is below 1
   */
  public ThemeClassifierTransformer setMaxTextLength(int chars) {
    set(maxTextLength, chars);
    return this;
  }
}
