package io.github.policythemes.server;

import io.github.policythemes.classify.ThemeClassifier;
import io.github.policythemes.index.IndexedModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The model the page and the API use now, and the ones it may switch to: the model the server was
 * started with, and the models that training wrote into the models folder. Only those: a request
 * names a model by its file name in that folder, never by a path.
 *
 * <p>Thread-safe: switching is one atomic step; a request in flight finishes with the model it
 * started with.
 */
final class Models {
  static final String STARTUP = "startup";

  private static final Pattern FILE_NAME =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,200}\\.ptm");

  private final ActiveModel startup;
  private final Path folder;
  private final Path shown;
  private final AtomicReference<ActiveModel> active;

  Models(ActiveModel startup, Path folder) {
    this.startup = startup;
    this.shown = folder;
    this.folder = folder == null ? null : folder.toAbsolutePath().normalize();
    this.active = new AtomicReference<>(startup);
  }

  ActiveModel active() {
    return active.get();
  }

  /** The models folder as configured (relative stays relative), or null. */
  Path folder() {
    return shown;
  }

  /** The models to choose from: the startup model first, then the trained ones, newest first. */
  List<Map<String, Object>> list() throws IOException {
    List<Map<String, Object>> models = new ArrayList<>();
    models.add(describe(STARTUP, startup.name(), startup.record()));
    if (folder != null && Files.isDirectory(folder)) {
      List<Path> files;
      try (Stream<Path> listing = Files.list(folder)) {
        files =
            listing
                .filter(p -> FILE_NAME.matcher(p.getFileName().toString()).matches())
                .sorted((a, b) -> b.getFileName().compareTo(a.getFileName()))
                .toList();
      }
      for (Path file : files) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", file.getFileName().toString());
        entry.put("active", active().name().equals(file.getFileName().toString()));
        models.add(entry);
      }
    }
    return models;
  }

  /**
   * Switches to the startup model or a trained one.
   *
   * @param name {@value #STARTUP} or the file name of a model in the models folder
   * @throws ApiException 400 for a name that is not a plain file name or not a model, 404 when no
   *     such model is there
   */
  ActiveModel use(String name) throws IOException {
    if (name.equals(STARTUP) || name.equals(startup.name())) {
      active.set(startup);
      return startup;
    }
    if (!FILE_NAME.matcher(name).matches()) {
      throw ApiException.badRequest(
          "model: '" + name + "' is not a model file name (" + STARTUP + " or NAME.ptm)");
    }
    if (folder == null) {
      throw ApiException.notFound("no models folder: the server trains no models without --index");
    }
    Path file = folder.resolve(name).normalize();
    if (!file.getParent().equals(folder) || !Files.isRegularFile(file)) {
      throw ApiException.notFound("no model '" + name + "' in " + shown);
    }
    ThemeClassifier classifier;
    try {
      classifier = ThemeClassifier.load(file);
    } catch (IOException e) {
      throw ApiException.badRequest("model '" + name + "': " + e.getMessage());
    }
    ActiveModel loaded = ActiveModel.of(name, classifier);
    active.set(loaded);
    return loaded;
  }

  private Map<String, Object> describe(String key, String name, IndexedModel record) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("name", key);
    entry.put("model", name);
    entry.put("id", record.id());
    entry.put("active", active == null || active.get() == startup);
    return entry;
  }
}
