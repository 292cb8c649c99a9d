/**
 * Helpers shared by the project's own packages and modules, not part of the API: core's module
 * descriptor exports this package only to the training module.
 */
package io.github.policythemes.internal;
