package io.github.policythemes.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.jetty.util.Fields;

/**
 * The query parameters of a GET request, checked by name and type: an unknown parameter is an error
 * (a misspelt {@code themes=} would otherwise be silently ignored), and so is a value of the wrong
 * type, named with the parameter.
 */
final class Params {
  private final Fields fields;

  Params(Fields fields) {
    this.fields = fields;
  }

  /** The query parameters of a request; a malformed query string is a 400. */
  static Params of(org.eclipse.jetty.server.Request request) {
    try {
      return new Params(org.eclipse.jetty.server.Request.extractQueryParameters(request));
    } catch (RuntimeException e) {
      throw ApiException.badRequest("malformed query string: " + e.getMessage());
    }
  }

  Params requireKnown(Set<String> known) {
    for (String name : fields.getNames()) {
      if (!known.contains(name)) {
        List<String> names = new ArrayList<>(known);
        names.sort(null);
        throw ApiException.badRequest(
            "unknown query parameter '" + name + "'; the parameters are " + names);
      }
    }
    return this;
  }

  /** The one value of a parameter, or null. */
  String string(String name) {
    List<String> values = fields.getValuesOrEmpty(name);
    if (values.size() > 1) {
      throw ApiException.badRequest(name + ": given " + values.size() + " times, takes one value");
    }
    return values.isEmpty() || values.get(0).isBlank() ? null : values.get(0).strip();
  }

  /** Every value of a repeatable parameter; also split at commas. */
  List<String> strings(String name) {
    List<String> result = new ArrayList<>();
    for (String value : fields.getValuesOrEmpty(name)) {
      for (String part : value.split(",")) {
        if (!part.isBlank()) {
          result.add(part.strip());
        }
      }
    }
    return result;
  }

  int integer(String name, int fallback, int min, int max) {
    String value = string(name);
    if (value == null) {
      return fallback;
    }
    int parsed;
    try {
      parsed = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + ": '" + value + "' is not an integer");
    }
    if (parsed < min || parsed > max) {
      throw ApiException.badRequest(name + ": " + parsed + " is not in [" + min + ", " + max + "]");
    }
    return parsed;
  }

  Double number(String name, double min, double max) {
    String value = string(name);
    if (value == null) {
      return null;
    }
    double parsed;
    try {
      parsed = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + ": '" + value + "' is not a number");
    }
    if (!(parsed >= min && parsed <= max)) {
      throw ApiException.badRequest(name + ": " + parsed + " is not in [" + min + ", " + max + "]");
    }
    return parsed;
  }
}
