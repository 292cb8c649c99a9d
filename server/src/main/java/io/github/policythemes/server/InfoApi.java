package io.github.policythemes.server;

import io.github.policythemes.PolicyThemes;
import io.github.policythemes.analysis.Language;
import io.github.policythemes.classify.ModelMetadata;
import io.github.policythemes.index.IndexedModel;
import io.github.policythemes.index.ThemeIndex;
import io.github.policythemes.taxonomy.Taxonomy;
import io.github.policythemes.taxonomy.Theme;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /api/health}, {@code /api/model} and {@code /api/taxonomy}. */
final class InfoApi {
  private final Models models;
  private final ArchiveApi archive;
  private final LabelStore labels;
  private final WorkerPool pool;
  private final long started = System.currentTimeMillis();

  InfoApi(Models models, ArchiveApi archive, LabelStore labels, WorkerPool pool) {
    this.models = models;
    this.archive = archive;
    this.labels = labels;
    this.pool = pool;
  }

  Map<String, Object> health() throws IOException {
    Map<String, Object> health = new LinkedHashMap<>();
    health.put("status", "ok");
    health.put("version", PolicyThemes.version());
    health.put("model", models.active().record().id());
    if (archive != null) {
      ThemeIndex index = archive.index();
      Map<String, Object> state = new LinkedHashMap<>();
      state.put("folder", index.folder().toString());
      state.put("articles", index.size());
      state.put("model", archive.model().id());
      state.put("reindexPending", archive.reindexPending());
      health.put("archive", state);
    } else {
      health.put("archive", null);
    }
    health.put("labels", labels == null ? null : labels.size());
    Map<String, Object> workers = new LinkedHashMap<>();
    workers.put("workers", pool.workers());
    workers.put("queue", pool.queue());
    workers.put("busy", pool.busy());
    health.put("workers", workers);
    health.put("uptimeSeconds", (System.currentTimeMillis() - started) / 1000);
    return health;
  }

  Map<String, Object> model() throws IOException {
    ActiveModel active = models.active();
    ModelMetadata meta = active.classifier().metadata();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("name", active.name());
    model.put("id", active.record().id());
    model.put("algorithm", meta.algorithm());
    model.put("libraryVersion", meta.libraryVersion());
    model.put("formatVersion", meta.formatVersion());
    model.put("createdAt", meta.createdAt() == null ? null : meta.createdAt().toString());
    model.put(
        "taxonomy", Map.of("id", active.taxonomy().id(), "version", active.taxonomy().version()));
    model.put("trainingDocuments", meta.trainingDocuments());
    model.put("trainingSha256", meta.trainingSha256());
    model.put("metrics", meta.metrics());
    model.put("thresholds", ClassifyApi.thresholds(active.classifier()));
    model.put("parameters", meta.parameters());
    model.put("analysis", meta.analysis());
    IndexedModel archived = archive == null ? null : archive.model();
    model.put("archiveModel", archived);
    model.put("matchesArchive", archived != null && archived.id().equals(active.record().id()));
    return model;
  }

  Map<String, Object> taxonomy() {
    ActiveModel active = models.active();
    Taxonomy taxonomy = active.taxonomy();
    Map<String, Double> thresholds = ClassifyApi.thresholds(active.classifier());
    List<Map<String, Object>> themes = new ArrayList<>();
    for (Theme theme : taxonomy.themes()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("id", theme.id());
      Map<String, String> labels = new LinkedHashMap<>();
      theme.labels().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(e -> labels.put(e.getKey().code(), e.getValue()));
      entry.put("labels", labels);
      entry.put("definition", theme.definition());
      entry.put("threshold", thresholds.get(theme.id()));
      themes.add(entry);
    }
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("id", taxonomy.id());
    response.put("version", taxonomy.version());
    Map<String, String> names = new LinkedHashMap<>();
    taxonomy.name().forEach((language, name) -> names.put(language.code(), name));
    response.put("name", names);
    response.put("multiLabel", taxonomy.multiLabel());
    response.put("languages", taxonomy.languages().stream().map(Language::code).toList());
    response.put("themes", themes);
    return response;
  }
}
