package io.github.policythemes.cli;

import io.github.policythemes.analysis.Language;
import io.github.policythemes.article.ArticleRecord;
import io.github.policythemes.article.ErrorRecord;
import io.github.policythemes.article.InputFormat;
import io.github.policythemes.article.InputRecord;
import io.github.policythemes.article.ReadOptions;
import io.github.policythemes.article.RecordSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * How every command that reads articles reads them: the field mapping, the language, the input
 * format and the record size limit, all passed to the one reader ({@link RecordSource}), so
 * classify, topics, keywords, trends, train, evaluate and tokenize accept the same records.
 */
final class InputOptions {
  @Option(names = "--id-field", paramLabel = "F", description = "Field with the id (default id).")
  String idField;

  @Option(
      names = "--text-field",
      paramLabel = "F",
      description = "Field with the text (default: text, body or content).")
  String textField;

  @Option(
      names = "--lang",
      defaultValue = "auto",
      description = "auto (the record's lang field, else detected), or en, ko, zh, ...")
  String lang;

  @Option(
      names = "--input-format",
      defaultValue = "auto",
      description = "auto (by file name; stdin: JSONL if it starts with '{'), jsonl, csv, text.")
  String inputFormat;

  @Option(
      names = {"--max-record-bytes", "--max-record-size"},
      paramLabel = "SIZE",
      description = "Largest record read, e.g. 4M (default); larger ones fail with the reason.")
  String maxRecordSize;

  /** What a command read: the articles, and how many records were rejected (listed on stderr). */
  record Read(List<ArticleRecord> records, int rejected) {}

  /**
   * Adds these options to read options a command has started (with its labels, kept fields, ...).
   *
   * @throws UsageException for a bad value
   */
  ReadOptions.Builder applyTo(ReadOptions.Builder options) {
    if (idField != null) {
      options.idField(idField);
    }
    if (textField != null) {
      options.textField(textField);
    }
    if (!lang.equals("auto")) {
      options.language(Language.fromCode(lang));
    }
    if (!inputFormat.equals("auto")) {
      options.format(InputFormat.parse(inputFormat));
    }
    if (maxRecordSize != null) {
      options.maxRecordBytes(parseSize(maxRecordSize));
    }
    return options;
  }

  /** These options on their own. */
  ReadOptions readOptions() {
    return applyTo(ReadOptions.builder()).build();
  }

  /**
   * Opens the inputs: files and folders, {@code -} or nothing for standard input.
   *
   * @throws UsageException if an input does not exist
   */
  static RecordSource open(List<String> inputs, ReadOptions options, InputStream stdin) {
    List<RecordSource> sources = new ArrayList<>();
    List<String> arguments = inputs == null || inputs.isEmpty() ? List.of("-") : inputs;
    for (String argument : arguments) {
      if (argument.equals("-")) {
        sources.add(RecordSource.stream(stdin, "<stdin>", options));
      } else if (Files.exists(Path.of(argument), LinkOption.NOFOLLOW_LINKS)) {
        sources.add(RecordSource.files(List.of(Path.of(argument)), options));
      } else {
        throw new UsageException("no such file or folder: " + argument);
      }
    }
    return sources.size() == 1 ? sources.get(0) : RecordSource.concat(sources);
  }

  /** Reads every record, listing each rejected one on stderr as classify does. */
  static Read readAll(RecordSource source, PrintWriter err) throws IOException {
    List<ArticleRecord> records = new ArrayList<>();
    int rejected = 0;
    try (source) {
      for (InputRecord record = source.next(); record != null; record = source.next()) {
        if (record instanceof ArticleRecord article) {
          records.add(article);
        } else {
          err.println(Reports.rejected((ErrorRecord) record));
          rejected++;
        }
      }
    }
    err.flush();
    return new Read(records, rejected);
  }

  static int parseSize(String size) {
    String upper = size.trim().toUpperCase(Locale.ROOT);
    int shift = upper.endsWith("K") ? 10 : upper.endsWith("M") ? 20 : upper.endsWith("G") ? 30 : 0;
    String digits = shift > 0 ? upper.substring(0, upper.length() - 1) : upper;
    try {
      long bytes = Long.parseLong(digits) << shift;
      if (bytes <= 0 || bytes > Integer.MAX_VALUE - 16) {
        throw new UsageException("--max-record-bytes " + size + " is out of range (1K to 2047M)");
      }
      return (int) bytes;
    } catch (NumberFormatException e) {
      throw new UsageException(
          "--max-record-bytes '" + size + "' is not a size such as 4M or 512K");
    }
  }
}
