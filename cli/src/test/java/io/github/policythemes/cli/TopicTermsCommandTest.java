package io.github.policythemes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** topics infer, stop words, one-syllable Korean nouns and Chinese words, through the CLI. */
class TopicTermsCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** Korean headlines in the wire style: "[종합]", "(속보)", "사진", "기자" everywhere. */
  private Path koreanCorpus() throws IOException {
    String[][] subjects = {
      {"주민참여예산", "주민자치회", "주민투표", "마을공동체"},
      {"지방재정", "교부세", "지방세", "재정자립도"},
      {"행정통합", "메가시티", "광역연합", "특별지자체"}
    };
    SplittableRandom random = new SplittableRandom(5);
    List<String> lines = new ArrayList<>();
    for (int d = 0; d < 60; d++) {
      String[] words = subjects[d % 3];
      StringBuilder text = new StringBuilder("[종합] 연합뉴스 기자 ");
      for (int i = 0; i < 6; i++) {
        text.append(words[random.nextInt(words.length)]).append(" 시 군 집 ");
      }
      text.append("(속보) 사진");
      lines.add(JSON.createObjectNode().put("id", "k" + d).put("text", text.toString()).toString());
    }
    Path file = dir.resolve("ko.jsonl");
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  private List<String> topWords(Path output) throws IOException {
    JsonNode topics = JSON.readTree(output.resolve("topics.json").toFile()).get("topics");
    List<String> words = new ArrayList<>();
    for (JsonNode topic : topics) {
      for (JsonNode word : topic.get("words")) {
        words.add(word.get("word").asText());
      }
    }
    return words;
  }

  @Test
  void topics_koreanNews_noBoilerplateNoOneSyllableNounsButTheKeepList() throws IOException {
    Path output = dir.resolve("out");
    Cli run =
        Cli.run(
            "topics",
            "--k",
            "3",
            "--iterations",
            "50",
            "--max-df",
            "1.0",
            "--output",
            output.toString(),
            koreanCorpus().toString());

    assertThat(run.exit()).as(run.err()).isZero();
    List<String> words = topWords(output);
    assertThat(words).contains("주민참여예산", "교부세", "집");
    assertThat(words).doesNotContain("종합", "속보", "사진", "기자", "연합뉴스", "시", "군");
  }

  @Test
  void topics_stopwordsFile_leavesItsWordsOut() throws IOException {
    Path stop = dir.resolve("stop.txt");
    Files.writeString(stop, "# our own\n교부세 메가시티\n");
    Path output = dir.resolve("out");
    Cli run =
        Cli.run(
            "topics",
            "--k",
            "3",
            "--iterations",
            "50",
            "--max-df",
            "1.0",
            "--stopwords",
            stop.toString(),
            "--output",
            output.toString(),
            koreanCorpus().toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(topWords(output)).doesNotContain("교부세", "메가시티").contains("지방세");
  }

  @Test
  void topicsInfer_streamsDocTopicsInInputOrderOnThreads() throws IOException {
    Path corpus = koreanCorpus();
    Path output = dir.resolve("out");
    assertThat(
            Cli.run(
                    "topics",
                    "--k",
                    "3",
                    "--iterations",
                    "50",
                    "--output",
                    output.toString(),
                    corpus.toString())
                .exit())
        .isZero();

    Cli one =
        Cli.run(
            "topics",
            "infer",
            "--model",
            output.resolve("model.ptt").toString(),
            "--threads",
            "1",
            corpus.toString());
    Cli two =
        Cli.run(
            "topics",
            "infer",
            "--model",
            output.resolve("model.ptt").toString(),
            "--threads",
            "2",
            corpus.toString());

    assertThat(one.exit()).as(one.err()).isZero();
    assertThat(one.outLines()).hasSize(60);
    assertThat(two.out()).isEqualTo(one.out());
    JsonNode first = JSON.readTree(one.outLines().get(0));
    assertThat(first.get("id").asText()).isEqualTo("k0");
    assertThat(first.get("topics")).hasSize(3);
    assertThat(JSON.readTree(one.outLines().get(59)).get("id").asText()).isEqualTo("k59");
  }

  @Test
  void topicsInfer_missingModel_isAUsageError() {
    Cli result = Cli.run("topics", "infer", "--model", dir.resolve("none.ptt").toString(), "-");
    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("no such topic model");
  }

  @Test
  void keywords_chinese_phrasesAtWordBoundariesWithoutSingleCharacters() {
    String text =
        "{\"id\":\"z\",\"lang\":\"zh\",\"text\":\"湖州德清县推进家门口的养老服务。德清县财政局表示，县级财政体制改革将继续推进，"
            + "家门口的养老服务中心由县级财政支持。\"}\n";
    Cli result = Cli.runWithStdin(text, "keywords", "--format", "jsonl", "-");

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.out()).contains("财政");
    for (String phrase : phrases(result.out())) {
      assertThat(phrase.codePointCount(0, phrase.length())).as(phrase).isGreaterThan(1);
    }
  }

  private static List<String> phrases(String jsonl) {
    List<String> phrases = new ArrayList<>();
    for (String line : jsonl.lines().toList()) {
      try {
        for (JsonNode phrase : JSON.readTree(line).get("keywords")) {
          phrases.add(phrase.get("keyword").asText());
        }
      } catch (IOException e) {
        throw new AssertionError(line, e);
      }
    }
    return phrases;
  }
}
