package io.github.policythemes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void help_namesTheOptions() {
    Cli help = Cli.run("serve", "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out())
        .contains("Usage: policy-themes serve")
        .contains("--index", "--model", "--port", "--host", "--token", "--max-body");
  }

  @Test
  void nonLoopbackHost_withoutToken_isRefusedWithTheReason() {
    Cli result = Cli.run("serve", "--host", "0.0.0.0", "--port", "0");
    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err())
        .contains("refusing to listen on 0.0.0.0")
        .contains("not a loopback address")
        .contains("--token FILE");
  }

  @Test
  void badTokenFileAndMissingArchive_areUsageErrors() throws IOException {
    Path shortToken = Files.writeString(dir.resolve("token"), "short\n");
    Cli token = Cli.run("serve", "--port", "0", "--token", shortToken.toString());
    assertThat(token.exit()).isEqualTo(2);
    assertThat(token.err()).contains("at least 16 printable ASCII characters");
    Cli missing = Cli.run("serve", "--port", "0", "--token", dir.resolve("nope").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("no such token file");
    Cli archive = Cli.run("serve", "--port", "0", "--index", dir.resolve("none").toString());
    assertThat(archive.exit()).isEqualTo(2);
    assertThat(archive.err()).contains("no archive at").contains("policy-themes index --index");
    assertThat(Cli.run("serve", "--port", "0", "--max-body", "lots").err())
        .contains("--max-body 'lots'");
  }

  @Test
  void serve_listensOnLoopback_andStopsWhenInterrupted() throws Exception {
    Path token = Files.writeString(dir.resolve("token"), "0123456789abcdef-token\n");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int[] exit = {-1};
    Thread thread =
        new Thread(
            () ->
                exit[0] =
                    Cli.run(
                        new ByteArrayInputStream(new byte[0]),
                        new PrintWriter(out, true),
                        err,
                        "serve",
                        "--port",
                        "0",
                        "--token",
                        token.toString()));
    thread.start();
    Pattern address = Pattern.compile("policy-themes serve: (http://127\\.0\\.0\\.1:\\d+/)");
    String listening = null;
    long deadline = System.currentTimeMillis() + 60_000;
    while (listening == null && System.currentTimeMillis() < deadline) {
      Matcher found = address.matcher(out.toString());
      if (found.find()) {
        listening = found.group(1);
      } else {
        Thread.sleep(50);
      }
    }
    assertThat(listening).as(out + " / " + err).isNotNull();
    URI uri = URI.create(listening);
    HttpClient client = HttpClient.newHttpClient();
    HttpResponse<String> refused =
        client.send(
            HttpRequest.newBuilder(uri.resolve("/api/health")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(refused.statusCode()).isEqualTo(401);
    HttpResponse<String> health =
        client.send(
            HttpRequest.newBuilder(uri.resolve("/api/health"))
                .header("Authorization", "Bearer 0123456789abcdef-token")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"ok\"");
    thread.interrupt();
    thread.join(10_000);
    assertThat(thread.isAlive()).isFalse();
    assertThat(exit[0]).isZero();
  }
}
