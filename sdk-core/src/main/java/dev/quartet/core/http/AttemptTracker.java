package dev.quartet.core.http;

import okhttp3.Interceptor;

/**
 * Records whether an attempt got as far as the network. Installed as a network interceptor: OkHttp
 * calls those only once a connection exists and the request is about to be written, so an attempt
 * whose tracker is still unmarked when it fails never reached the server and is safe to repeat even
 * for POST and PATCH.
 */
public final class AttemptTracker {
  private volatile boolean reachedNetwork;

  /** The network interceptor that marks the tracker tagged on the request, if any. */
  public static final Interceptor NETWORK_INTERCEPTOR = chain -> {
    AttemptTracker tracker = chain.request().tag(AttemptTracker.class);
    if (tracker != null) {
      tracker.reachedNetwork = true;
    }
    return chain.proceed(chain.request());
  };

  /** {@return whether the attempt reached the network} */
  public boolean reachedNetwork() {
    return reachedNetwork;
  }
}
