package io.github.policythemes.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The command line of {@link ClassifyJob}: the options of {@code policy-themes classify} that make
 * sense on a cluster, plus {@code --partitions} and {@code --overwrite}.
 *
 * @param inputs files, folders or globs on any Hadoop file system
 * @param output the output folder
 * @param errors the errors folder
 * @param format {@code parquet} or {@code jsonl}
 * @param model {@code default}, {@code keywords[:TAXONOMY]} or a {@code .ptm} file
 * @param explain whether to add the evidence
 * @param top how many ranked themes to write, 0 for all
 * @param keepText whether to repeat title and text
 * @param keepFields whether to pass the other fields on as {@code meta}
 * @param idField the id field, or null for {@code id}
 * @param textField the text field, or null for the first of text, body, content
 * @param lang {@code auto} or a language code forced on every record
 * @param inputFormat {@code auto}, {@code jsonl}, {@code csv}, {@code text} or {@code parquet}
 * @param maxRecordBytes the largest record read
 * @param partitions the partitions to classify in, 0 to decide from the input
 * @param overwrite whether existing output folders are replaced
 */
record ClassifyJobOptions(
    List<String> inputs,
    String output,
    String errors,
    String format,
    String model,
    boolean explain,
    int top,
    boolean keepText,
    boolean keepFields,
    String idField,
    String textField,
    String lang,
    String inputFormat,
    int maxRecordBytes,
    int partitions,
    boolean overwrite) {

  static final String USAGE =
      """
      Usage: spark-submit --class io.github.policythemes.spark.ClassifyJob policy-themes-spark.jar \\
               --output DIR [options] INPUT...
      Classify articles into policy themes on Spark. INPUT: JSONL, CSV (with a header), text or
      Parquet files, folders or globs on any Hadoop file system (.gz read directly).
        --output DIR           where the results go (required)
        --format F             parquet (default) or jsonl: the CLI's fields, one record per article
        --errors DIR           failed records (source, line, id, reason); default DIR-errors
        --model M              default, keywords[:TAXONOMY] or a .ptm file (default: default)
        --taxonomy ID|FILE     with --model keywords: the taxonomy
        --explain              add the terms and sentences behind each theme
        --top K                write only the K best themes
        --keep-text            repeat title and text
        --keep-fields          pass the input's other fields on as meta (a JSON string)
        --id-field F           field with the id (default id)
        --text-field F         field with the text (default: text, body or content)
        --lang L               auto (default: the record's lang field, else detected), or en, ko, ...
        --input-format F       auto (by file name), jsonl, csv, text or parquet
        --max-record-size S    largest record read, e.g. 4M (default)
        --partitions N         classify in N partitions (default: as read, at least the cores)
        --overwrite            replace existing output folders
      Prints read = written + failed at the end. Exit code 0: all classified; 3: some failed;
      2: usage error; 1: fatal error.""";

  /**
   * Parses the arguments.
   *
   * @param args the arguments
   * @return the options
   * @throws IllegalArgumentException for an unknown option, a missing value or a bad value; the
   *     message names it
   */
  static ClassifyJobOptions parse(String[] args) {
    List<String> inputs = new ArrayList<>();
    String output = null;
    String errors = null;
    String format = "parquet";
    String model = "default";
    String taxonomy = null;
    boolean explain = false;
    int top = 0;
    boolean keepText = false;
    boolean keepFields = false;
    String idField = null;
    String textField = null;
    String lang = "auto";
    String inputFormat = "auto";
    int maxRecordBytes = ThemeClassifierTransformer.DEFAULT_MAX_TEXT_LENGTH;
    int partitions = 0;
    boolean overwrite = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        inputs.add(arg);
        continue;
      }
      switch (arg) {
        case "--output" -> output = value(args, ++i, arg);
        case "--errors" -> errors = value(args, ++i, arg);
        case "--format" -> format = oneOf(value(args, ++i, arg), arg, "parquet", "jsonl");
        case "--model" -> model = value(args, ++i, arg);
        case "--taxonomy" -> taxonomy = value(args, ++i, arg);
        case "--explain" -> explain = true;
        case "--top" -> top = positive(value(args, ++i, arg), arg);
        case "--keep-text" -> keepText = true;
        case "--keep-fields" -> keepFields = true;
        case "--id-field" -> idField = value(args, ++i, arg);
        case "--text-field" -> textField = value(args, ++i, arg);
        case "--lang" -> lang = value(args, ++i, arg);
        case "--input-format" ->
            inputFormat =
                oneOf(value(args, ++i, arg), arg, "auto", "jsonl", "csv", "text", "parquet");
        case "--max-record-size" -> maxRecordBytes = size(value(args, ++i, arg));
        case "--partitions" -> partitions = positive(value(args, ++i, arg), arg);
        case "--overwrite" -> overwrite = true;
        default -> throw new IllegalArgumentException("unknown option " + arg);
      }
    }
    if (output == null) {
      throw new IllegalArgumentException("--output DIR is required");
    }
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no INPUT given");
    }
    if (taxonomy != null) {
      if (!model.equals(ModelCache.KEYWORDS)) {
        throw new IllegalArgumentException(
            "--taxonomy goes with --model keywords: a trained model carries its own taxonomy");
      }
      model = ModelCache.KEYWORDS + ":" + taxonomy;
    }
    String stripped = output.replaceAll("/+$", "");
    return new ClassifyJobOptions(
        List.copyOf(inputs),
        output,
        errors != null ? errors : stripped + "-errors",
        format,
        model,
        explain,
        top,
        keepText,
        keepFields,
        idField,
        textField,
        lang,
        inputFormat,
        maxRecordBytes,
        partitions,
        overwrite);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length || args[i].startsWith("--")) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static String oneOf(String value, String option, String... allowed) {
    String lower = value.toLowerCase(Locale.ROOT);
    if (!List.of(allowed).contains(lower)) {
      throw new IllegalArgumentException(
          option + " '" + value + "': use " + String.join(", ", allowed));
    }
    return lower;
  }

  private static int positive(String value, String option) {
    try {
      int n = Integer.parseInt(value);
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        option + " must be a whole number >= 1, not '" + value + "'");
  }

  /** A size such as 4M, 512K or 2048; the same rule as the CLI's {@code --max-record-size}. */
  static int size(String size) {
    String upper = size.trim().toUpperCase(Locale.ROOT);
    int shift = upper.endsWith("K") ? 10 : upper.endsWith("M") ? 20 : upper.endsWith("G") ? 30 : 0;
    String digits = shift > 0 ? upper.substring(0, upper.length() - 1) : upper;
    long bytes;
    try {
      bytes = Long.parseLong(digits) << shift;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "--max-record-size '" + size + "' is not a size such as 4M or 512K");
    }
    if (bytes < 1024 || bytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException(
          "--max-record-size " + size + " is out of range (1K to 2047M)");
    }
    return (int) bytes;
  }
}
