package io.github.policythemes.index;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Lucene's {@link UnifiedHighlighter} over the {@code content.LANG} fields, with the offsets that
 * indexing stored in the postings, so no text is analysed again. The text is rebuilt from the
 * stored title and text (the content is not stored twice), and passages come back as {@link
 * Snippet}s with offsets instead of markup. One instance per search; not thread-safe.
 */
final class ArchiveHighlighter extends UnifiedHighlighter {
  /** A passage aims at about this many chars (a sentence or two). */
  static final int PASSAGE_CHARS = 160;

  /** Text beyond this many chars is not searched for passages. */
  static final int MAX_CHARS = 50_000;

  private final IndexSearcher searcher;

  private ArchiveHighlighter(Builder builder, IndexSearcher searcher) {
    super(builder);
    this.searcher = searcher;
  }

  /**
   * Returns the snippets of each document, in the order of {@code docs}.
   *
   * @param text the words part of the query, or null (then each article's first passages)
   */
  static List<List<Snippet>> snippets(
      ArchiveSearcher searcher, Query text, int[] docs, int passages) throws IOException {
    List<List<Snippet>> out = new ArrayList<>();
    if (passages == 0 || docs.length == 0 || searcher.languages.isEmpty()) {
      for (int i = 0; i < docs.length; i++) {
        out.add(List.of());
      }
      return out;
    }
    Builder builder =
        UnifiedHighlighter.builder(searcher, ArchiveAnalyzer.INSTANCE)
            .withFormatter(new SnippetFormatter())
            .withMaxLength(MAX_CHARS)
            .withBreakIterator(
                () ->
                    LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_CHARS, 0.5f));
    ArchiveHighlighter highlighter = new ArchiveHighlighter(builder, searcher);
    String[] fields =
        searcher.languages.stream().map(ArchiveSchema::contentField).toArray(String[]::new);
    int[] max = new int[fields.length];
    Arrays.fill(max, passages);
    Query query = text != null ? text : new MatchNoDocsQuery();
    Map<String, Object[]> found = highlighter.highlightFieldsAsObjects(fields, query, docs, max);
    for (int i = 0; i < docs.length; i++) {
      List<Snippet> snippets = List.of();
      for (String field : fields) {
        Object value = found.get(field)[i];
        if (value != null) {
          @SuppressWarnings("unchecked")
          List<Snippet> list = (List<Snippet>) value;
          snippets = list;
        }
      }
      out.add(snippets);
    }
    return out;
  }

  /** Each document's content for its own language field; null for the other languages. */
  @Override
  protected List<CharSequence[]> loadFieldValues(
      String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
    List<CharSequence[]> values = new ArrayList<>();
    for (int doc = docIter.nextDoc();
        doc != DocIdSetIterator.NO_MORE_DOCS;
        doc = docIter.nextDoc()) {
      Document stored = searcher.storedFields().document(doc);
      String field = ArchiveSchema.contentField(stored.get(ArchiveSchema.LANG));
      String title = stored.get(ArchiveSchema.TITLE);
      String text = stored.get(ArchiveSchema.TEXT);
      String content = title.isEmpty() ? text : text.isEmpty() ? title : title + "\n\n" + text;
      CharSequence[] row = new CharSequence[fields.length];
      for (int i = 0; i < fields.length; i++) {
        row[i] = fields[i].equals(field) ? content : null;
      }
      values.add(row);
    }
    return values;
  }

  /** Passages as {@link Snippet}s; overlapping matches (a compound and its parts) merge. */
  private static final class SnippetFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<Snippet> snippets = new ArrayList<>(passages.length);
      for (Passage passage : passages) {
        int start = passage.getStartOffset();
        int end = Math.min(passage.getEndOffset(), content.length());
        String text = content.substring(start, end).stripTrailing();
        int[] starts = passage.getMatchStarts();
        int[] ends = passage.getMatchEnds();
        long[] ranges = new long[passage.getNumMatches()];
        for (int i = 0; i < ranges.length; i++) {
          ranges[i] = (long) starts[i] << 32 | ends[i];
        }
        Arrays.sort(ranges);
        List<Snippet.Highlight> marks = new ArrayList<>();
        for (long range : ranges) {
          int from = Math.max((int) (range >>> 32), start) - start;
          int to = Math.min((int) range - start, text.length());
          if (to <= from) {
            continue;
          }
          Snippet.Highlight last = marks.isEmpty() ? null : marks.get(marks.size() - 1);
          if (last != null && from <= last.end()) {
            marks.set(
                marks.size() - 1, new Snippet.Highlight(last.start(), Math.max(last.end(), to)));
          } else {
            marks.add(new Snippet.Highlight(from, to));
          }
        }
        snippets.add(new Snippet(text, start, marks));
      }
      return snippets;
    }
  }
}
