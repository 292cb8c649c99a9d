package io.github.policythemes.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The labels file: one JSON line per labelled article (see {@link Label}), the latest label of an
 * article replacing its earlier one.
 *
 * <p>Every change rewrites the whole file into a temporary file beside it, forces it to disk and
 * moves it over the old one in one atomic rename, so a crash or a kill at any moment leaves either
 * the old file or the new one, never half of one; a saved label survives a restart. A file that
 * cannot be read whole is never overwritten: opening it fails and names the line.
 *
 * <p>Thread-safe: changes are serialised.
 */
final class LabelStore {
  private final Path file;
  private final Map<String, Label> labels = new LinkedHashMap<>();

  private LabelStore(Path file) {
    this.file = file;
  }

  /**
   * Opens a labels file, reading what it holds; a missing file is an empty store (created at the
   * first label).
   *
   * @throws IOException if the file cannot be read or a line is not a label (names the line)
   */
  static LabelStore open(Path file) throws IOException {
    LabelStore store = new LabelStore(file);
    if (Files.exists(file)) {
      store.read();
    }
    return store;
  }

  private void read() throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      long number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          Label label = Json.MAPPER.readValue(line, Label.class);
          labels.remove(label.id());
          labels.put(label.id(), label);
        } catch (JsonProcessingException | RuntimeException e) {
          throw new IOException(
              file
                  + ":"
                  + number
                  + ": not a label line ("
                  + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e)
                  + "); fix or move the file: the server does not overwrite labels it cannot"
                  + " read",
              e);
        }
      }
    }
  }

  Path file() {
    return file;
  }

  /** Saves a label, replacing the article's earlier one, and returns how many labels there are. */
  synchronized int put(Label label) throws IOException {
    Label previous = labels.remove(label.id());
    labels.put(label.id(), label);
    try {
      write();
    } catch (IOException | RuntimeException e) {
      labels.remove(label.id());
      if (previous != null) {
        labels.put(previous.id(), previous);
      }
      throw e;
    }
    return labels.size();
  }

  synchronized List<Label> all() {
    return new ArrayList<>(labels.values());
  }

  synchronized int size() {
    return labels.size();
  }

  synchronized boolean contains(String id) {
    return labels.containsKey(id);
  }

  private void write() throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path temporary = folder.resolve(file.getFileName() + ".tmp");
    Path target = folder.resolve(file.getFileName());
    try (FileChannel out =
        FileChannel.open(
            temporary,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      for (Label label : labels.values()) {
        byte[] line = Json.bytes(label);
        ByteBuffer buffer = ByteBuffer.allocate(line.length + 1).put(line).put((byte) '\n');
        buffer.flip();
        while (buffer.hasRemaining()) {
          out.write(buffer);
        }
      }
      out.force(true);
    }
    try {
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException(folder + ": the file system cannot rename atomically", e);
    }
    forceFolder(folder);
  }

  /* The rename is durable once the folder's entry is on disk too; Linux allows forcing a folder,
  other systems may not, and there the rename is still atomic. */
  private static void forceFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // not supported here: the rename stays atomic, only its durability waits for the OS
    }
  }
}
