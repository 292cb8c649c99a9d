package io.github.policythemes.cli;

import io.github.policythemes.Progress;
import io.github.policythemes.ProgressListener;
import io.github.policythemes.analysis.Language;
import io.github.policythemes.article.ArticleRecord;
import io.github.policythemes.article.ErrorRecord;
import io.github.policythemes.article.InputFormat;
import io.github.policythemes.article.InputRecord;
import io.github.policythemes.article.ReadOptions;
import io.github.policythemes.article.RecordSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * How every command that reads articles reads them: the field mapping, dates, the language, the
 * input format, encoding and CSV delimiter, and the record size limit, all passed to the one reader
 * ({@link RecordSource}), so classify, explain, topics, keywords, trends, train, evaluate and
 * tokenize accept the same records.
 */
final class InputOptions {
  @Option(
      names = "--id-field",
      paramLabel = "F",
      description =
          "Field (JSONL key or CSV column) with the id (default: id; without one, FILE:LINE).")
  String idField;

  @Option(
      names = "--title-field",
      paramLabel = "F",
      description = "Field with the title (default: title).")
  String titleField;

  @Option(
      names = "--text-field",
      paramLabel = "F",
      description = "Field with the text (default: text, body or content, the first present).")
  String textField;

  @Option(
      names = "--date-field",
      paramLabel = "F",
      description = "Field with the date (default: date).")
  String dateField;

  @Option(
      names = "--lang-field",
      paramLabel = "F",
      description = "Field with the language code (default: lang).")
  String langField;

  @Option(
      names = "--date-format",
      paramLabel = "PATTERN",
      description =
          "Date pattern tried before the standard forms, in java.time letters, e.g. dd/MM/yyyy"
              + " or \"MMM d, yyyy\" (default: the standard forms only: 2024-01-05,"
              + " 2024-01-05T09:30:00+09:00, 2024.01.05, 2024. 1. 5., 2024/01/05, 2024년 1월 5일,"
              + " 2024年1月5日, 20240105, RFC 1123). A date none reads is an error naming it.")
  String dateFormat;

  @Option(
      names = "--lang",
      defaultValue = "auto",
      paramLabel = "LANG",
      description = "auto (the record's language field, else detected), or en, ko, zh, ...")
  String lang;

  @Option(
      names = "--input-format",
      defaultValue = "auto",
      paramLabel = "FORMAT",
      description =
          "auto (by file name: .jsonl/.ndjson/.json, .csv, .tsv/.tab, else text; stdin: JSONL"
              + " if it starts with '{', else text), jsonl, csv, tsv, text (a file is one"
              + " article) or lines (one article per line; fastText __label__ prefixes are labels).")
  String inputFormat;

  @Option(
      names = "--encoding",
      paramLabel = "NAME",
      description =
          "Encoding of the input bytes (default: UTF-8; a UTF-8 or UTF-16 byte-order mark always"
              + " wins): CP949 or EUC-KR (Korean Excel), GBK, GB18030, Big5, Shift_JIS,"
              + " ISO-8859-1 ... ISO-8859-16, windows-1252, UTF-16, or any name Java knows.")
  String encoding;

  @Option(
      names = "--delimiter",
      paramLabel = "C",
      description =
          "CSV column delimiter: a sign, or tab (default: the one of , ; tab | that the header"
              + " line has most of; tab for .tsv).")
  String delimiter;

  @Option(
      names = "--max-record-size",
      paramLabel = "SIZE",
      description =
          "Largest record read, e.g. 512K or 4M (default: 4M); larger ones fail with the reason.")
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
    if (titleField != null) {
      options.titleField(titleField);
    }
    if (dateField != null) {
      options.dateField(dateField);
    }
    if (langField != null) {
      options.langField(langField);
    }
    if (dateFormat != null) {
      try {
        options.dateFormat(dateFormat);
      } catch (IllegalArgumentException e) {
        throw new UsageException("--date-format: " + e.getMessage());
      }
    }
    if (encoding != null) {
      try {
        options.encoding(ReadOptions.encodingNamed(encoding));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--encoding: " + e.getMessage());
      }
    }
    if (delimiter != null) {
      options.delimiter(parseDelimiter(delimiter));
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

  /**
   * Reads every record, listing the rejected ones on stderr as classify does (the first 20, then a
   * count), and reporting how far reading has come.
   */
  static Read readAll(RecordSource source, Problems problems, ProgressListener progress)
      throws IOException {
    List<ArticleRecord> records = new ArrayList<>();
    int rejected = 0;
    long started = System.nanoTime();
    try (source) {
      for (InputRecord record = source.next(); record != null; record = source.next()) {
        if (record instanceof ArticleRecord article) {
          records.add(article);
        } else {
          problems.rejected((ErrorRecord) record);
          rejected++;
        }
        if ((records.size() + rejected) % 1000 == 0) {
          progress.onProgress(reading(source, records.size() + rejected, started));
        }
      }
    }
    problems.finish();
    return new Read(records, rejected);
  }

  private static Progress reading(RecordSource source, long count, long started) {
    long total = source.bytesTotal();
    long read = source.bytesRead();
    Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
    String counted = String.format(Locale.ROOT, "%,d records", count);
    return total > 0 && read >= 0
        ? new Progress("reading", counted, Math.min(read, total), total, "bytes", elapsed, "")
        : new Progress("reading", "", count, -1, "records", elapsed, "");
  }

  static char parseDelimiter(String value) {
    String name = value.toLowerCase(Locale.ROOT);
    char c =
        switch (name) {
          case "tab", "\\t", "\t" -> '\t';
          case "comma" -> ',';
          case "semicolon" -> ';';
          case "pipe" -> '|';
          default -> {
            if (value.length() != 1) {
              throw new UsageException(
                  "--delimiter '"
                      + value
                      + "' is not one character (or tab, comma, semicolon, pipe)");
            }
            yield value.charAt(0);
          }
        };
    try {
      ReadOptions.builder().delimiter(c);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--delimiter: " + e.getMessage());
    }
    return c;
  }

  static int parseSize(String size) {
    String upper = size.trim().toUpperCase(Locale.ROOT);
    int shift = upper.endsWith("K") ? 10 : upper.endsWith("M") ? 20 : upper.endsWith("G") ? 30 : 0;
    String digits = shift > 0 ? upper.substring(0, upper.length() - 1) : upper;
    try {
      long bytes = Long.parseLong(digits) << shift;
      if (bytes <= 0 || bytes > Integer.MAX_VALUE - 16) {
        throw new UsageException("--max-record-size " + size + " is out of range (1K to 2047M)");
      }
      return (int) bytes;
    } catch (NumberFormatException e) {
      throw new UsageException("--max-record-size '" + size + "' is not a size such as 4M or 512K");
    }
  }
}
