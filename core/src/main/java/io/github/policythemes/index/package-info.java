/**
 * The archive: classified articles in a Lucene index on disk, searched by words in any language,
 * theme, score, date and language, with highlighted snippets and facet and trend counts.
 *
 * <p>{@link io.github.policythemes.index.ThemeIndex} is the entry point: it creates or opens an
 * index, adds articles with their classification (one at a time, from a {@link
 * io.github.policythemes.batch.BatchClassifier} run, or from the JSONL that {@code classify}
 * writes), updates and deletes them by id, commits, reindexes with another model, and searches with
 * a {@link io.github.policythemes.index.ThemeQuery}. A {@link
 * io.github.policythemes.index.SearchResult} holds the page of {@link
 * io.github.policythemes.index.SearchHit}s with their {@link
 * io.github.policythemes.index.Snippet}s, the {@link io.github.policythemes.index.SearchFacets} and
 * the {@link io.github.policythemes.index.TrendCounts} of every match. Results are immutable
 * records whose dates are ISO strings and languages codes, so they serialise to JSON as they are.
 */
package io.github.policythemes.index;
