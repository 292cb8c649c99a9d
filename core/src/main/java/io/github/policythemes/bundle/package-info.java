/**
 * Model bundles: the versioned, checksummed zip format of trained classifiers ({@code .ptm}) and
 * topic models ({@code .ptt}), and the metadata that says what made a model.
 */
package io.github.policythemes.bundle;
