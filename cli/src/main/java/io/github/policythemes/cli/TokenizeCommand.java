package io.github.policythemes.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.policythemes.analysis.Chain;
import io.github.policythemes.analysis.Language;
import io.github.policythemes.analysis.Sentence;
import io.github.policythemes.analysis.SentenceSplitter;
import io.github.policythemes.analysis.TextAnalyzer;
import io.github.policythemes.analysis.Token;
import io.github.policythemes.article.Article;
import io.github.policythemes.article.ArticleRecord;
import io.github.policythemes.article.ErrorRecord;
import io.github.policythemes.article.InputRecord;
import io.github.policythemes.article.RecordSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code policy-themes tokenize}: prints the terms of each input. */
@Command(
    name = "tokenize",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    header = "Print the analysed terms of articles, per line or sentence.",
    description = {
      "Print the analysed terms of each article read (as classify reads them: JSONL, CSV, TSV,"
          + " text files, folders, one article per line, standard input). Text format: one line of"
          + " terms per line of the article's content (title, blank line, text), or per sentence"
          + " with --sentences. JSONL format: one object per article with terms and their offsets"
          + " into its content."
    })
final class TokenizeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--chain",
      defaultValue = "words",
      description = "Analysis chain: words, nouns or bigrams.")
  String chain;

  @Option(names = "--sentences", description = "Split into sentences first.")
  boolean sentences;

  @Option(names = "--format", defaultValue = "text", description = "Output format: text or jsonl.")
  String format;

  @Mixin InputOptions input;

  @Mixin Verbosity verbosity;

  @ParentCommand Main main;

  @Parameters(paramLabel = "FILE", description = "Files or folders; - or nothing for stdin.")
  List<String> files;

  @Override
  public Integer call() throws IOException {
    verbosity.check();
    Chain parsedChain = Chain.parse(chain);
    if (!format.equals("text") && !format.equals("jsonl")) {
      throw new UsageException("unknown format '" + format + "': use text or jsonl");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Problems problems = new Problems(err, verbosity, "");
    int failed = 0;
    try (RecordSource source = InputOptions.open(files, input.readOptions(), main.stdin)) {
      InputRecord record = source.next();
      InputRecord next = record == null ? null : source.next();
      boolean several = next != null;
      while (record != null) {
        if (record instanceof ErrorRecord error) {
          problems.rejected(error);
          failed++;
        } else {
          write(out, ((ArticleRecord) record).article(), several, parsedChain);
        }
        record = next;
        next = record == null ? null : source.next();
      }
    }
    out.flush();
    problems.finish();
    return failed == 0 ? Main.OK : Main.PARTIAL;
  }

  /** Prints one article's terms; with several articles, each after a header. */
  private void write(PrintWriter out, Article article, boolean several, Chain chain)
      throws IOException {
    String text = article.content();
    Language language =
        article.language() != null
            ? article.language()
            : TextAnalyzer.autoDetect().languageOf(text);
    TextAnalyzer bound = TextAnalyzer.forLanguage(language);
    if (format.equals("jsonl")) {
      writeJson(out, article.id(), language, text, bound, chain);
      return;
    }
    if (several) {
      out.println("==> " + article.id() + " (" + language.code() + ") <==");
    }
    writeText(out, text, language, bound, chain);
  }

  private void writeText(
      PrintWriter out, String text, Language language, TextAnalyzer analyzer, Chain chain) {
    for (Sentence unit : units(text, language)) {
      List<Token> tokens = analyzer.tokens(unit.text(), chain);
      if (!tokens.isEmpty()) {
        out.println(String.join(" ", tokens.stream().map(Token::term).toList()));
      }
    }
  }

  /** Sentences, or lines when sentences were not asked for. */
  private List<Sentence> units(String text, Language language) {
    if (sentences) {
      return SentenceSplitter.forLanguage(language).split(text);
    }
    return text.lines()
        .filter(line -> !line.isBlank())
        .map(line -> new Sentence(line, 0, line.length()))
        .toList();
  }

  private void writeJson(
      PrintWriter out,
      String name,
      Language language,
      String text,
      TextAnalyzer analyzer,
      Chain chain)
      throws IOException {
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("source", name);
      json.writeStringField("lang", language.code());
      if (sentences) {
        json.writeArrayFieldStart("sentences");
        for (Sentence sentence : SentenceSplitter.forLanguage(language).split(text)) {
          json.writeStartObject();
          json.writeNumberField("start", sentence.start());
          json.writeNumberField("end", sentence.end());
          json.writeStringField("text", sentence.text());
          writeTokens(json, analyzer.tokens(sentence.text(), chain), sentence.start());
          json.writeEndObject();
        }
        json.writeEndArray();
      } else {
        writeTokens(json, analyzer.tokens(text, chain), 0);
      }
      json.writeEndObject();
    }
    out.println();
  }

  private static void writeTokens(JsonGenerator json, List<Token> tokens, int shift)
      throws IOException {
    json.writeArrayFieldStart("tokens");
    for (Token token : tokens) {
      json.writeStartObject();
      json.writeStringField("term", token.term());
      json.writeNumberField("start", token.start() + shift);
      json.writeNumberField("end", token.end() + shift);
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
}
