package io.github.policythemes.server;

/**
 * A request that cannot be answered as asked: becomes a JSON error with a status and a message. The
 * message is for the caller, so it names the parameter and the value and never carries a stack
 * trace.
 */
final class ApiException extends RuntimeException {
  private final int status;
  private final String allow;

  ApiException(int status, String message) {
    this(status, message, null);
  }

  private ApiException(int status, String message, String allow) {
    super(message, null, false, false);
    this.status = status;
    this.allow = allow;
  }

  /** The methods a path takes, for a 405; else null. */
  String allow() {
    return allow;
  }

  static ApiException methodNotAllowed(String method, String path, String allow) {
    return new ApiException(
        405, method + " is not allowed on " + path + "; it takes " + allow, allow);
  }

  int status() {
    return status;
  }

  static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  static ApiException notFound(String message) {
    return new ApiException(404, message);
  }
}
