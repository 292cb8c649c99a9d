package io.github.policythemes.server;

import io.github.policythemes.classify.ClassifierBundle;
import io.github.policythemes.eval.Evaluation;
import io.github.policythemes.eval.LabelledData;
import io.github.policythemes.taxonomy.Taxonomy;
import io.github.policythemes.training.ThemeTrainer;
import io.github.policythemes.training.TrainingResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The page's "train" action: {@code policy-themes train} on the labels file, in the background, one
 * run at a time. Progress is the trainer's own log (analysing, features, each cross-validated
 * setting); the result is a model bundle in the models folder and its cross-validated metrics.
 *
 * <p>Thread-safe.
 */
final class Training implements AutoCloseable {
  /** Cross-validation needs two articles per fold. */
  static final int FOLDS = 5;

  static final int MIN_LABELS = 2 * FOLDS;

  /* The trainer logs: analysing, features, one line per candidate setting (4 for multi-label
  auto), then the final fit and the save: about 7 steps. */
  private static final int STEPS = 7;

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  /**
   * Where a training run is.
   *
   * @param state idle, running, done or failed
   * @param labels how many labelled articles it trains on
   * @param progress about how far, 0 to 1
   * @param log the trainer's messages so far
   * @param startedAt when it started, or null
   * @param finishedAt when it ended, or null
   * @param model the file name of the new model in the models folder, when done
   * @param crossValidation the new model's cross-validated metrics, when done
   * @param parameters what cross-validation chose, when done
   * @param error why it failed, when failed
   */
  record Status(
      String state,
      int labels,
      double progress,
      List<String> log,
      String startedAt,
      String finishedAt,
      String model,
      Evaluation crossValidation,
      Map<String, String> parameters,
      String error) {
    static Status idle() {
      return new Status("idle", 0, 0, List.of(), null, null, null, null, null, null);
    }
  }

  private final Path models;
  private final ExecutorService executor =
      Executors.newSingleThreadExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "policy-themes-train");
            thread.setDaemon(true);
            return thread;
          });
  private Status status = Status.idle();
  private final List<String> log = new ArrayList<>();

  Training(Path models) {
    this.models = models;
  }

  Path folder() {
    return models;
  }

  synchronized Status status() {
    if (status.state().equals("running")) {
      return withLog(status, Math.min(0.95, (double) log.size() / STEPS));
    }
    return status;
  }

  /**
   * Starts training on the labels file.
   *
   * @throws ApiException 409 when a run is going on, 400 when there are too few labels
   */
  synchronized Status start(Path labelsFile, int labels, Taxonomy taxonomy) {
    if (status.state().equals("running")) {
      throw new ApiException(409, "a training run is going on; wait for it to finish");
    }
    if (labels < MIN_LABELS) {
      throw ApiException.badRequest(
          "training needs at least "
              + MIN_LABELS
              + " labelled articles ("
              + FOLDS
              + "-fold cross-validation); there are "
              + labels);
    }
    log.clear();
    status =
        new Status(
            "running",
            labels,
            0,
            List.of(),
            Instant.now().toString(),
            null,
            null,
            null,
            null,
            null);
    executor.execute(() -> run(labelsFile, taxonomy));
    return status();
  }

  private void run(Path labelsFile, Taxonomy taxonomy) {
    try {
      LabelledData data = LabelledData.read(labelsFile);
      TrainingResult result =
          ThemeTrainer.builder()
              .taxonomy(taxonomy)
              .folds(FOLDS)
              .seed(42)
              .log(this::note)
              .build()
              .train(data);
      note("saving the model");
      Files.createDirectories(models);
      String name = "labels-" + STAMP.format(Instant.now()) + ".ptm";
      Path temporary = models.resolve(name + ".tmp");
      ClassifierBundle.write(result.classifier(), temporary);
      Files.move(
          temporary,
          models.resolve(name),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
      finish(
          "done",
          name,
          result.crossValidation().orElse(null),
          result.classifier().metadata().parameters(),
          null);
    } catch (IOException | RuntimeException e) {
      finish("failed", null, null, null, e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  private synchronized void note(String message) {
    log.add(message);
  }

  private synchronized void finish(
      String state,
      String model,
      Evaluation evaluation,
      Map<String, String> parameters,
      String error) {
    status =
        new Status(
            state,
            status.labels(),
            state.equals("done") ? 1 : status().progress(),
            List.copyOf(log),
            status.startedAt(),
            Instant.now().toString(),
            model,
            evaluation,
            parameters,
            error);
  }

  private Status withLog(Status current, double progress) {
    return new Status(
        current.state(),
        current.labels(),
        progress,
        List.copyOf(log),
        current.startedAt(),
        current.finishedAt(),
        current.model(),
        current.crossValidation(),
        current.parameters(),
        current.error());
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
