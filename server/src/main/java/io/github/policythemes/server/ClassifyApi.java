package io.github.policythemes.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.policythemes.analysis.Language;
import io.github.policythemes.article.Article;
import io.github.policythemes.article.ArticleRecord;
import io.github.policythemes.batch.BatchResult;
import io.github.policythemes.batch.OutputOptions;
import io.github.policythemes.batch.ResultWriter;
import io.github.policythemes.classify.Classification;
import io.github.policythemes.classify.Explanation;
import io.github.policythemes.classify.ThemeClassifier;
import io.github.policythemes.classify.Thresholds;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code POST /api/classify} and {@code POST /api/explain}: articles in, themes out, with the
 * options of {@code policy-themes classify} ({@code minScore}, {@code thresholds}, {@code top},
 * {@code explain}, {@code lang}). Each result is exactly the JSON line that {@code classify
 * --format jsonl} writes for the article.
 */
final class ClassifyApi {
  /** The most articles one request may carry. */
  static final int MAX_ARTICLES = 1000;

  private static final Set<String> ARTICLE = Set.of("id", "title", "text", "lang", "date");
  private static final Set<String> OPTIONS =
      Set.of("articles", "minScore", "thresholds", "top", "explain", "lang");
  private static final Set<String> CLASSIFY = union(ARTICLE, OPTIONS);
  private static final Set<String> EXPLAIN =
      union(ARTICLE, Set.of("minScore", "thresholds", "top"));

  private final Supplier<ActiveModel> model;

  ClassifyApi(Supplier<ActiveModel> model) {
    this.model = model;
  }

  /** One article (fields at the top) gives one result; {@code articles: [...]} gives results. */
  Object classify(ObjectNode body) {
    Json.requireKnown(body, "$", CLASSIFY);
    ThemeClassifier classifier = classifier(body);
    boolean explain = Boolean.TRUE.equals(Json.bool(body, "$", "explain"));
    int top = top(body);
    Language forced = language(Json.string(body, "$", "lang"), "$.lang");
    List<ObjectNode> many = Json.objects(body, "$", "articles");
    if (many == null) {
      return line(classifier, article(body, "$", forced), explain, top);
    }
    for (String field : ARTICLE) {
      if (body.has(field) && !field.equals("lang")) {
        throw ApiException.badRequest(
            "$." + field + ": give either one article's fields or 'articles', not both");
      }
    }
    if (many.size() > MAX_ARTICLES) {
      throw ApiException.badRequest(
          "$.articles: " + many.size() + " articles; one request takes at most " + MAX_ARTICLES);
    }
    ArrayNode results = Json.MAPPER.createArrayNode();
    for (int i = 0; i < many.size(); i++) {
      String where = "$.articles[" + i + "]";
      Json.requireKnown(many.get(i), where, ARTICLE);
      results.add(line(classifier, article(many.get(i), where, forced), explain, top));
    }
    ObjectNode response = Json.MAPPER.createObjectNode();
    response.set("results", results);
    return response;
  }

  /**
   * One article, explained: the result line with {@code explanation}, plus {@code content} (the
   * text the offsets point into), {@code highlights} (where the evidence terms occur), the {@code
   * thresholds} used, whether the language was forced, and the model id.
   */
  Object explain(ObjectNode body) {
    Json.requireKnown(body, "$", EXPLAIN);
    ThemeClassifier classifier = classifier(body);
    Article article = article(body, "$", null);
    Explanation explanation = classifier.explain(article);
    ObjectNode line = write(article, explanation.classification(), explanation, top(body));
    line.put("content", article.content());
    line.set(
        "highlights",
        Json.MAPPER.valueToTree(Highlights.find(article.content(), explanation.themes())));
    line.set("thresholds", Json.MAPPER.valueToTree(thresholds(classifier)));
    line.put("langForced", article.language() != null);
    line.put("model", model.get().record().id());
    return line;
  }

  static Map<String, Double> thresholds(ThemeClassifier classifier) {
    Map<String, Double> map = new java.util.LinkedHashMap<>();
    double[] values = classifier.thresholds();
    List<String> ids = classifier.taxonomy().themeIds();
    for (int t = 0; t < ids.size(); t++) {
      map.put(ids.get(t), values[t]);
    }
    return map;
  }

  private ThemeClassifier classifier(ObjectNode body) {
    ThemeClassifier classifier = model.get().classifier();
    Double minScore = Json.number(body, "$", "minScore");
    Map<String, Double> perTheme = Json.numbers(body, "$", "thresholds");
    if (minScore == null && perTheme == null) {
      return classifier;
    }
    try {
      Thresholds thresholds =
          new Thresholds(
              minScore == null ? Double.NaN : minScore, perTheme == null ? Map.of() : perTheme);
      return classifier.withThresholds(thresholds);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  private static int top(ObjectNode body) {
    Integer top = Json.integer(body, "$", "top");
    if (top != null && top < 1) {
      throw ApiException.badRequest("$.top: must be at least 1, not " + top);
    }
    return top == null ? Integer.MAX_VALUE : top;
  }

  private static ObjectNode line(
      ThemeClassifier classifier, Article article, boolean explain, int top) {
    if (explain) {
      Explanation explanation = classifier.explain(article);
      return write(article, explanation.classification(), explanation, top);
    }
    return write(article, classifier.classify(article), null, top);
  }

  /* The line classify writes, read back as a tree: one writer for the CLI and the API. */
  static ObjectNode write(
      Article article, Classification classification, Explanation explanation, int top) {
    StringWriter out = new StringWriter(512);
    try (ResultWriter writer = ResultWriter.jsonl(out, new OutputOptions(top, false))) {
      writer.write(
          new BatchResult(new ArticleRecord(article, "api", 0, null), classification, explanation));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return (ObjectNode) Json.MAPPER.readTree(out.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Article article(ObjectNode node, String where, Language forced) {
    String text = Json.string(node, where, "text");
    String title = Json.string(node, where, "title");
    if ((text == null || text.isBlank()) && (title == null || title.isBlank())) {
      throw ApiException.badRequest(where + ".text: the article has no text (give text or title)");
    }
    String id = Json.string(node, where, "id");
    Language language = language(Json.string(node, where, "lang"), where + ".lang");
    return new Article(
        id == null ? "" : id,
        title,
        text == null ? "" : text,
        language != null ? language : forced,
        date(Json.string(node, where, "date"), where + ".date"));
  }

  static Language language(String code, String where) {
    if (code == null || code.isBlank() || code.equalsIgnoreCase("auto")) {
      return null;
    }
    try {
      return Language.fromCode(code);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(where + ": " + e.getMessage());
    }
  }

  private static LocalDate date(String value, String where) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(where + ": '" + value + "' is not an ISO date (2024-03-01)");
    }
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
