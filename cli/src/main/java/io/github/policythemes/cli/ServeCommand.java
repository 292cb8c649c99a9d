package io.github.policythemes.cli;

import io.github.policythemes.index.ThemeIndex;
import io.github.policythemes.server.WebServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code policy-themes serve}: the web page and the HTTP API. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    header = "Serve the web page for researchers and the JSON HTTP API.",
    description = {
      "Serve the web page for researchers (read an article with its evidence, search the"
          + " archive, label articles and train a model on the labels) and the JSON HTTP API"
          + " (described at /api/openapi.json).",
      "Listens on 127.0.0.1 only, unless --host and --token are given. Prints the address on"
          + " standard output and runs until it is stopped (Ctrl-C or SIGTERM)."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin Verbosity verbosity;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description =
          "The archive to search and label (made by policy-themes index), read-only; default:"
              + " none (the read view only).")
  Path index;

  @Mixin ModelOption model;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "8080",
      description = "Port; 0 picks a free one.")
  int port;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description = "Address to listen on; any other than a loopback address needs --token.")
  String host;

  @Option(
      names = "--token",
      paramLabel = "FILE",
      description =
          "File holding a secret (16+ characters) every request must carry as 'Authorization:"
              + " Bearer TOKEN'; the page is opened once as /?token=TOKEN (default: none, loopback"
              + " only).")
  Path token;

  @Option(
      names = "--labels",
      paramLabel = "FILE",
      description = "Labels file (default: DIR-labels.jsonl beside the archive).")
  Path labels;

  @Option(
      names = "--max-body",
      paramLabel = "SIZE",
      defaultValue = "4m",
      description = "Largest request body, e.g. 4m (4 MiB), 512k.")
  String maxBody;

  @Option(
      names = "--workers",
      paramLabel = "N",
      description = "Requests worked on at once (default: the number of cores, at least 2).")
  Integer workers;

  @Option(
      names = "--queue",
      paramLabel = "N",
      defaultValue = "64",
      description = "Requests that may wait for a worker; more get 503.")
  int queue;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description = "Longest a request may wait for a worker and work.")
  int timeout;

  @Override
  public Integer call() throws IOException {
    verbosity.check();
    PrintWriter out = spec.commandLine().getOut();
    WebServer.Builder builder =
        WebServer.builder()
            .classifier(name(model.model), model.load())
            .host(host)
            .port(port)
            .maxBodyBytes(size(maxBody))
            .queue(queue);
    if (timeout < 1) {
      throw new UsageException("--timeout must be at least 1 second, not " + timeout);
    }
    builder.timeout(Duration.ofSeconds(timeout));
    if (workers != null) {
      builder.workers(workers);
    }
    if (token != null) {
      builder.token(readToken(token));
    }
    if (index != null) {
      if (!Files.isDirectory(index)) {
        throw new UsageException(
            "no archive at "
                + index
                + " (make one with: policy-themes index --index "
                + index
                + " FILES...)");
      }
      builder.index(index);
      if (labels != null) {
        builder.labels(labels);
      }
    } else if (labels != null) {
      throw new UsageException("--labels needs --index: labels are of archive articles");
    }
    WebServer server = builder.build().start();
    Thread hook = new Thread(() -> close(server), "policy-themes-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    out.println("policy-themes serve: " + server.uri() + describe(server));
    out.flush();
    try {
      server.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      close(server);
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // the JVM is stopping: the hook runs anyway
      }
    }
    return Main.OK;
  }

  private String describe(WebServer server) throws IOException {
    StringBuilder text = new StringBuilder(" (model ").append(name(model.model));
    if (index != null) {
      try (ThemeIndex archive = ThemeIndex.openReadOnly(index)) {
        text.append(", archive ").append(index).append(" with ").append(archive.size());
        text.append(" articles, labels ").append(server.labelsFile());
      }
    }
    return text.append(')').toString();
  }

  private static void close(WebServer server) {
    try {
      server.close();
    } catch (IOException e) {
      // stopping: the archive is read-only and every label is already on disk
    }
  }

  private static String name(String value) {
    return value == null ? "default" : Path.of(value).getFileName().toString();
  }

  private static String readToken(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new UsageException("no such token file: " + file);
    }
    String secret = Files.readString(file, StandardCharsets.UTF_8).strip();
    if (secret.length() < 16 || !secret.matches("[\\x21-\\x7e]+")) {
      throw new UsageException(
          file + ": the token must be at least 16 printable ASCII characters without spaces");
    }
    return secret;
  }

  /** {@code 4194304}, {@code 512k}, {@code 4m}, {@code 4MiB}. */
  static long size(String value) {
    String text = value.strip().toLowerCase(Locale.ROOT).replace("ib", "").replace("b", "");
    long factor = 1;
    if (text.endsWith("k")) {
      factor = 1L << 10;
    } else if (text.endsWith("m")) {
      factor = 1L << 20;
    } else if (text.endsWith("g")) {
      factor = 1L << 30;
    }
    String digits = factor == 1 ? text : text.substring(0, text.length() - 1);
    try {
      long size = Long.parseLong(digits.strip()) * factor;
      if (size < 1024 || size > Integer.MAX_VALUE - 8) {
        throw new UsageException("--max-body " + value + " is not between 1k and 2g");
      }
      return size;
    } catch (NumberFormatException e) {
      throw new UsageException("--max-body '" + value + "': use a size such as 4m or 512k");
    }
  }
}
