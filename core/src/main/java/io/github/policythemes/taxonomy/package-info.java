/**
 * Theme taxonomies: {@link io.github.policythemes.taxonomy.Taxonomy} and {@link
 * io.github.policythemes.taxonomy.Theme}, read from JSON, with the built-in {@code
 * regional-governance} and {@code cap-major-topics}.
 */
package io.github.policythemes.taxonomy;
