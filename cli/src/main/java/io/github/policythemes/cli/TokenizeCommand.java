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
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code policy-themes tokenize}: prints the terms of each input. */
@Command(
    name = "tokenize",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Print the analysed terms of each input file (or standard input).",
      "Text format: one line of terms per input line, or per sentence with --sentences.",
      "JSONL format: one object per input with terms and their offsets."
    })
final class TokenizeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--lang",
      defaultValue = "auto",
      description = "Language: en, ko, zh, another ISO 639-1 code, or auto (default: auto).")
  String lang;

  @Option(
      names = "--chain",
      defaultValue = "words",
      description = "Analysis chain: words, nouns or bigrams (default: words).")
  String chain;

  @Option(names = "--sentences", description = "Split into sentences first.")
  boolean sentences;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output format: text or jsonl (default: text).")
  String format;

  @Parameters(paramLabel = "FILE", description = "Files or folders; - or nothing for stdin.")
  List<String> files;

  @Override
  public Integer call() throws IOException {
    Chain parsedChain = Chain.parse(chain);
    TextAnalyzer fixed =
        lang.equals("auto") ? null : TextAnalyzer.forLanguage(Language.fromCode(lang));
    if (!format.equals("text") && !format.equals("jsonl")) {
      throw new UsageException("unknown format '" + format + "': use text or jsonl");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int failed = 0;
    List<TextInputs.Input> inputs = TextInputs.expand(files);
    for (TextInputs.Input input : inputs) {
      String text;
      try {
        text = input.read(System.in);
      } catch (IOException e) {
        err.println("policy-themes: " + Main.message(e));
        failed++;
        continue;
      }
      TextAnalyzer analyzer = fixed != null ? fixed : TextAnalyzer.autoDetect();
      Language language = analyzer.languageOf(text);
      TextAnalyzer bound = TextAnalyzer.forLanguage(language);
      if (format.equals("jsonl")) {
        writeJson(out, input.name(), language, text, bound, parsedChain);
      } else {
        if (inputs.size() > 1) {
          out.println("==> " + input.name() + " (" + language.code() + ") <==");
        }
        writeText(out, text, language, bound, parsedChain);
      }
    }
    out.flush();
    return failed == 0 ? Main.OK : Main.PARTIAL;
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
