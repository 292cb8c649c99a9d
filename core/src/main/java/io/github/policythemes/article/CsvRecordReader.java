package io.github.policythemes.article;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads CSV with a header row (RFC 4180): fields separated by a delimiter (given, or the one of
 * {@code , ; tab |} the header line has most of), optionally in double quotes, {@code ""} for a
 * quote inside quotes, line breaks allowed inside quotes. This class frames the records (bounded: a
 * record over the size limit is skipped without being held), Jackson's CSV module splits each into
 * fields. Not thread-safe.
 */
final class CsvRecordReader extends FileRecordReader {
  private static final JsonFactory JSON = new JsonFactory();
  private static final CsvFactory CSV = new CsvFactory();
  private static final byte[] CANDIDATES = {',', ';', '\t', '|'};
  private static final int SNIFF_BYTES = 1 << 16;

  private final LineReader lines;
  private final char delimiter;
  private final CsvSchema schema;
  private byte[] record = new byte[1 << 13];
  private int recordLength;
  private long recordLine;
  private long recordOffset;
  private long recordBytes;
  private boolean oversized;
  private boolean unclosed;
  private List<String> header;
  private int textColumn;
  private int labelsColumn;
  private boolean done;

  /**
   * @param in the input; must support mark when no delimiter is given
   * @param delimiter the delimiter, or null to take the one the header line has most of
   */
  CsvRecordReader(InputStream in, String source, ReadOptions options, Character delimiter)
      throws IOException {
    super(in, source, options);
    this.delimiter = delimiter != null ? delimiter : detectDelimiter(in);
    this.lines = new LineReader(in, options.maxRecordBytes(), true, (byte) this.delimiter);
    this.schema = schema(this.delimiter);
  }

  private static CsvSchema schema(char delimiter) {
    return CsvSchema.emptySchema().withColumnSeparator(delimiter).withQuoteChar('"');
  }

  /**
   * The candidate delimiter that the first line has most of outside quotes; a comma when it has
   * none or on a tie.
   */
  static char detectDelimiter(InputStream in) throws IOException {
    in.mark(SNIFF_BYTES);
    int[] counts = new int[CANDIDATES.length];
    try {
      boolean quoted = false;
      for (int i = 0; i < SNIFF_BYTES; i++) {
        int b = in.read();
        if (b < 0 || (!quoted && (b == '\n' || b == '\r'))) {
          break;
        }
        if (b == '"') {
          quoted = !quoted;
        }
        for (int c = 0; c < CANDIDATES.length && !quoted; c++) {
          counts[c] += b == CANDIDATES[c] ? 1 : 0;
        }
      }
    } finally {
      in.reset();
    }
    int best = 0;
    for (int c = 1; c < CANDIDATES.length; c++) {
      best = counts[c] > counts[best] ? c : best;
    }
    return (char) CANDIDATES[best];
  }

  @Override
  public InputRecord next() throws IOException {
    if (done) {
      return null;
    }
    if (header == null) {
      ErrorRecord problem = readHeader();
      if (problem != null || header == null) {
        done = true;
        return problem;
      }
    }
    if (!readRecord()) {
      done = true;
      return null;
    }
    ErrorRecord problem = recordProblem();
    if (problem != null) {
      return problem;
    }
    String text;
    try {
      text = Utf8.decode(record, 0, recordLength, source, recordOffset);
    } catch (MalformedTextException e) {
      return invalidUtf8(recordLine, e);
    }
    List<String> values = new ArrayList<>(header.size());
    String malformed = split(text, delimiter, schema, values);
    if (malformed != null) {
      return new ErrorRecord(source, recordLine, null, malformed);
    }
    if (values.size() != header.size()) {
      return new ErrorRecord(
          source,
          recordLine,
          null,
          "row has " + values.size() + " fields, the header has " + header.size());
    }
    return toRecord(values);
  }

  @Override
  long line() {
    return lines.lineNumber();
  }

  private ErrorRecord readHeader() throws IOException {
    if (!readRecord()) {
      return null;
    }
    ErrorRecord problem = recordProblem();
    if (problem != null) {
      return new ErrorRecord(source, recordLine, null, "bad CSV header: " + problem.reason());
    }
    String text;
    try {
      text = Utf8.decode(record, 0, recordLength, source, recordOffset);
    } catch (MalformedTextException e) {
      return new ErrorRecord(
          source, recordLine, null, "bad CSV header: invalid UTF-8 at byte " + e.byteOffset());
    }
    List<String> names = new ArrayList<>();
    String malformed = split(text, delimiter, schema, names);
    if (malformed != null) {
      return new ErrorRecord(source, recordLine, null, "bad CSV header: " + malformed);
    }
    names.replaceAll(String::strip);
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      if (!seen.add(name)) {
        return new ErrorRecord(
            source, recordLine, null, "bad CSV header: column '" + name + "' appears twice");
      }
    }
    textColumn = firstColumn(names, options.textFields());
    if (textColumn < 0 && !options.allowMissingText()) {
      return headerWithout("text", RecordFields.fieldList(options), names);
    }
    labelsColumn = firstColumn(names, options.labelFields());
    if (labelsColumn < 0 && options.labels() == ReadOptions.Labels.REQUIRED) {
      return headerWithout("labels", String.join(", ", options.labelFields()), names);
    }
    header = names;
    return null;
  }

  /** The first of the candidate names that the header has, or -1. */
  private static int firstColumn(List<String> names, List<String> candidates) {
    for (String candidate : candidates) {
      int column = names.indexOf(candidate);
      if (column >= 0) {
        return column;
      }
    }
    return -1;
  }

  /** The header lacks a column every row needs: one error for the file, rows counted, not read. */
  private ErrorRecord headerWithout(String what, String expected, List<String> names)
      throws IOException {
    long headerLine = recordLine;
    long rows = 0;
    while (readRecord()) {
      rows++;
    }
    return new ErrorRecord(
        source,
        headerLine,
        null,
        "CSV header has no "
            + what
            + " column (expected one of "
            + expected
            + "; found "
            + String.join(", ", names)
            + ", columns split at "
            + (delimiter == '\t' ? "tabs" : "'" + delimiter + "'")
            + "): its "
            + rows
            + " rows were not read");
  }

  /** Reads the next record's bytes, joining lines while a quote is open; false at the end. */
  private boolean readRecord() throws IOException {
    do {
      if (!lines.next()) {
        return false;
      }
    } while (lines.isBlank());
    recordLine = lines.lineNumber();
    recordOffset = lines.offset();
    recordLength = 0;
    recordBytes = 0;
    oversized = false;
    unclosed = false;
    while (true) {
      recordBytes += lines.totalLength();
      if (lines.oversized() || recordBytes > options.maxRecordBytes()) {
        oversized = true;
      } else {
        append(lines.bytes(), lines.start(), lines.length());
      }
      if (!lines.insideQuotes()) {
        return true;
      }
      byte[] terminator = lines.crlf() ? new byte[] {'\r', '\n'} : new byte[] {'\n'};
      recordBytes += terminator.length;
      if (!oversized && recordBytes <= options.maxRecordBytes()) {
        append(terminator, 0, terminator.length);
      }
      if (!lines.next()) {
        unclosed = true;
        lines.resetQuotes();
        return true;
      }
    }
  }

  private void append(byte[] bytes, int from, int length) {
    if (recordLength + length > record.length) {
      record = Arrays.copyOf(record, Math.max(recordLength + length, record.length * 2));
    }
    System.arraycopy(bytes, from, record, recordLength, length);
    recordLength += length;
  }

  private ErrorRecord recordProblem() {
    if (unclosed) {
      return new ErrorRecord(
          source,
          recordLine,
          null,
          "unclosed quote: the record starting at line "
              + recordLine
              + " runs to the end of the input (line "
              + lines.lineNumber()
              + ")");
    }
    return oversized ? tooLarge(recordLine, recordBytes) : null;
  }

  /** Splits a comma-separated record into fields; returns what is malformed, or null. */
  static String split(String text, List<String> fields) {
    return split(text, ',', schema(','), fields);
  }

  /** Splits one record into fields (Jackson's CSV parser); returns what is malformed, or null. */
  static String split(String text, char delimiter, CsvSchema schema, List<String> fields) {
    try (CsvParser parser = CSV.createParser(text)) {
      parser.setSchema(schema);
      JsonToken token = parser.nextToken();
      if (token != JsonToken.START_ARRAY) {
        fields.add("");
        return null;
      }
      for (token = parser.nextToken();
          token == JsonToken.VALUE_STRING;
          token = parser.nextToken()) {
        fields.add(parser.getText());
      }
      if (parser.nextToken() != null) {
        return "line break (CR) inside an unquoted field (quote the field)";
      }
      return null;
    } catch (JsonProcessingException e) {
      String message = e.getOriginalMessage();
      return "malformed CSV (delimiter '"
          + (delimiter == '\t' ? "tab" : String.valueOf(delimiter))
          + "'): "
          + message
          + " (column "
          + e.getLocation().getColumnNr()
          + ")";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private InputRecord toRecord(List<String> values) throws IOException {
    RecordFields fields = new RecordFields();
    List<Integer> others = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      String name = header.get(i);
      String value = values.get(i);
      if (i == textColumn) {
        fields.text = value;
      } else if (i == labelsColumn) {
        fields.addLabels(value);
      } else if (name.equals(options.idField())) {
        fields.id = value;
      } else if (name.equals(options.titleField())) {
        fields.title = value;
      } else if (name.equals(options.langField())) {
        fields.lang = value;
      } else if (name.equals(options.dateField())) {
        fields.date = value;
      } else {
        others.add(i);
      }
    }
    if (options.keepFields() && !others.isEmpty()) {
      StringWriter metaText = new StringWriter();
      try (JsonGenerator meta = JSON.createGenerator(metaText)) {
        meta.writeStartObject();
        for (int i : others) {
          meta.writeStringField(header.get(i), values.get(i));
        }
        meta.writeEndObject();
      }
      fields.meta = metaText.toString();
    }
    return fields.toRecord(options, source, recordLine);
  }
}
