package io.github.policythemes.server;

import io.github.policythemes.article.Article;
import io.github.policythemes.classify.Classification;
import io.github.policythemes.classify.ThemeScore;
import io.github.policythemes.index.IndexedArticle;
import io.github.policythemes.index.SearchHit;
import io.github.policythemes.index.SearchResult;
import io.github.policythemes.index.SortOrder;
import io.github.policythemes.index.ThemeIndex;
import io.github.policythemes.index.ThemeQuery;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The articles the model is least sure about, to label first: the newest {@value #SCAN} articles of
 * the archive, classified again by the page's model and by the keyword model of its taxonomy, in
 * two kinds, taken in turn: articles with a theme's score close to its threshold, and articles on
 * which the two models disagree about the themes, each kind closest to a threshold first. Computed
 * once per model and archive size.
 *
 * <p>Thread-safe.
 */
final class LabelQueue {
  /** How many of the newest articles are considered. */
  static final int SCAN = 2000;

  /**
   * One article of the queue.
   *
   * @param article the article as the archive holds it
   * @param classification its classification by the page's model
   * @param keywordThemes the themes the keyword model assigns
   * @param margin the smallest distance between a theme's score and its threshold
   * @param disagree whether the keyword model assigns other themes
   */
  record Item(
      IndexedArticle article,
      Classification classification,
      List<String> keywordThemes,
      double margin,
      boolean disagree) {}

  private record Ranked(String key, List<Item> items) {}

  private final ThemeIndex index;
  private Ranked ranked;

  LabelQueue(ThemeIndex index) {
    this.index = index;
  }

  /** The articles, least sure first. */
  synchronized List<Item> items(ActiveModel model) throws IOException {
    String key = model.record().id() + "/" + index.size();
    if (ranked == null || !ranked.key().equals(key)) {
      ranked = new Ranked(key, rank(model));
    }
    return ranked.items();
  }

  /**
   * Ranks the archive for a model in the background (a daemon thread), so that the label view finds
   * the queue ready: ranking reads and classifies up to {@value #SCAN} articles twice.
   */
  void warm(ActiveModel model) {
    Thread thread =
        new Thread(
            () -> {
              try {
                items(model);
              } catch (IOException | RuntimeException e) {
                // the label view ranks again, and reports the error, when it asks
              }
            },
            "policy-themes-label-queue");
    thread.setDaemon(true);
    thread.start();
  }

  /** The item of one article, ranked or not. */
  Optional<Item> item(ActiveModel model, String id) throws IOException {
    Optional<IndexedArticle> article = index.get(id);
    return article.map(a -> assess(model, a));
  }

  private List<Item> rank(ActiveModel model) throws IOException {
    List<Item> items = new ArrayList<>();
    for (int offset = 0; offset < SCAN; offset += ThemeQuery.MAX_LIMIT) {
      ThemeQuery query =
          ThemeQuery.builder()
              .sort(SortOrder.NEWEST)
              .page(offset, Math.min(ThemeQuery.MAX_LIMIT, SCAN - offset))
              .snippets(0)
              .build();
      SearchResult page = index.search(query);
      for (SearchHit hit : page.hits()) {
        index.get(hit.id()).ifPresent(article -> items.add(assess(model, article)));
      }
      if (offset + page.hits().size() >= page.total()) {
        break;
      }
    }
    return interleave(items);
  }

  /* Both kinds of doubt, alternating, each least sure first: halving one kind's margin let
  disagreements (common with a zero-shot keyword model) crowd out the scores near a threshold. */
  private static List<Item> interleave(List<Item> items) {
    Comparator<Item> order =
        Comparator.comparingDouble(Item::margin).thenComparing(i -> i.article().id());
    List<Item> near = items.stream().filter(i -> !i.disagree()).sorted(order).toList();
    List<Item> disagree = items.stream().filter(Item::disagree).sorted(order).toList();
    List<Item> result = new ArrayList<>(items.size());
    for (int i = 0; i < Math.max(near.size(), disagree.size()); i++) {
      if (i < near.size()) {
        result.add(near.get(i));
      }
      if (i < disagree.size()) {
        result.add(disagree.get(i));
      }
    }
    return List.copyOf(result);
  }

  static Item assess(ActiveModel model, IndexedArticle stored) {
    Article article = stored.article();
    Classification classification = model.classifier().classify(article);
    double[] thresholds = model.classifier().thresholds();
    List<String> ids = model.themeIds();
    double margin = Double.MAX_VALUE;
    for (ThemeScore score : classification.scores()) {
      int t = ids.indexOf(score.themeId());
      margin = Math.min(margin, Math.abs(score.score() - thresholds[t]));
    }
    List<String> keywordThemes =
        model.keywords() == null ? List.of() : model.keywords().classify(article).assignedIds();
    boolean disagree =
        model.keywords() != null
            && !new HashSet<>(keywordThemes).equals(new HashSet<>(classification.assignedIds()));
    return new Item(stored, classification, keywordThemes, margin, disagree);
  }
}
