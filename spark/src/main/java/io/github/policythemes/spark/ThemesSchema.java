package io.github.policythemes.spark;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The struct that {@link ThemeClassifierTransformer} appends: the content of one line of {@code
 * policy-themes classify --format jsonl}, plus an {@code error}.
 *
 * <pre>
 * struct&lt;
 *   lang: string,                                  -- the language analysed as (given or detected)
 *   themes: array&lt;struct&lt;id: string, label: string, score: double, assigned: boolean&gt;&gt;,
 *   assigned: array&lt;string&gt;,                       -- ids of the assigned themes, best first
 *   explanation: array&lt;struct&lt;theme, label, score,   -- only with explain = true
 *       terms: array&lt;struct&lt;term: string, contribution: double&gt;&gt;,
 *       sentences: array&lt;struct&lt;text: string, start: int, end: int, weight: double&gt;&gt;&gt;&gt;,
 *   error: string&gt;                                 -- null, or why the row was not classified
 * </pre>
 *
 * <p>A row that could not be classified has {@code error} set, {@code lang} null and empty {@code
 * themes} and {@code assigned}. Scores are the classifier's doubles, not rounded (the CLI writes
 * four decimals). Thread-safe: constants only.
 */
public final class ThemesSchema {
  /** The struct field with the language code. */
  public static final String LANG = "lang";

  /** The struct field with the ranked themes. */
  public static final String THEMES = "themes";

  /** The struct field with the assigned theme ids. */
  public static final String ASSIGNED = "assigned";

  /** The struct field with the evidence per assigned theme (null unless explain is on). */
  public static final String EXPLANATION = "explanation";

  /** The struct field that says why a row was not classified (null when it was). */
  public static final String ERROR = "error";

  /** One ranked theme: {@code id, label, score, assigned}. */
  public static final StructType THEME_SCORE =
      new StructType(
          new StructField[] {
            field("id", DataTypes.StringType, false),
            field("label", DataTypes.StringType, false),
            field("score", DataTypes.DoubleType, false),
            field("assigned", DataTypes.BooleanType, false)
          });

  /** One term's contribution: {@code term, contribution}. */
  public static final StructType TERM =
      new StructType(
          new StructField[] {
            field("term", DataTypes.StringType, false),
            field("contribution", DataTypes.DoubleType, false)
          });

  /** One evidence sentence: {@code text, start, end, weight}; offsets into title + text. */
  public static final StructType SENTENCE =
      new StructType(
          new StructField[] {
            field("text", DataTypes.StringType, false),
            field("start", DataTypes.IntegerType, false),
            field("end", DataTypes.IntegerType, false),
            field("weight", DataTypes.DoubleType, false)
          });

  /** The evidence for one assigned theme: {@code theme, label, score, terms, sentences}. */
  public static final StructType EVIDENCE =
      new StructType(
          new StructField[] {
            field("theme", DataTypes.StringType, false),
            field("label", DataTypes.StringType, false),
            field("score", DataTypes.DoubleType, false),
            field("terms", DataTypes.createArrayType(TERM, false), false),
            field("sentences", DataTypes.createArrayType(SENTENCE, false), false)
          });

  /** The ranked themes. */
  public static final ArrayType THEMES_TYPE = DataTypes.createArrayType(THEME_SCORE, false);

  /** The assigned ids. */
  public static final ArrayType ASSIGNED_TYPE =
      DataTypes.createArrayType(DataTypes.StringType, false);

  /** The explanation. */
  public static final ArrayType EXPLANATION_TYPE = DataTypes.createArrayType(EVIDENCE, false);

  /** The whole output struct. */
  public static final StructType RESULT =
      new StructType(
          new StructField[] {
            field(LANG, DataTypes.StringType, true),
            field(THEMES, THEMES_TYPE, false),
            field(ASSIGNED, ASSIGNED_TYPE, false),
            field(EXPLANATION, EXPLANATION_TYPE, true),
            field(ERROR, DataTypes.StringType, true)
          });

  private ThemesSchema() {}

  private static StructField field(
      String name, org.apache.spark.sql.types.DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }
}
