package io.github.policythemes.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.policythemes.article.ErrorRecord;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The files of a batch run that can be resumed: the results, optionally the errors, and beside them
 * {@code <results>.resume}, the last checkpoint. Both files are written through {@link OutputFile}
 * ({@code .partial} files, renamed by {@link #commit()}); at each checkpoint the sink flushes both
 * and records how long each is and the {@link BatchPosition} they reach. A run that stopped
 * (killed, interrupted, disk full) is resumed from its last checkpoint: both files are cut back to
 * the lengths it recorded, and the batch passes over the records they hold, by position. The output
 * is then byte for byte that of a run that never stopped, repeated ids included.
 *
 * <pre>{@code
 * try (BatchOutput out = resume ? BatchOutput.resume(file, errorFile) : BatchOutput.create(file, errorFile)) {
 *   ResultWriter results = ResultWriter.jsonl(out.results(), OutputOptions.defaults());
 *   ErrorWriter errors = ErrorWriter.jsonl(out.errors());
 *   batch = BatchClassifier.builder().classifier(classifier).resumeFrom(out.position()).build();
 *   batch.run(source, out.sink(results, errors));
 *   out.commit();
 * }
 * }</pre>
 *
 * <p>A results target that is not a regular file (a link, pipe or device) is written in place, has
 * no checkpoint file and cannot be resumed. Not thread-safe: the batch's writer thread uses the
 * sink, one thread the rest.
 */
public final class BatchOutput implements Closeable {
  private static final JsonFactory JSON = new JsonFactory();

  private final Path target;
  private final OutputFile results;
  private final OutputFile errors;
  private final Path state;
  private final BatchPosition position;

  private BatchOutput(
      Path target, Path errorTarget, boolean resume, UnaryOperator<SeekableByteChannel> wrap)
      throws IOException {
    this.target = Objects.requireNonNull(target, "target");
    if (errorTarget != null
        && errorTarget.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())) {
      throw new IllegalArgumentException("the results and the errors name the same file");
    }
    this.state = target.resolveSibling(target.getFileName() + ".resume");
    State recorded = resume ? readState(state) : null;
    if (resume && recorded == null && Files.exists(target) && !partialOf(target).exists()) {
      throw new IllegalStateException(target + " is complete: there is nothing to resume");
    }
    if (recorded != null && (recorded.errors() >= 0) != (errorTarget != null)) {
      throw new IllegalArgumentException(
          "the run being resumed wrote its errors "
              + (errorTarget == null ? "to a file" : "to standard error")
              + ": resume it with the same errors option");
    }
    OutputFile resultFile = null;
    try {
      resultFile = new OutputFile(target, recorded == null ? -1 : recorded.output(), wrap);
      this.results = resultFile;
      this.errors =
          errorTarget == null
              ? null
              : new OutputFile(errorTarget, recorded == null ? -1 : recorded.errors(), wrap);
    } catch (IOException | RuntimeException e) {
      if (resultFile != null) {
        resultFile.close();
      }
      throw e;
    }
    this.position = recorded == null ? BatchPosition.START : recorded.position();
  }

  /** A checkpoint as recorded: the position, and the length of each file at it. */
  private record State(BatchPosition position, long output, long errors) {}

  private static java.io.File partialOf(Path target) {
    return target.resolveSibling(target.getFileName() + ".partial").toFile();
  }

  /**
   * Starts the files of a new run; an earlier run's {@code .partial} files and checkpoint are
   * replaced.
   *
   * @param results the results file
   * @param errors the errors file, or null when errors go elsewhere (then they are not kept)
   * @return the output
   * @throws IOException if a file cannot be created
   * @throws IllegalArgumentException if both name the same file, or one is a folder
   */
  public static BatchOutput create(Path results, Path errors) throws IOException {
    BatchOutput output = new BatchOutput(results, errors, false, UnaryOperator.identity());
    Files.deleteIfExists(output.state);
    return output;
  }

  /**
   * Goes on with a run that stopped: from its last checkpoint, or from the start when it stopped
   * before its first (its {@code .partial} files are then emptied).
   *
   * @param results the results file
   * @param errors the errors file, or null: as in the run being resumed
   * @return the output; {@link #position()} tells where to go on from
   * @throws IOException if the files cannot be read or written
   * @throws IllegalStateException if the results file is complete (no {@code .partial}, no
   *     checkpoint): there is nothing to resume
   * @throws IllegalArgumentException if the files do not fit the checkpoint (an errors file then
   *     and none now, a {@code .partial} shorter than recorded), or a target cannot be resumed
   */
  public static BatchOutput resume(Path results, Path errors) throws IOException {
    return new BatchOutput(results, errors, true, UnaryOperator.identity());
  }

  static BatchOutput open(
      Path results, Path errors, boolean resume, UnaryOperator<SeekableByteChannel> wrap)
      throws IOException {
    return new BatchOutput(results, errors, resume, wrap);
  }

  /**
   * Returns where the output ends in the input, for {@link
   * BatchClassifier.Builder#resumeFrom(BatchPosition)}.
   *
   * @return {@link BatchPosition#START} for a new output
   */
  public BatchPosition position() {
    return position;
  }

  /**
   * Returns the writer of the results (UTF-8, buffered; closing it only flushes).
   *
   * @return the writer
   */
  public Writer results() {
    return results.writer();
  }

  /**
   * Returns the writer of the errors.
   *
   * @return the writer, or null when the output has no errors file
   */
  public Writer errors() {
    return errors == null ? null : errors.writer();
  }

  /**
   * Tells whether the results held nothing when opened (so a header is needed).
   *
   * @return true for a new or empty output
   */
  public boolean isEmpty() {
    return results.isEmpty();
  }

  /**
   * Returns where the results are written until {@link #commit()}.
   *
   * @return {@code <results>.partial}, or the target when it is written in place
   */
  public Path partial() {
    return results.partial();
  }

  /**
   * Returns the checkpoint file.
   *
   * @return {@code <results>.resume} beside the results
   */
  public Path checkpointFile() {
    return state;
  }

  /**
   * Joins writers of these files into the batch's sink; its checkpoints are recorded.
   *
   * @param resultWriter writes to {@link #results()}
   * @param errorWriter writes to {@link #errors()}, or anywhere when there is no errors file
   * @return the sink
   */
  public BatchSink sink(ResultWriter resultWriter, ErrorWriter errorWriter) {
    BatchSink joined = BatchSink.of(resultWriter, errorWriter);
    return new BatchSink() {
      @Override
      public void accept(BatchResult result) throws IOException {
        joined.accept(result);
      }

      @Override
      public void reject(ErrorRecord error) throws IOException {
        joined.reject(error);
      }

      @Override
      public void flush() throws IOException {
        joined.flush();
      }

      @Override
      public void checkpoint(BatchPosition reached) throws IOException {
        joined.flush();
        if (results.isReplacedOnCommit()) {
          writeState(reached, results.length(), errors == null ? -1 : errors.length());
        }
      }
    };
  }

  /**
   * Flushes both files, renames them into place and removes the checkpoint.
   *
   * @throws IOException if flushing or renaming fails
   */
  public void commit() throws IOException {
    results.commit();
    if (errors != null) {
      errors.commit();
    }
    Files.deleteIfExists(state);
  }

  /**
   * Ends the output without committing: the {@code .partial} files and the checkpoint stay, for
   * {@link #resume}.
   *
   * @throws IOException if flushing fails
   */
  @Override
  public void close() throws IOException {
    try {
      results.close();
    } finally {
      if (errors != null) {
        errors.close();
      }
    }
  }

  private void writeState(BatchPosition reached, long output, long errorBytes) throws IOException {
    if (OutputFile.writtenInPlace(state) || Files.isDirectory(state)) {
      throw new IOException(state + " is not a regular file: the checkpoint cannot be kept there");
    }
    Path temporary = state.resolveSibling(state.getFileName() + ".tmp");
    try (OutputStream out = Files.newOutputStream(temporary);
        JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeNumberField("records", reached.records());
      json.writeNumberField("line", reached.line());
      json.writeStringField("id", reached.id());
      json.writeNumberField("output", output);
      json.writeNumberField("errors", errorBytes);
      json.writeEndObject();
    }
    try {
      Files.move(
          temporary, state, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, state, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The recorded checkpoint, or null when there is none (or it cannot be read). */
  private static State readState(Path state) throws IOException {
    if (!Files.isRegularFile(state)) {
      return null;
    }
    Map<String, Long> numbers = new HashMap<>();
    String id = "";
    try (JsonParser json = JSON.createParser(Files.readAllBytes(state))) {
      if (json.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String name = json.currentName();
        JsonToken value = json.nextToken();
        if (name.equals("id") && value == JsonToken.VALUE_STRING) {
          id = json.getText();
        } else if (value == JsonToken.VALUE_NUMBER_INT) {
          numbers.put(name, json.getLongValue());
        } else {
          json.skipChildren();
        }
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return null; // a checkpoint cut short by a crash: start over, nothing is lost
    }
    for (String key : new String[] {"records", "line", "output", "errors"}) {
      if (!numbers.containsKey(key) || (numbers.get(key) < 0 && !key.equals("errors"))) {
        return null;
      }
    }
    return new State(
        new BatchPosition(numbers.get("records"), numbers.get("line"), id),
        numbers.get("output"),
        numbers.get("errors"));
  }
}
