/** Uses policy-themes from the module path, as a modular application would. */
module com.example.modular {
  requires io.github.policythemes.core;
  // the default model's jar, by its Automatic-Module-Name
  requires io.github.policythemes.training;

  exports com.example.modular;
}
