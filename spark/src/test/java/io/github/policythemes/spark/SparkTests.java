package io.github.policythemes.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The one local SparkSession of the test JVM, and the seed corpus as rows. */
public final class SparkTests {
  static final Path SEEDS = Path.of("..", "seeds", "corpus");

  /** id, title, text, lang, date (string), as the seed files give them. */
  static final StructType SEED_SCHEMA =
      new StructType()
          .add("id", DataTypes.StringType)
          .add("title", DataTypes.StringType)
          .add("text", DataTypes.StringType)
          .add("lang", DataTypes.StringType)
          .add("date", DataTypes.StringType);

  private static SparkSession session;
  private static List<Row> seeds;

  private SparkTests() {}

  /** local[2], no UI, 2 shuffle partitions; shared by every test class in the JVM. */
  public static synchronized SparkSession session() {
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("policy-themes-spark-tests")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "2")
              .config("spark.default.parallelism", "2")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .getOrCreate();
    }
    return session;
  }

  /** The 1,190 seed articles, in file order. */
  static synchronized List<Row> seedRows() {
    if (seeds == null) {
      ObjectMapper json = new ObjectMapper();
      List<Row> rows = new ArrayList<>();
      try (Stream<Path> files = Files.list(SEEDS)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
          for (String line : Files.readAllLines(file)) {
            JsonNode node = json.readTree(line);
            rows.add(
                RowFactory.create(
                    node.path("id").asText(),
                    node.path("title").asText(""),
                    node.path("text").asText(),
                    node.path("lang").asText(null),
                    node.path("date").asText(null)));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      seeds = List.copyOf(rows);
    }
    return seeds;
  }

  /** The seed corpus as a DataFrame in the given number of partitions. */
  static Dataset<Row> seedFrame(int partitions) {
    return session().createDataFrame(seedRows(), SEED_SCHEMA).repartition(partitions);
  }
}
