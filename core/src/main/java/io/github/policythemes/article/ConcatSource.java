package io.github.policythemes.article;

import java.io.IOException;
import java.util.List;

/** Reads sources one after the other. Not thread-safe, except the byte counts. */
final class ConcatSource implements RecordSource {
  private final List<RecordSource> sources;
  private int current;

  ConcatSource(List<RecordSource> sources) {
    this.sources = List.copyOf(sources);
  }

  @Override
  public InputRecord next() throws IOException {
    while (current < sources.size()) {
      InputRecord record = sources.get(current).next();
      if (record != null) {
        return record;
      }
      sources.get(current).close();
      current++;
    }
    return null;
  }

  @Override
  public long bytesRead() {
    long sum = 0;
    for (RecordSource source : sources) {
      long read = source.bytesRead();
      if (read < 0) {
        return -1;
      }
      sum += read;
    }
    return sum;
  }

  @Override
  public long bytesTotal() {
    long sum = 0;
    for (RecordSource source : sources) {
      long total = source.bytesTotal();
      if (total < 0) {
        return -1;
      }
      sum += total;
    }
    return sum;
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (int i = current; i < sources.size(); i++) {
      try {
        sources.get(i).close();
      } catch (IOException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
