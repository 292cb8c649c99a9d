package io.github.policythemes.cli;

import io.github.policythemes.analysis.Language;
import io.github.policythemes.taxonomy.Taxonomy;
import io.github.policythemes.taxonomy.Theme;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code policy-themes taxonomy}: lists and shows taxonomies. */
@Command(
    name = "taxonomy",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "List the built-in taxonomies, or show one (built-in id or JSON file).")
final class TaxonomyCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ACTION", description = "list, or show")
  String action;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "TAXONOMY",
      description = "Built-in id or JSON file (for show; default regional-governance).")
  String taxonomy;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    switch (action) {
      case "list" -> {
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
      case "show" -> show(out, Taxonomy.resolve(taxonomy == null ? Taxonomy.DEFAULT_ID : taxonomy));
      default -> throw new UsageException("unknown action '" + action + "': use list or show");
    }
    out.flush();
    return Main.OK;
  }

  private static void show(PrintWriter out, Taxonomy taxonomy) {
    out.printf(
        "%s v%s (%s, %d themes)%n",
        taxonomy.id(),
        taxonomy.version(),
        taxonomy.multiLabel() ? "multi-label" : "single-label",
        taxonomy.themes().size());
    if (!taxonomy.description().isEmpty()) {
      out.println(taxonomy.description());
    }
    out.println();
    for (Theme theme : taxonomy.themes()) {
      out.println(theme.id());
      for (Language language : taxonomy.languages()) {
        out.printf(
            "  %s  %-60s %3d keywords%n",
            language.code(),
            theme.labels().getOrDefault(language, "-"),
            theme.keywords(language).size());
      }
    }
  }
}
