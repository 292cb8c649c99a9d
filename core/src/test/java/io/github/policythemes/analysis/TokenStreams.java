package io.github.policythemes.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Token streams written out as comparable strings, for tests that compare two chains. */
final class TokenStreams {
  private TokenStreams() {}

  /**
   * Consumes a stream (reset, read, end, close).
   *
   * @param stream the stream, not yet reset
   * @param withEnd also the final offset and increment, as {@code end@offset+increment}
   * @return one {@code term@start-end+increment} per token
   */
  static List<String> describe(TokenStream stream, boolean withEnd) throws IOException {
    List<String> out = new ArrayList<>();
    try (stream) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(
            term
                + "@"
                + offset.startOffset()
                + "-"
                + offset.endOffset()
                + "+"
                + position.getPositionIncrement());
      }
      stream.end();
      if (withEnd) {
        out.add("end@" + offset.endOffset() + "+" + position.getPositionIncrement());
      }
    }
    return out;
  }
}
