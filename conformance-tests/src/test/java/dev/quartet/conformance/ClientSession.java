package dev.quartet.conformance;

import dev.quartet.conformance.ApiCase.Op;
import dev.quartet.core.SdkClient;
import java.util.function.BiFunction;

/**
 * A {@link ApiCase.Session} over one SDK client: calls go through {@code calls} (the client with the
 * caller's per-call options), {@code close()} closes the client that owns the transport.
 */
record ClientSession<C extends SdkClient>(C client, C calls, Object builder, BiFunction<C, Op, Object> how)
    implements ApiCase.Session {
  @Override
  public Object call(Op op) {
    return how.apply(calls, op);
  }

  @Override
  public String describe() {
    return client + " " + calls + " " + builder;
  }

  @Override
  public void close() {
    client.close();
  }
}
