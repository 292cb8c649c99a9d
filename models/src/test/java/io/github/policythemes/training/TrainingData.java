package io.github.policythemes.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Small labelled files written by the tests. */
final class TrainingData {
  private TrainingData() {}

  /** Single-label English headlines about three topics, a few dozen each. */
  static Path singleLabel(Path dir) throws IOException {
    String[][] topics = {
      {"tax", "budget", "grant", "deficit", "revenue", "levy"},
      {"merger", "metropolitan", "consolidation", "commuter", "rail", "region"},
      {"festival", "concert", "music", "parade", "stage", "fireworks"}
    };
    String[] labels = {"finance", "merger", "culture"};
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 90; i++) {
      int t = i % 3;
      String[] words = topics[t];
      String text =
          "The council discussed the "
              + words[i % 6]
              + " and the "
              + words[(i / 3 + 1) % 6]
              + " on day "
              + i;
      lines.add(
          "{\"id\": \"d" + i + "\", \"text\": \"" + text + "\", \"label\": \"" + labels[t] + "\"}");
    }
    Path file = dir.resolve("single.jsonl");
    Files.write(file, lines);
    return file;
  }

  /** Multi-label data: finance, merger, both or none. */
  static Path multiLabel(Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    String[] finance = {"local tax", "grant", "budget deficit", "fiscal transfer"};
    String[] merger = {"city merger", "metropolitan region", "consolidation", "commuter rail"};
    for (int i = 0; i < 120; i++) {
      int kind = i % 4;
      StringBuilder text = new StringBuilder("Officials met on day " + i + ".");
      List<String> labels = new ArrayList<>();
      if (kind == 0 || kind == 2) {
        text.append(" They argued about the ").append(finance[(i / 4) % 4]).append(".");
        labels.add("\"local-finance\"");
      }
      if (kind == 1 || kind == 2) {
        text.append(" The ").append(merger[(i / 4) % 4]).append(" was debated.");
        labels.add("\"metropolitan-integration\"");
      }
      if (kind == 3) {
        text.append(" The football team won the cup final.");
      }
      lines.add("{\"text\": \"" + text + "\", \"labels\": [" + String.join(", ", labels) + "]}");
    }
    Path file = dir.resolve("multi.jsonl");
    Files.write(file, lines);
    return file;
  }
}
