package io.github.policythemes.cli;

import io.github.policythemes.article.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands command-line inputs (files, folders, {@code -}) into named texts. */
final class TextInputs {
  private TextInputs() {}

  /** One input: a file, or standard input. */
  record Input(String name, Path path) {
    boolean isStdin() {
      return path == null;
    }

    String read(InputStream stdin) throws IOException {
      return isStdin() ? Utf8.read(stdin, name) : Utf8.read(path);
    }
  }

  /**
   * Expands the arguments: {@code -} or nothing means standard input, a folder means every regular
   * file below it (sorted), a file means itself.
   *
   * @throws UsageException if an argument does not exist
   */
  static List<Input> expand(List<String> arguments) throws IOException {
    List<Input> inputs = new ArrayList<>();
    if (arguments == null || arguments.isEmpty()) {
      inputs.add(new Input("<stdin>", null));
      return inputs;
    }
    for (String argument : arguments) {
      if (argument.equals("-")) {
        inputs.add(new Input("<stdin>", null));
        continue;
      }
      Path path = Path.of(argument);
      if (Files.isDirectory(path)) {
        try (Stream<Path> files = Files.walk(path)) {
          files
              .filter(Files::isRegularFile)
              .sorted()
              .forEach(file -> inputs.add(new Input(file.toString(), file)));
        }
      } else if (Files.exists(path)) {
        inputs.add(new Input(argument, path));
      } else {
        throw new UsageException("no such file or folder: " + argument);
      }
    }
    return inputs;
  }
}
