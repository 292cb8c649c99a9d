package io.github.policythemes.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring_index;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.when;

import io.github.policythemes.analysis.Language;
import io.github.policythemes.article.ArticleRecord;
import io.github.policythemes.article.ErrorRecord;
import io.github.policythemes.article.InputFormat;
import io.github.policythemes.article.InputRecord;
import io.github.policythemes.article.ReadOptions;
import io.github.policythemes.article.RecordSource;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.TaskCompletionListener;
import scala.Tuple2;

/**
 * Reads the job's inputs into one DataFrame of {@link #SCHEMA}: a row per record, with {@code
 * error} set for a record that could not be read.
 *
 * <p>JSONL, CSV and text files are read by core's own readers (the CLI's), one task per file, so
 * field options, error reasons and ids without an id field ({@code <file>:<line>}) are the CLI's.
 * Parquet files are read by Spark, with the same field options; their rows have no line number, and
 * a row without an id gets {@code <file>:<n>} with n unique within the run.
 */
final class ArticleSource {
  /** source, line, id, title, text, lang, date (yyyy-mm-dd), meta (JSON), error. */
  static final StructType SCHEMA =
      new StructType()
          .add("source", DataTypes.StringType, false)
          .add("line", DataTypes.LongType)
          .add("id", DataTypes.StringType)
          .add("title", DataTypes.StringType)
          .add("text", DataTypes.StringType)
          .add("lang", DataTypes.StringType)
          .add("date", DataTypes.StringType)
          .add("meta", DataTypes.StringType)
          .add("error", DataTypes.StringType);

  /** The CLI's field options, in a form the tasks can carry. */
  record Fields(
      String idField, String textField, String lang, boolean keepFields, int maxRecordBytes)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    static Fields of(ClassifyJobOptions options) {
      return new Fields(
          options.idField(),
          options.textField(),
          options.lang().equalsIgnoreCase("auto") ? null : Language.fromCode(options.lang()).code(),
          options.keepFields(),
          options.maxRecordBytes());
    }

    ReadOptions readOptions(InputFormat format) {
      ReadOptions.Builder builder =
          ReadOptions.builder()
              .keepFields(keepFields)
              .maxRecordBytes(maxRecordBytes)
              .format(format);
      if (idField != null) {
        builder.idField(idField);
      }
      if (textField != null) {
        builder.textField(textField);
      }
      if (lang != null) {
        builder.language(Language.fromCode(lang));
      }
      return builder.build();
    }

    List<String> textFields() {
      return textField != null ? List.of(textField) : ReadOptions.defaults().textFields();
    }
  }

  private ArticleSource() {}

  /**
   * Lists the inputs and reads them.
   *
   * @param spark the session
   * @param inputs files, folders or globs
   * @param inputFormat {@code auto} or the format of every file
   * @param fields the field options
   * @return one row per record
   * @throws IllegalArgumentException if an input does not exist
   * @throws UncheckedIOException if an input cannot be listed
   */
  static Dataset<Row> read(
      SparkSession spark, List<String> inputs, String inputFormat, Fields fields) {
    List<String> parquet = new ArrayList<>();
    List<String> other = new ArrayList<>();
    for (String file : list(spark.sparkContext().hadoopConfiguration(), inputs)) {
      boolean isParquet =
          inputFormat.equals("parquet")
              || (inputFormat.equals("auto") && file.toLowerCase(Locale.ROOT).endsWith(".parquet"));
      (isParquet ? parquet : other).add(file);
    }
    Dataset<Row> rows = null;
    if (other.isEmpty() && parquet.isEmpty()) {
      return spark.createDataFrame(List.<Row>of(), SCHEMA); // an empty folder: read 0, like the CLI
    }
    if (!other.isEmpty()) {
      rows = readWithCore(spark, other, inputFormat, fields);
    }
    if (!parquet.isEmpty()) {
      Dataset<Row> columns = readParquet(spark, parquet, fields);
      rows = rows == null ? columns : rows.unionByName(columns);
    }
    return rows;
  }

  private static List<String> list(Configuration conf, List<String> inputs) {
    List<String> files = new ArrayList<>();
    try {
      for (String input : inputs) {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(path);
        if (matches == null || matches.length == 0) {
          throw new IllegalArgumentException("no such file or folder: " + input);
        }
        for (FileStatus match : matches) {
          collect(fs, match, files);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the inputs: " + e.getMessage(), e);
    }
    return files;
  }

  /** Files in name order, folders recursively; names starting with '.' or '_' are skipped. */
  private static void collect(FileSystem fs, FileStatus status, List<String> files)
      throws IOException {
    if (!status.isDirectory()) {
      files.add(status.getPath().toString());
      return;
    }
    FileStatus[] children = fs.listStatus(status.getPath());
    java.util.Arrays.sort(
        children, (a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
    for (FileStatus child : children) {
      String name = child.getPath().getName();
      if (!name.startsWith(".") && !name.startsWith("_")) {
        collect(fs, child, files);
      }
    }
  }

  private static Dataset<Row> readWithCore(
      SparkSession spark, List<String> files, String inputFormat, Fields fields) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int minPartitions = Math.max(1, Math.min(files.size(), context.defaultParallelism()));
    JavaRDD<Row> rows =
        context
            .binaryFiles(String.join(",", files), minPartitions)
            .rdd()
            .toJavaRDD()
            .mapPartitions(new CoreReader(inputFormat, fields));
    return spark.createDataFrame(rows, SCHEMA);
  }

  private static Dataset<Row> readParquet(SparkSession spark, List<String> files, Fields fields) {
    Dataset<Row> frame = spark.read().parquet(files.toArray(new String[0]));
    StructType schema = frame.schema();
    List<String> names = List.of(schema.fieldNames());
    ReadOptions defaults = fields.readOptions(InputFormat.JSONL);
    Column source = input_file_name();
    Column id =
        names.contains(defaults.idField())
            ? col(defaults.idField()).cast(DataTypes.StringType)
            : lit(null).cast(DataTypes.StringType);
    id =
        coalesce(
            id,
            concat(
                substring_index(source, "/", -1), lit(":"), monotonically_increasing_id().plus(1)));
    List<Column> problems = new ArrayList<>();
    Column title = stringField(schema, defaults.titleField(), problems);
    List<Column> texts = new ArrayList<>();
    for (String field : fields.textFields()) {
      if (names.contains(field)) {
        texts.add(stringField(schema, field, problems));
      }
    }
    Column text =
        texts.isEmpty()
            ? lit(null).cast(DataTypes.StringType)
            : coalesce(texts.toArray(new Column[0]));
    problems.add(
        when(
            text.isNull(),
            lit("no text field (looked for " + String.join(", ", fields.textFields()) + ")")));
    Column lang =
        fields.lang() != null
            ? lit(fields.lang())
            : stringField(schema, defaults.langField(), problems);
    Column date = dateField(schema, defaults.dateField(), problems);
    List<Column> others = new ArrayList<>();
    for (String name : names) {
      if (!name.equals(defaults.idField())
          && !name.equals(defaults.titleField())
          && !name.equals(defaults.langField())
          && !name.equals(defaults.dateField())
          && !fields.textFields().contains(name)) {
        others.add(col(name));
      }
    }
    Column meta =
        fields.keepFields() && !others.isEmpty()
            ? to_json(struct(others.toArray(new Column[0])))
            : lit(null).cast(DataTypes.StringType);
    return frame.select(
        source.as("source"),
        lit(null).cast(DataTypes.LongType).as("line"),
        id.as("id"),
        title.as("title"),
        text.as("text"),
        lang.as("lang"),
        date.as("date"),
        meta.as("meta"),
        coalesce(problems.toArray(new Column[0])).as("error"));
  }

  /** A string column, or null with a problem when the column has another type. */
  private static Column stringField(StructType schema, String name, List<Column> problems) {
    if (!List.of(schema.fieldNames()).contains(name)) {
      return lit(null).cast(DataTypes.StringType);
    }
    DataType type = schema.apply(name).dataType();
    if (type.equals(DataTypes.StringType)) {
      return col(name);
    }
    problems.add(
        when(
            col(name).isNotNull(),
            lit("field '" + name + "' is " + type.simpleString() + ", not a string")));
    return lit(null).cast(DataTypes.StringType);
  }

  /** The date as yyyy-mm-dd: a date or timestamp column, or a string the CLI accepts. */
  private static Column dateField(StructType schema, String name, List<Column> problems) {
    if (!List.of(schema.fieldNames()).contains(name)) {
      return lit(null).cast(DataTypes.StringType);
    }
    DataType type = schema.apply(name).dataType();
    if (type.equals(DataTypes.DateType) || type.equals(DataTypes.TimestampType)) {
      return date_format(col(name), "yyyy-MM-dd");
    }
    if (!type.equals(DataTypes.StringType)) {
      return stringField(schema, name, problems);
    }
    Column parsed =
        functions.udf(new IsoDate(), DataTypes.StringType).apply(col(name)).as("date_parsed");
    problems.add(
        when(
            col(name).isNotNull().and(functions.trim(col(name)).notEqual("")).and(parsed.isNull()),
            concat(lit("invalid " + name + " '"), col(name), lit("': expected yyyy-mm-dd"))));
    return parsed;
  }

  /**
   * yyyy-mm-dd, also as the start of a date-time; null when blank or not a date (the CLI's rule).
   */
  static final class IsoDate implements UDF1<String, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public String call(String value) {
      if (value == null || value.isBlank()) {
        return null;
      }
      String date = value.strip();
      if (date.length() > 10 && date.charAt(10) != 'T' && date.charAt(10) != ' ') {
        return null;
      }
      try {
        return LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date).toString();
      } catch (DateTimeParseException e) {
        return null;
      }
    }
  }

  /** Reads each file of a partition with core's readers, lazily, record by record. */
  private static final class CoreReader
      implements FlatMapFunction<Iterator<Tuple2<String, PortableDataStream>>, Row> {
    private static final long serialVersionUID = 1L;

    private final String inputFormat;
    private final Fields fields;

    CoreReader(String inputFormat, Fields fields) {
      this.inputFormat = inputFormat;
      this.fields = fields;
    }

    @Override
    public Iterator<Row> call(Iterator<Tuple2<String, PortableDataStream>> files) {
      Records records = new Records(files, inputFormat, fields);
      TaskContext task = TaskContext.get();
      if (task != null) {
        task.addTaskCompletionListener((TaskCompletionListener) context -> records.close());
      }
      return records;
    }
  }

  /** The rows of a sequence of files; each file is opened when reached and closed at its end. */
  private static final class Records implements Iterator<Row> {
    private final Iterator<Tuple2<String, PortableDataStream>> files;
    private final String inputFormat;
    private final Fields fields;
    private RecordSource current;
    private String source;
    private Row next;

    Records(Iterator<Tuple2<String, PortableDataStream>> files, String inputFormat, Fields fields) {
      this.files = files;
      this.inputFormat = inputFormat;
      this.fields = fields;
    }

    @Override
    public boolean hasNext() {
      while (next == null) {
        if (current == null) {
          if (!files.hasNext()) {
            return false;
          }
          Tuple2<String, PortableDataStream> file = files.next();
          source =
              file._1().startsWith("file:") ? new Path(file._1()).toUri().getPath() : file._1();
          InputFormat format =
              inputFormat.equals("auto")
                  ? InputFormat.forFileName(source)
                  : InputFormat.parse(inputFormat);
          // ids without an id field start with the file's name, as the CLI's do; errors name the
          // path
          String name = source.substring(source.lastIndexOf('/') + 1);
          current = RecordSource.stream(file._2().open(), name, fields.readOptions(format));
        }
        InputRecord record;
        try {
          record = current.next();
        } catch (IOException e) {
          record = new ErrorRecord(source, 0, null, "cannot read: " + e.getMessage());
          closeQuietly();
        }
        if (record == null) {
          close();
          continue;
        }
        next = row(record);
      }
      return true;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Row row = next;
      next = null;
      return row;
    }

    private Row row(InputRecord record) {
      Long line = record.line() > 0 ? record.line() : null;
      if (record instanceof ErrorRecord error) {
        return RowFactory.create(
            source, line, error.id(), null, null, null, null, null, error.reason());
      }
      ArticleRecord article = (ArticleRecord) record;
      return RowFactory.create(
          source,
          line,
          article.article().id(),
          article.article().title(),
          article.article().text(),
          article.article().language() == null ? null : article.article().language().code(),
          article.article().date() == null ? null : article.article().date().toString(),
          article.meta(),
          null);
    }

    void close() {
      RecordSource open = current;
      current = null;
      if (open != null) {
        try {
          open.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    private void closeQuietly() {
      try {
        close();
      } catch (UncheckedIOException e) {
        // the read error is what the record reports
      }
    }
  }
}
