package io.github.policythemes.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;

/**
 * Runs one {@link ThemeQuery} on one searcher: the page of hits with their snippets, the exact
 * number of matches, and the facet and trend counts of all of them, in one pass over the matches.
 * Thread-safe (no state).
 */
final class ArchiveSearch {
  private ArchiveSearch() {}

  static SearchResult run(ArchiveSearcher searcher, ThemeQuery query, IndexedModel model)
      throws IOException {
    Query text = ArchiveQueries.text(query, searcher.languages);
    Query full = ArchiveQueries.query(query, text, model);
    Sort sort = ArchiveQueries.sort(query);
    int wanted = Math.max(1, query.offset() + query.limit());
    FacetsCollectorManager.FacetsResult found =
        FacetsCollectorManager.search(
            searcher, full, wanted, sort, true, new FacetsCollectorManager());
    long total = 0;
    for (FacetsCollector.MatchingDocs docs : found.facetsCollector().getMatchingDocs()) {
      total += docs.totalHits;
    }
    ScoreDoc[] top = found.topDocs().scoreDocs;
    int from = Math.min(query.offset(), top.length);
    int to = Math.min(query.offset() + query.limit(), top.length);
    int[] docs = new int[to - from];
    for (int i = from; i < to; i++) {
      docs[i - from] = top[i].doc;
    }
    List<List<Snippet>> snippets =
        ArchiveHighlighter.snippets(searcher, text, docs, query.snippets());
    boolean scored =
        query.sort() == SortOrder.THEME_SCORE
            || (query.sort() == SortOrder.RELEVANCE && !query.text().isEmpty());
    List<SearchHit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      IndexedArticle article = ArchiveSchema.article(searcher.storedFields().document(docs[i]));
      float score = top[from + i].score;
      hits.add(
          new SearchHit(
              article.id(),
              article.title(),
              article.lang(),
              article.date(),
              scored && !Float.isNaN(score) ? score : 0,
              article.themes(),
              article.assigned(),
              snippets.get(i),
              article.source(),
              article.line(),
              article.model()));
    }
    ArchiveFacets.Counted counted =
        ArchiveFacets.count(searcher, found.facetsCollector(), query.trendPeriod());
    return new SearchResult(total, query.offset(), hits, counted.facets(), counted.trend());
  }
}
