package io.github.policythemes.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.policythemes.classify.ThemeScore;
import io.github.policythemes.index.IndexedArticle;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The label view's API: {@code GET /api/labels/queue}, {@code POST /api/labels}, {@code GET
 * /api/labels}, {@code POST /api/train}, {@code GET /api/train}, {@code GET /api/models} and {@code
 * POST /api/model}.
 */
final class LabelApi {
  private final Models models;
  private final LabelQueue queue;
  private final LabelStore store;
  private final Training training;

  LabelApi(Models models, LabelQueue queue, LabelStore store, Training training) {
    this.models = models;
    this.queue = queue;
    this.store = store;
    this.training = training;
  }

  Map<String, Object> queue(Params params) throws IOException {
    params.requireKnown(Set.of("limit"));
    int limit = params.integer("limit", 10, 1, 100);
    ActiveModel model = models.active();
    List<LabelQueue.Item> items = queue.items(model);
    List<Map<String, Object>> shown = new ArrayList<>();
    int waiting = 0;
    for (LabelQueue.Item item : items) {
      if (store.contains(item.article().id())) {
        continue;
      }
      waiting++;
      if (shown.size() < limit) {
        shown.add(describe(model, item));
      }
    }
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("items", shown);
    response.put("waiting", waiting);
    response.put("considered", items.size());
    response.put("labelled", store.size());
    response.put("file", store.file().toString());
    response.put("model", model.record().id());
    return response;
  }

  Map<String, Object> save(ObjectNode body) throws IOException {
    Json.requireKnown(body, "$", Set.of("id", "themes"));
    String id = Json.string(body, "$", "id");
    if (id == null || id.isBlank()) {
      throw ApiException.badRequest("$.id: missing; give the article's id");
    }
    List<String> themes = Json.strings(body, "$", "themes");
    if (themes == null) {
      throw ApiException.badRequest("$.themes: missing; give the chosen theme ids ([] for none)");
    }
    ActiveModel model = models.active();
    List<String> known = model.themeIds();
    for (String theme : themes) {
      if (!known.contains(theme)) {
        throw ApiException.badRequest(
            "$.themes: unknown theme '" + theme + "'; the themes are " + known);
      }
    }
    LabelQueue.Item item =
        queue
            .item(model, id)
            .orElseThrow(
                () -> ApiException.notFound("no article with id '" + id + "' in the archive"));
    IndexedArticle article = item.article();
    Label label =
        new Label(
            article.id(),
            article.title(),
            article.text(),
            article.lang(),
            article.date(),
            List.copyOf(new LinkedHashSet<>(themes)),
            item.classification().assignedIds(),
            model.record().id(),
            Instant.now().toString());
    int count = store.put(label);
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("saved", label.id());
    response.put("labels", label.labels());
    response.put("accepted", label.accepted());
    response.put("labelled", count);
    return response;
  }

  Map<String, Object> labels() {
    List<Map<String, Object>> labels = new ArrayList<>();
    for (Label label : store.all()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("id", label.id());
      entry.put("title", label.title());
      entry.put("labels", label.labels());
      entry.put("suggested", label.suggested());
      entry.put("labelledAt", label.labelledAt());
      labels.add(entry);
    }
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("file", store.file().toString());
    response.put("count", labels.size());
    response.put("labels", labels);
    return response;
  }

  Training.Status train(ObjectNode body) {
    Json.requireKnown(body, "$", Set.of());
    return training.start(store.file(), store.size(), models.active().taxonomy());
  }

  Training.Status training() {
    return training.status();
  }

  Map<String, Object> models() throws IOException {
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("active", models.active().name());
    response.put("folder", models.folder() == null ? null : models.folder().toString());
    response.put("models", models.list());
    return response;
  }

  ActiveModel use(ObjectNode body) throws IOException {
    Json.requireKnown(body, "$", Set.of("name"));
    String name = Json.string(body, "$", "name");
    if (name == null) {
      throw ApiException.badRequest("$.name: missing; give startup or a model file name");
    }
    return models.use(name);
  }

  private static Map<String, Object> describe(ActiveModel model, LabelQueue.Item item) {
    IndexedArticle article = item.article();
    double[] thresholds = model.classifier().thresholds();
    List<String> ids = model.themeIds();
    List<Map<String, Object>> themes = new ArrayList<>();
    for (ThemeScore score : item.classification().scores()) {
      Map<String, Object> theme = new LinkedHashMap<>();
      theme.put("id", score.themeId());
      theme.put("label", score.label());
      theme.put("score", Math.round(score.score() * 10_000) / 10_000.0);
      theme.put("threshold", thresholds[ids.indexOf(score.themeId())]);
      theme.put("assigned", score.assigned());
      themes.add(theme);
    }
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("id", article.id());
    entry.put("title", article.title());
    entry.put("text", article.text());
    entry.put("lang", article.lang());
    entry.put("date", article.date());
    entry.put("themes", themes);
    entry.put("suggested", item.classification().assignedIds());
    entry.put("keywordThemes", item.keywordThemes());
    entry.put("reason", item.disagree() ? "models-disagree" : "near-threshold");
    entry.put("margin", Math.round(item.margin() * 10_000) / 10_000.0);
    return entry;
  }
}
