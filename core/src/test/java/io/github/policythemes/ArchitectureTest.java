package io.github.policythemes;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of core, checked on its class files: no package cycle, and dependencies point the way
 * DESIGN.md draws them. From the bottom: {@code internal} and the root package (the library's
 * version); {@code analysis}, {@code article}, {@code taxonomy} and {@code bundle} (the container,
 * which knows no kind of bundle); {@code features}; {@code classify}; and on top {@code batch},
 * {@code topics}, {@code keywords}, {@code trends}, {@code eval} and {@code index}.
 */
class ArchitectureTest {
  private static final String BASE = "io.github.policythemes";
  private static JavaClasses core;

  @BeforeAll
  static void importCore() throws URISyntaxException {
    // core's main class folder (or jar), wherever the tests run from
    Path classes =
        Path.of(PolicyThemes.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    core = new ClassFileImporter().importPath(classes);
  }

  private static String pkg(String name) {
    return BASE + "." + name + "..";
  }

  @Test
  void packages_formNoCycle() {
    slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(core);
  }

  @Test
  void dependencies_pointDown() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("foundation")
        .definedBy(pkg("internal"))
        .layer("library")
        .definedBy(BASE)
        .layer("bottom")
        .definedBy(pkg("analysis"), pkg("article"), pkg("taxonomy"), pkg("bundle"))
        .layer("features")
        .definedBy(pkg("features"))
        .layer("classify")
        .definedBy(pkg("classify"))
        .layer("top")
        .definedBy(
            pkg("batch"), pkg("topics"), pkg("keywords"), pkg("trends"), pkg("eval"), pkg("index"))
        .whereLayer("foundation")
        .mayNotAccessAnyLayer()
        .whereLayer("library")
        .mayNotAccessAnyLayer()
        .whereLayer("bottom")
        .mayOnlyAccessLayers("foundation")
        .whereLayer("features")
        .mayOnlyAccessLayers("foundation", "bottom")
        .whereLayer("classify")
        .mayOnlyAccessLayers("foundation", "library", "bottom", "features")
        .whereLayer("top")
        .mayOnlyAccessLayers("foundation", "library", "bottom", "features", "classify")
        .withOptionalLayers(true)
        .check(core);
  }

  @Test
  void bundle_knowsNoClassifierNorAnyOtherPackage() {
    classes()
        .that()
        .resideInAPackage(pkg("bundle"))
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(pkg("bundle"), pkg("internal"), "java..", "com.fasterxml.jackson..")
        .check(core);
  }
}
