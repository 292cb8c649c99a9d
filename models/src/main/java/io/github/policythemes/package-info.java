/** policy-themes: analysis, classification and topic analysis of policy articles. */
package io.github.policythemes;
