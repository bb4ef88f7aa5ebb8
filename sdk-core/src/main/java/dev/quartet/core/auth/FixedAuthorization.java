package dev.quartet.core.auth;

/**
 * Transport internals: an authentication interceptor whose {@code Authorization} value may never
 * change (a fixed bearer token, Basic credentials). The invoker then sets that header while it builds
 * each request, and the interceptor, finding it set, has no request to copy.
 */
public interface FixedAuthorization {
  /** {@return the {@code Authorization} value every authenticated request carries, or null when it changes} */
  String fixedHeader();
}
