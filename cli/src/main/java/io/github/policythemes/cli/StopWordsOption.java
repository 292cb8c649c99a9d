package io.github.policythemes.cli;

import io.github.policythemes.keywords.YakeKeywordExtractor;
import io.github.policythemes.topics.TopicCorpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --stopwords FILE}: more words for topics and keywords to leave out. */
final class StopWordsOption {
  @Option(
      names = "--stopwords",
      paramLabel = "FILE",
      description =
          "More words to leave out, on top of each language's stop words and news boilerplate:"
              + " UTF-8, words separated by blanks or lines, # starts a comment (default: none).")
  Path file;

  /** The words of the file, or none. */
  List<String> words() throws IOException {
    return file == null ? List.of() : TopicsCommand.readStopWords(file);
  }

  void applyTo(TopicCorpus.Builder builder) throws IOException {
    if (file != null) {
      builder.stopWords(words());
    }
  }

  void applyTo(YakeKeywordExtractor.Builder builder) throws IOException {
    if (file != null) {
      builder.stopWords(words());
    }
  }
}
