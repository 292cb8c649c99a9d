package io.github.policythemes.index;

import java.io.IOException;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher over one point-in-time view of the index, with what every search of that view needs
 * worked out once when the view opens: the facet ordinals, and which languages have content fields.
 * Thread-safe, like every {@link IndexSearcher}.
 */
final class ArchiveSearcher extends IndexSearcher {
  /** The index field that holds every facet dimension. */
  static final String FACET_FIELD = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;

  /** The facet ordinals, or null while no article has facets. */
  final SortedSetDocValuesReaderState facets;

  /** The language codes with a {@code content.LANG} field, sorted. */
  final List<String> languages;

  private ArchiveSearcher(IndexReader reader) throws IOException {
    super(reader);
    FieldInfos infos = FieldInfos.getMergedFieldInfos(reader);
    TreeSet<String> codes = new TreeSet<>();
    boolean hasFacets = false;
    for (FieldInfo info : infos) {
      if (info.name.startsWith(ArchiveSchema.CONTENT_PREFIX)) {
        codes.add(info.name.substring(ArchiveSchema.CONTENT_PREFIX.length()));
      }
      hasFacets |= info.name.equals(FACET_FIELD);
    }
    this.languages = List.copyOf(codes);
    this.facets =
        hasFacets && reader.numDocs() > 0
            ? new DefaultSortedSetDocValuesReaderState(reader, FACET_FIELD, ArchiveSchema.FACETS)
            : null;
  }

  /** Makes an {@link ArchiveSearcher} for each view a {@code SearcherManager} opens. */
  static final class Factory extends SearcherFactory {
    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
      return new ArchiveSearcher(reader);
    }
  }
}
