package dev.quartet.core;

/**
 * What every API client is made of: the transport it owns and the invoker its API classes call.
 * Clients derived with {@code withOptions(...)} share the original's transport and own nothing.
 */
public abstract class SdkClient implements AutoCloseable {
  private final Transport transport;
  private final ApiInvoker invoker;

  /**
   * {@code transport} is null for a derived client, which must not close what it shares.
   *
   * @param transport the transport
   * @param invoker the invoker
   */
  protected SdkClient(Transport transport, ApiInvoker invoker) {
    this.transport = transport;
    this.invoker = invoker;
  }

  /** {@return the invoker the client's API classes call} */
  protected final ApiInvoker invoker() {
    return invoker;
  }

  /** {@return the API base URL this client calls} */
  public String baseUrl() {
    return invoker.baseUrl().toString();
  }

  /**
   * Releases the threads and pooled connections the client created. An {@code OkHttpClient} passed to
   * the builder stays the caller's; a client from {@code withOptions(...)} closes nothing.
   */
  @Override
  public void close() {
    if (transport != null) {
      transport.close();
    }
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{baseUrl=" + invoker.baseUrl() + "}";
  }
}
