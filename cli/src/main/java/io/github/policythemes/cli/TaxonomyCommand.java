package io.github.policythemes.cli;

import io.github.policythemes.analysis.Language;
import io.github.policythemes.taxonomy.Keyword;
import io.github.policythemes.taxonomy.Taxonomy;
import io.github.policythemes.taxonomy.Theme;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code policy-themes taxonomy}: lists, shows and exports taxonomies. */
@Command(
    name = "taxonomy",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    header = "List the built-in taxonomies, show one, or export one as JSON to start your own.",
    description = {
      "list: the built-in taxonomies. show: a taxonomy's themes with their labels in each"
          + " language and their strongest keywords. export: the taxonomy as the JSON file that"
          + " --taxonomy FILE reads, a template for a taxonomy of your own"
          + " (policy-themes taxonomy export regional-governance > my-themes.json)."
    })
final class TaxonomyCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ACTION", description = "list, show or export.")
  String action;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "TAXONOMY",
      description = "Built-in id or JSON file, for show and export (default: regional-governance).")
  String taxonomy;

  @Option(
      names = "--keywords",
      defaultValue = "5",
      paramLabel = "N",
      description = "show: keywords per theme and language, strongest first (0: only counts).")
  int keywords;

  @Mixin Verbosity verbosity;

  @Override
  public Integer call() throws IOException {
    verbosity.check();
    PrintWriter out = spec.commandLine().getOut();
    if (keywords < 0) {
      throw new UsageException("--keywords must not be negative, not " + keywords);
    }
    String id = taxonomy == null ? Taxonomy.DEFAULT_ID : taxonomy;
    switch (action) {
      case "list" -> list(out);
      case "show" -> show(out, Taxonomy.resolve(id));
      case "export" -> {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        Taxonomy.resolve(id).write(json);
        out.println(json.toString(StandardCharsets.UTF_8));
      }
      default ->
          throw new UsageException("unknown action '" + action + "': use list, show or export");
    }
    out.flush();
    return Main.OK;
  }

  private static void list(PrintWriter out) {
    for (String id : Taxonomy.builtInIds()) {
      Taxonomy builtIn = Taxonomy.builtIn(id);
      out.printf(
          "%-22s v%s  %2d themes  %s%n",
          id,
          builtIn.version(),
          builtIn.themes().size(),
          builtIn.multiLabel() ? "multi-label" : "single-label");
    }
  }

  private void show(PrintWriter out, Taxonomy taxonomy) {
    out.printf(
        "%s v%s (%s, %d themes)%n",
        taxonomy.id(),
        taxonomy.version(),
        taxonomy.multiLabel() ? "multi-label" : "single-label",
        taxonomy.themes().size());
    if (!taxonomy.description().isEmpty()) {
      out.println(taxonomy.description());
    }
    int width = 0;
    for (Theme theme : taxonomy.themes()) {
      for (Language language : taxonomy.languages()) {
        width = Math.max(width, DisplayWidth.of(theme.labels().getOrDefault(language, "-")));
      }
    }
    width = Math.min(width, 60);
    out.println();
    for (Theme theme : taxonomy.themes()) {
      out.println(theme.id());
      for (Language language : taxonomy.languages()) {
        List<Keyword> words = theme.keywords(language);
        StringBuilder line = new StringBuilder("  ");
        line.append(language.code())
            .append("  ")
            .append(DisplayWidth.pad(theme.labels().getOrDefault(language, "-"), width))
            .append(String.format(" %3d keywords", words.size()));
        if (keywords > 0 && !words.isEmpty()) {
          line.append(": ");
          List<Keyword> strongest =
              words.stream()
                  .sorted((a, b) -> Double.compare(b.weight(), a.weight()))
                  .limit(keywords)
                  .toList();
          for (int i = 0; i < strongest.size(); i++) {
            line.append(i == 0 ? "" : ", ").append(strongest.get(i).phrase());
          }
          if (words.size() > keywords) {
            line.append(", ...");
          }
        }
        out.println(line);
      }
    }
  }
}
