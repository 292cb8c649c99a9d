package io.github.policythemes.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policythemes.analysis.Language;
import io.github.policythemes.article.Article;
import io.github.policythemes.trends.TrendAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads articles for the topic commands: JSONL files ({@code .jsonl}, {@code .ndjson}; one object
 * per line with {@code text} or {@code body}, and optionally {@code id}, {@code title}, {@code
 * lang}, {@code date}, {@code labels} or {@code assigned}), or plain-text files (one article each,
 * id = file name). A line or file that cannot be read is reported on stderr and counted; the rest
 * is read.
 */
final class ArticleInputs {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One article and the themes its record names (labels or assigned themes). */
  record Input(Article article, List<String> themes) {}

  final List<Input> inputs = new ArrayList<>();
  int failed;

  static ArticleInputs read(List<String> arguments, InputStream stdin, PrintWriter err)
      throws IOException {
    ArticleInputs result = new ArticleInputs();
    for (TextInputs.Input input : TextInputs.expand(arguments)) {
      String content;
      try {
        content = input.read(stdin);
      } catch (IOException e) {
        err.println("policy-themes: " + Main.message(e));
        result.failed++;
        continue;
      }
      if (isJsonLines(input, content)) {
        result.readJsonLines(input.name(), content, err);
      } else if (!content.isBlank()) {
        result.inputs.add(new Input(new Article(name(input), "", content, null, null), List.of()));
      }
    }
    return result;
  }

  private static String name(TextInputs.Input input) {
    return input.path() == null ? input.name() : input.path().getFileName().toString();
  }

  private static boolean isJsonLines(TextInputs.Input input, String content) {
    if (input.path() != null) {
      String file = input.path().getFileName().toString().toLowerCase(Locale.ROOT);
      return file.endsWith(".jsonl") || file.endsWith(".ndjson");
    }
    return content.stripLeading().startsWith("{");
  }

  private void readJsonLines(String source, String content, PrintWriter err) {
    int number = 0;
    for (String line : content.split("\r?\n", -1)) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      try {
        inputs.add(record(line, source + ":" + number));
      } catch (IllegalArgumentException | JsonProcessingException e) {
        err.println("policy-themes: " + source + " line " + number + ": " + e.getMessage());
        failed++;
      }
    }
  }

  private static Input record(String line, String where) throws JsonProcessingException {
    JsonNode node = JSON.readTree(line);
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    String text =
        node.hasNonNull("text") ? node.get("text").asText() : node.path("body").asText("");
    String title = node.path("title").asText("");
    if (text.isBlank() && title.isBlank()) {
      throw new IllegalArgumentException("no 'text', 'body' or 'title'");
    }
    String id = node.hasNonNull("id") ? node.get("id").asText() : where;
    String lang = node.path("lang").asText("");
    Language language = lang.isBlank() ? null : Language.fromCodeOrOther(lang);
    LocalDate date = null;
    String dateText = node.path("date").asText("");
    if (!dateText.isBlank()) {
      try {
        date = TrendAnalyzer.parseDate(dateText);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("bad date '" + dateText + "' in record " + id);
      }
    }
    List<String> themes = new ArrayList<>();
    JsonNode labels = node.has("assigned") ? node.get("assigned") : node.path("labels");
    labels.forEach(label -> themes.add(label.asText()));
    return new Input(new Article(id, title, text, language, date), List.copyOf(themes));
  }

  List<Article> articles() {
    return inputs.stream().map(Input::article).toList();
  }
}
