package io.github.policythemes.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * {@code policy-themes classify} as a {@code spark-submit} job: reads JSONL, CSV, text or Parquet
 * with the CLI's field options, classifies with {@link ThemeClassifierTransformer}, and writes
 * Parquet or JSONL with the CLI's fields ({@code id, lang, date, themes, assigned}, and {@code
 * explanation}, {@code title}/{@code text}, {@code meta} when asked for), the failed records to an
 * errors folder ({@code source, line, id, reason}), and prints {@code read = written + failed}.
 *
 * <pre>{@code
 * spark-submit --class io.github.policythemes.spark.ClassifyJob \
 *     spark/target/policy-themes-spark-0.1.0-SNAPSHOT-job.jar \
 *     --output hdfs:///themes/2024 --format parquet hdfs:///archive/2024/*.jsonl.gz
 * }</pre>
 *
 * <p>Unlike the CLI, the output is a folder of part files, not in input order; the scores are
 * doubles, not four decimals; {@code meta} is a JSON string. Exit code 0: all classified; 3: some
 * failed, the rest written; 2: usage error; 1: fatal error.
 */
public final class ClassifyJob {
  /** Exit code when every record was classified. */
  public static final int OK = 0;

  /** Exit code for a fatal error. */
  public static final int FATAL = 1;

  /** Exit code for a usage error. */
  public static final int USAGE = 2;

  /** Exit code when some records failed and the rest were written. */
  public static final int PARTIAL = 3;

  /** How many failed records are echoed on stderr; all of them are in the errors folder. */
  static final int ERRORS_ECHOED = 10;

  /**
   * What a run did.
   *
   * @param read records read, including those that could not be read
   * @param written records classified and written
   * @param failed records that went to the errors folder; {@code read == written + failed}
   * @param seconds the wall time of the run
   */
  public record Report(long read, long written, long failed, double seconds) {
    /**
     * Returns the records per second.
     *
     * @return read / seconds
     */
    public double docsPerSecond() {
      return seconds > 0 ? read / seconds : 0;
    }

    /**
     * Returns the summary line the job prints.
     *
     * @return e.g. {@code policy-themes spark classify: read 4, written 2, failed 2 in 3.1 s (1.3
     *     docs/s)}
     */
    public String summary() {
      return String.format(
          Locale.ROOT,
          "policy-themes spark classify: read %,d, written %,d, failed %,d in %.1f s (%,.1f docs/s)",
          read,
          written,
          failed,
          seconds,
          docsPerSecond());
    }
  }

  private ClassifyJob() {}

  /**
   * Runs the job in the session {@code spark-submit} sets up, and exits with its exit code.
   *
   * @param args the command line; {@code --help} prints it
   */
  public static void main(String[] args) {
    if (args.length == 0 || List.of(args).contains("--help")) {
      System.out.println(ClassifyJobOptions.USAGE);
      System.exit(args.length == 0 ? USAGE : OK);
    }
    ClassifyJobOptions options;
    try {
      options = ClassifyJobOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("policy-themes spark classify: " + e.getMessage());
      System.err.println(ClassifyJobOptions.USAGE);
      System.exit(USAGE);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("policy-themes classify").getOrCreate();
    int code;
    try {
      Report report = run(spark, options, System.err);
      code = report.failed() == 0 ? OK : PARTIAL;
    } catch (IllegalArgumentException e) {
      System.err.println("policy-themes spark classify: " + e.getMessage());
      code = USAGE;
    } catch (RuntimeException e) {
      System.err.println("policy-themes spark classify: failed: " + e);
      e.printStackTrace();
      code = FATAL;
    } finally {
      spark.stop();
    }
    System.exit(code);
  }

  /**
   * Runs the job in a session.
   *
   * @param spark the session
   * @param options the options
   * @param err where the summary and the first failed records are printed
   * @return what the run did
   * @throws IllegalArgumentException if an input does not exist, the model cannot be read, or the
   *     output exists without {@code --overwrite}
   */
  static Report run(SparkSession spark, ClassifyJobOptions options, PrintStream err) {
    long start = System.nanoTime();
    if (!options.overwrite()) {
      // Both destinations before any work: finding the errors folder taken only after the results
      // were written would leave results without their failed records.
      refuseExisting(spark, options.output(), "output");
      refuseExisting(spark, options.errors(), "errors folder");
    }
    Dataset<Row> records =
        partitioned(
            spark,
            ArticleSource.read(
                spark, options.inputs(), options.inputFormat(), ArticleSource.Fields.of(options)),
            options.partitions());
    ThemeClassifierTransformer classifier =
        new ThemeClassifierTransformer()
            .setInputCol("_text")
            .setTitleCol("title")
            .setLangCol("lang")
            .setOutputCol("_result")
            .setModelPath(options.model())
            .setExplain(options.explain())
            .setTopK(options.top())
            .setMaxTextLength(options.maxRecordBytes());
    Dataset<Row> classified =
        classifier
            .transform(records.withColumn("_text", when(col("error").isNull(), col("text"))))
            .select(columns(options).toArray(new Column[0]))
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Row counts = classified.agg(count(lit(1)), count(when(col("error").isNull(), 1))).first();
      long read = counts.getLong(0);
      long written = counts.getLong(1);
      SaveMode mode = options.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
      Dataset<Row> results =
          classified.filter(col("error").isNull()).drop("source", "line", "error");
      results
          .write()
          .mode(mode)
          .format(options.format().equals("jsonl") ? "json" : "parquet")
          .save(options.output());
      Dataset<Row> errors =
          classified
              .filter(col("error").isNotNull())
              .select(col("source"), col("line"), col("id"), col("error").as("reason"));
      errors.write().mode(mode).json(options.errors());
      if (read > written) {
        for (Row error : errors.limit(ERRORS_ECHOED).collectAsList()) {
          err.println("policy-themes: " + position(error) + ": " + error.getString(3));
        }
        err.println(
            "policy-themes: all "
                + (read - written)
                + " failed records are in "
                + options.errors());
      }
      Report report = new Report(read, written, read - written, (System.nanoTime() - start) / 1e9);
      err.println(report.summary());
      return report;
    } finally {
      classified.unpersist();
    }
  }

  private static void refuseExisting(SparkSession spark, String destination, String what) {
    Path path = new Path(destination);
    boolean exists;
    try {
      exists = path.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot check " + destination + ": " + e.getMessage(), e);
    }
    if (exists) {
      throw new IllegalArgumentException(
          "the " + what + " " + destination + " already exists; --overwrite replaces it");
    }
  }

  /** The read partitions, or N, or at least as many partitions as there are cores. */
  private static Dataset<Row> partitioned(
      SparkSession spark, Dataset<Row> records, int partitions) {
    if (partitions > 0) {
      return records.repartition(partitions);
    }
    int cores = spark.sparkContext().defaultParallelism();
    return records.rdd().getNumPartitions() < cores ? records.repartition(cores) : records;
  }

  /** The CLI's fields, then what the errors need. */
  private static List<Column> columns(ClassifyJobOptions options) {
    List<Column> columns = new ArrayList<>();
    columns.add(col("id"));
    columns.add(col("_result.lang").as("lang"));
    columns.add(to_date(col("date")).as("date"));
    columns.add(col("_result.themes").as("themes"));
    columns.add(col("_result.assigned").as("assigned"));
    if (options.explain()) {
      columns.add(col("_result.explanation").as("explanation"));
    }
    if (options.keepText()) {
      columns.add(col("title"));
      columns.add(col("text"));
    }
    if (options.keepFields()) {
      columns.add(col("meta"));
    }
    columns.add(col("source"));
    columns.add(col("line"));
    columns.add(coalesce(col("error"), col("_result.error")).as("error"));
    return columns;
  }

  private static String position(Row error) {
    String where =
        error.isNullAt(1) ? error.getString(0) : error.getString(0) + ":" + error.getLong(1);
    return error.isNullAt(2) ? where : where + " (" + error.getString(2) + ")";
  }
}
