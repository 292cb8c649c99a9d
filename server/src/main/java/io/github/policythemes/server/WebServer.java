package io.github.policythemes.server;

import io.github.policythemes.classify.ThemeClassifier;
import io.github.policythemes.index.ThemeIndex;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.BlockingArrayQueue;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The web page and the HTTP API of {@code policy-themes serve}, on an embedded Jetty server.
 *
 * <p>Safe by default: it listens on 127.0.0.1 only, and refuses any other address unless a token is
 * set, which every request must then carry. Request bodies are limited in size, the work runs on a
 * fixed pool of workers with a bounded queue (503 when full), and every request has a time limit.
 *
 * <pre>{@code
 * try (WebServer server = WebServer.builder()
 *     .classifier("default", ThemeClassifier.defaultModel())
 *     .index(Path.of("out/archive"))
 *     .port(8080)
 *     .build()
 *     .start()) {
 *   System.out.println("open " + server.uri());
 *   server.join();
 * }
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class WebServer implements Closeable {
  /* Connections idle this long (or the request timeout, if longer) are closed: a client that
  opens a connection and sends nothing, or sends a byte now and then, holds no thread for long. */
  private static final long IDLE_TIMEOUT_MILLIS = 30_000;

  private final Builder settings;
  private final ThemeIndex index;
  private final WorkerPool pool;
  private final Training training;
  private final Server jetty;
  private final ServerConnector connector;
  private final LabelStore labels;
  private final LabelQueue queue;
  private final ActiveModel startup;

  private WebServer(Builder settings) throws IOException {
    this.settings = settings;
    this.index = settings.index == null ? null : ThemeIndex.openReadOnly(settings.index);
    try {
      Models models = new Models(settings.model, settings.modelsFolder());
      this.startup = settings.model;
      this.labels = index == null ? null : LabelStore.open(settings.labelsFile());
      this.pool = new WorkerPool(settings.workers, settings.queue, settings.timeout);
      this.training = new Training(settings.modelsFolder());
      StaticFiles files = new StaticFiles();
      this.queue = index == null ? null : new LabelQueue(index);
      ArchiveApi archive = index == null ? null : new ArchiveApi(index);
      ApiRoutes api =
          new ApiRoutes(
              new ClassifyApi(models::active),
              new InfoApi(models, archive, labels, pool),
              archive,
              index == null ? null : new LabelApi(models, new LabelQueue(index), labels, training),
              pool,
              files);
      QueuedThreadPool threads =
          new QueuedThreadPool(
              settings.workers + settings.queue + 16,
              4,
              60_000,
              -1,
              new BlockingArrayQueue<>(4 * (settings.workers + settings.queue + 16)),
              null);
      threads.setName("policy-themes-http");
      threads.setDaemon(true);
      jetty = new Server(threads);
      HttpConfiguration http = new HttpConfiguration();
      http.setSendServerVersion(false);
      http.setSendXPoweredBy(false);
      http.setSendDateHeader(true);
      connector = new ServerConnector(jetty, 1, 1, new HttpConnectionFactory(http));
      connector.setHost(settings.host);
      connector.setPort(settings.port);
      connector.setIdleTimeout(Math.max(settings.timeout.toMillis(), IDLE_TIMEOUT_MILLIS));
      jetty.addConnector(connector);
      jetty.setHandler(
          new WebHandler(
              files,
              api,
              new Access(settings.token, isLoopback(settings.host), settings.host),
              settings.maxBodyBytes));
      jetty.setErrorHandler(new JsonErrorHandler());
      jetty.setStopTimeout(2000);
    } catch (IOException | RuntimeException e) {
      if (index != null) {
        index.close();
      }
      throw e;
    }
  }

  /**
   * Starts configuring a server.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts listening.
   *
   * @return this server
   * @throws IOException if the address cannot be bound (in use, not this machine's)
   */
  public WebServer start() throws IOException {
    try {
      jetty.start();
    } catch (IOException e) {
      close();
      throw new IOException(
          "cannot listen on " + settings.host + ":" + settings.port + ": " + e.getMessage(), e);
    } catch (Exception e) {
      close();
      throw new IOException("the server did not start: " + e.getMessage(), e);
    }
    if (queue != null) {
      queue.warm(startup);
    }
    return this;
  }

  /**
   * Returns the port the server listens on (the one chosen when port 0 was asked for).
   *
   * @return the port
   */
  public int port() {
    return connector.getLocalPort();
  }

  /**
   * Returns the page's address.
   *
   * @return e.g. {@code http://127.0.0.1:8080/}
   */
  public URI uri() {
    String host = settings.host.contains(":") ? "[" + settings.host + "]" : settings.host;
    return URI.create("http://" + host + ":" + port() + "/");
  }

  /**
   * Returns the labels file, or null without an archive.
   *
   * @return the file
   */
  public Path labelsFile() {
    return labels == null ? null : labels.file();
  }

  /**
   * Returns the folder trained models go to, or null without an archive.
   *
   * @return the folder
   */
  public Path modelsFolder() {
    return index == null ? null : settings.modelsFolder();
  }

  /**
   * Waits until the server stops.
   *
   * @throws InterruptedException if interrupted while waiting
   */
  public void join() throws InterruptedException {
    jetty.join();
  }

  WorkerPool pool() {
    return pool;
  }

  /** Stops listening, lets requests in flight end (2 s at most) and closes the archive. */
  @Override
  public void close() throws IOException {
    try {
      jetty.stop();
    } catch (Exception e) {
      // stopping is best effort; the archive is read-only and labels are always on disk
    } finally {
      pool.close();
      training.close();
      if (index != null) {
        index.close();
      }
    }
  }

  static boolean isLoopback(String host) {
    try {
      for (InetAddress address : InetAddress.getAllByName(host)) {
        if (!address.isLoopbackAddress()) {
          return false;
        }
      }
      return true;
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("host '" + host + "' is not an address of this machine");
    }
  }

  /**
   * Configures a {@link WebServer}. Each setter checks its value at once and may be called once.
   * Not thread-safe.
   */
  public static final class Builder {
    /** The request body limit by default: 4 MiB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 4L << 20;

    private String host;
    private Integer portValue;
    private ActiveModel model;
    private Path index;
    private Path labels;
    private Path models;
    private String token;
    private Long maxBody;
    private Integer workersValue;
    private Integer queueValue;
    private Duration timeoutValue;

    private String hostOrDefault;
    private int port;
    private long maxBodyBytes;
    private int workers;
    private int queue;
    private Duration timeout;

    private Builder() {}

    /**
     * Sets the address to listen on (default 127.0.0.1). Any other than a loopback address needs a
     * {@link #token}.
     *
     * @param address a host name or IP address of this machine
     * @return this builder
     */
    public Builder host(String address) {
      requireUnset(host, "host");
      host = Objects.requireNonNull(address, "address").strip();
      if (host.isEmpty()) {
        throw new IllegalArgumentException("host is empty");
      }
      return this;
    }

    /**
     * Sets the port (default 8080; 0 picks a free one).
     *
     * @param number 0 to 65535
     * @return this builder
     */
    public Builder port(int number) {
      requireUnset(portValue, "port");
      if (number < 0 || number > 65535) {
        throw new IllegalArgumentException("port " + number + " is not in [0, 65535]");
      }
      portValue = number;
      return this;
    }

    /**
     * Sets the model the page and the API classify with (required).
     *
     * @param name how the page names it, e.g. {@code default} or a file name
     * @param classifier the classifier
     * @return this builder
     */
    public Builder classifier(String name, ThemeClassifier classifier) {
      requireUnset(model, "classifier");
      model = ActiveModel.of(Objects.requireNonNull(name, "name"), classifier);
      return this;
    }

    /**
     * Sets the archive to search and label (optional): a folder made by {@code policy-themes
     * index}, opened read-only.
     *
     * @param folder the index folder
     * @return this builder
     */
    public Builder index(Path folder) {
      requireUnset(index, "index");
      index = Objects.requireNonNull(folder, "folder");
      return this;
    }

    /**
     * Sets the labels file (default: {@code NAME-labels.jsonl} beside the index folder NAME).
     *
     * @param file the JSONL file
     * @return this builder
     */
    public Builder labels(Path file) {
      requireUnset(labels, "labels");
      labels = Objects.requireNonNull(file, "file");
      return this;
    }

    /**
     * Sets where trained models are written (default: {@code NAME-models/} beside the index folder
     * NAME).
     *
     * @param folder the folder
     * @return this builder
     */
    public Builder models(Path folder) {
      requireUnset(models, "models");
      models = Objects.requireNonNull(folder, "folder");
      return this;
    }

    /**
     * Sets the token every request must carry (as {@code Authorization: Bearer TOKEN}, or the
     * cookie the page gets from {@code /?token=TOKEN}).
     *
     * @param secret at least 16 characters, no white space
     * @return this builder
     */
    public Builder token(String secret) {
      requireUnset(token, "token");
      Objects.requireNonNull(secret, "secret");
      if (secret.length() < 16 || !secret.matches("[\\x21-\\x7e]+")) {
        throw new IllegalArgumentException(
            "the token must be at least 16 printable ASCII characters without spaces");
      }
      token = secret;
      return this;
    }

    /**
     * Sets the largest request body (default 4 MiB); a larger one is answered with 413.
     *
     * @param bytes at least 1 KiB
     * @return this builder
     */
    public Builder maxBodyBytes(long bytes) {
      requireUnset(maxBody, "maxBodyBytes");
      if (bytes < 1024 || bytes > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException("maxBodyBytes " + bytes + " is not in [1024, 2 GiB)");
      }
      maxBody = bytes;
      return this;
    }

    /**
     * Sets how many requests do work at once (default: the number of processors, at least 2).
     *
     * @param threads 1 to 256
     * @return this builder
     */
    public Builder workers(int threads) {
      requireUnset(workersValue, "workers");
      if (threads < 1 || threads > 256) {
        throw new IllegalArgumentException("workers " + threads + " is not in [1, 256]");
      }
      workersValue = threads;
      return this;
    }

    /**
     * Sets how many requests may wait for a worker (default 64); more get 503.
     *
     * @param requests 0 to 10,000
     * @return this builder
     */
    public Builder queue(int requests) {
      requireUnset(queueValue, "queue");
      if (requests < 0 || requests > 10_000) {
        throw new IllegalArgumentException("queue " + requests + " is not in [0, 10000]");
      }
      queueValue = requests;
      return this;
    }

    /**
     * Sets how long a request may wait for a worker and work (default 30 s); connections idle for
     * 30 s, or this long if longer, are closed.
     *
     * @param limit at least 1 ms
     * @return this builder
     */
    public Builder timeout(Duration limit) {
      requireUnset(timeoutValue, "timeout");
      if (limit.isNegative() || limit.isZero()) {
        throw new IllegalArgumentException("timeout " + limit + " must be positive");
      }
      timeoutValue = limit;
      return this;
    }

    /**
     * Builds the server (not yet listening): opens the archive and the labels file.
     *
     * @return the server; {@link WebServer#start()} it
     * @throws IllegalStateException if no classifier was set
     * @throws IllegalArgumentException if the host is not loopback and no token was set (the
     *     message says why)
     * @throws IOException if the archive or the labels file cannot be opened
     */
    public WebServer build() throws IOException {
      if (model == null) {
        throw new IllegalStateException("a classifier is required: call classifier(name, model)");
      }
      hostOrDefault = host == null ? "127.0.0.1" : host;
      if (!isLoopback(hostOrDefault) && token == null) {
        throw new IllegalArgumentException(
            "refusing to listen on "
                + hostOrDefault
                + ": it is not a loopback address, so other machines could read the archive and"
                + " change labels; give a token (serve --token FILE) that every request must"
                + " carry, or listen on 127.0.0.1");
      }
      host = hostOrDefault;
      port = portValue == null ? 8080 : portValue;
      maxBodyBytes = maxBody == null ? DEFAULT_MAX_BODY_BYTES : maxBody;
      workers =
          workersValue == null
              ? Math.max(2, Runtime.getRuntime().availableProcessors())
              : workersValue;
      queue = queueValue == null ? 64 : queueValue;
      timeout = timeoutValue == null ? Duration.ofSeconds(30) : timeoutValue;
      return new WebServer(this);
    }

    Path labelsFile() {
      return labels != null ? labels : sibling("-labels.jsonl");
    }

    Path modelsFolder() {
      return models != null ? models : index == null ? null : sibling("-models");
    }

    /* Beside the index folder, named after it, as given (relative stays relative). */
    private Path sibling(String suffix) {
      Path folder = index.normalize();
      if (folder.getFileName() == null || folder.getFileName().toString().isEmpty()) {
        folder = index.toAbsolutePath().normalize();
      }
      return folder.resolveSibling(folder.getFileName() + suffix);
    }

    private static void requireUnset(Object value, String name) {
      if (value != null) {
        throw new IllegalStateException(name + " was already set to " + value);
      }
    }
  }
}
