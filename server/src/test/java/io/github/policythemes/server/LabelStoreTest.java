package io.github.policythemes.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policythemes.eval.LabelledData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelStoreTest {
  @TempDir Path dir;

  static Label label(String id, String... themes) {
    return new Label(
        id,
        "title " + id,
        "text of " + id,
        "en",
        "2025-01-02",
        List.of(themes),
        List.of(),
        "m",
        "2026-12-01T00:00:00Z");
  }

  @Test
  void put_writesTheFileAtOnce_andAReopenedStoreHasEveryLabel() throws IOException {
    Path file = dir.resolve("labels.jsonl");
    LabelStore store = LabelStore.open(file);
    assertThat(store.size()).isZero();
    assertThat(file).doesNotExist();
    store.put(label("a", "local-finance"));
    store.put(label("b"));
    store.put(label("a", "decentralization"));
    assertThat(Files.readAllLines(file)).hasSize(2);
    LabelStore reopened = LabelStore.open(file);
    assertThat(reopened.all()).extracting(Label::id).containsExactly("b", "a");
    assertThat(reopened.all().get(1).labels()).containsExactly("decentralization");
    assertThat(dir.resolve("labels.jsonl.tmp")).doesNotExist();
  }

  @Test
  void theFile_isLabelledDataAsTrainReadsIt() throws IOException {
    Path file = dir.resolve("labels.jsonl");
    LabelStore store = LabelStore.open(file);
    store.put(label("a", "local-finance", "decentralization"));
    store.put(label("b"));
    LabelledData data = LabelledData.read(file);
    assertThat(data.rejected()).isEmpty();
    assertThat(data.articles()).hasSize(2);
    assertThat(data.articles().get(0).labels())
        .containsExactly("local-finance", "decentralization");
    assertThat(data.articles().get(1).labels()).isEmpty();
    assertThat(data.articles().get(0).article().title()).isEqualTo("title a");
  }

  @Test
  void aLeftoverTemporaryFile_fromACrash_changesNothing() throws IOException {
    Path file = dir.resolve("labels.jsonl");
    LabelStore.open(file).put(label("a", "local-finance"));
    Files.writeString(dir.resolve("labels.jsonl.tmp"), "{\"id\": \"half", StandardCharsets.UTF_8);
    LabelStore reopened = LabelStore.open(file);
    assertThat(reopened.size()).isEqualTo(1);
    reopened.put(label("b"));
    assertThat(LabelStore.open(file).size()).isEqualTo(2);
  }

  @Test
  void aFileItCannotRead_isRefusedAndLeftAsItIs() throws IOException {
    Path file = dir.resolve("labels.jsonl");
    String content = "{\"id\":\"a\",\"text\":\"t\",\"labels\":[]}\nnot json\n";
    Files.writeString(file, content, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> LabelStore.open(file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("labels.jsonl:2: not a label line")
        .hasMessageContaining("does not overwrite");
    assertThat(Files.readString(file)).isEqualTo(content);
  }

  @Test
  void concurrentPuts_allLand() throws Exception {
    Path file = dir.resolve("labels.jsonl");
    LabelStore store = LabelStore.open(file);
    ExecutorService executor = Executors.newFixedThreadPool(8);
    List<Future<Integer>> futures = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String id = "id-" + i;
      futures.add(executor.submit(() -> store.put(label(id, "local-finance"))));
    }
    for (Future<Integer> future : futures) {
      future.get();
    }
    executor.shutdown();
    assertThat(LabelStore.open(file).size()).isEqualTo(200);
    assertThat(Files.readAllLines(file)).hasSize(200);
  }
}
