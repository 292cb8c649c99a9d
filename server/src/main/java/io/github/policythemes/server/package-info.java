/**
 * {@code policy-themes serve}: a web page for researchers (read an article with its evidence,
 * search the archive, label articles and train a model on the labels) and a JSON HTTP API for
 * everyone else, on an embedded Jetty server.
 *
 * <p>{@link io.github.policythemes.server.WebServer} is the entry point: {@code
 * WebServer.builder()...build().start()}. Everything it does goes through the public API of core
 * ({@code ThemeClassifier}, {@code ThemeIndex}, {@code RecordSource}) and of the training module
 * ({@code ThemeTrainer}).
 */
package io.github.policythemes.server;
