package dev.quartet.platform.realtime;

import java.time.Duration;
import java.util.Objects;

/**
 * How the socket.io channel speaks to its server: the Engine.IO version (negotiated by default), the
 * namespace it joins, the auth payload of its connect packet and how long an emit waits for its
 * acknowledgement. Immutable; {@link #defaults()} negotiates, joins {@code /}, sends no auth payload and
 * waits 10 s for acks.
 *
 * <pre>{@code
 * SocketIoOptions.builder().version(EngineIoVersion.V4).namespace("/devices").auth(Map.of("token", t)).build()
 * }</pre>
 */
public final class SocketIoOptions {
  private static final SocketIoOptions DEFAULTS = builder().build();

  private final EngineIoVersion version;
  private final String namespace;
  private final Object auth;
  private final Duration ackTimeout;

  private SocketIoOptions(Builder b) {
    this.version = b.version;
    this.namespace = b.namespace;
    this.auth = b.auth;
    this.ackTimeout = b.ackTimeout;
  }

  /** {@return the defaults: negotiate the version, join {@code /}, no auth payload, 10 s ack timeout} */
  public static SocketIoOptions defaults() {
    return DEFAULTS;
  }

  /** {@return a builder starting from {@link #defaults()}} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding these options, to change some of them} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.version = version;
    b.namespace = namespace;
    b.auth = auth;
    b.ackTimeout = ackTimeout;
    return b;
  }

  /** {@return the pinned Engine.IO version, or null when the channel negotiates} */
  public EngineIoVersion version() {
    return version;
  }

  /** {@return the namespace the channel joins and emits to} */
  public String namespace() {
    return namespace;
  }

  /** {@return the connect packet's auth payload, or null for none} */
  public Object auth() {
    return auth;
  }

  /** {@return how long the ack forms of {@code emit} wait by default} */
  public Duration ackTimeout() {
    return ackTimeout;
  }

  /** Never shows the auth payload: it usually holds a credential. */
  @Override
  public String toString() {
    return "SocketIoOptions{version=" + (version == null ? "negotiate" : version) + ", namespace=" + namespace
        + ", auth=" + (auth == null ? "none" : "***") + ", ackTimeout=" + ackTimeout + "}";
  }

  /** Builds {@link SocketIoOptions}; bad values are refused with {@link IllegalArgumentException}. */
  public static final class Builder {
    private EngineIoVersion version;
    private String namespace = "/";
    private Object auth;
    private Duration ackTimeout = Duration.ofSeconds(10);

    private Builder() {}

    /**
     * Pins one Engine.IO version (no negotiation).
     *
     * @param version the version to speak; null negotiates, starting with v3
     * @return this builder
     */
    public Builder version(EngineIoVersion version) {
      this.version = version;
      return this;
    }

    /**
     * The namespace to join, e.g. {@code /devices}; {@code /} by default.
     *
     * @param namespace starts with {@code /} and holds no comma, {@code ?} or whitespace
     * @return this builder
     * @throws IllegalArgumentException if {@code namespace} is null or malformed
     */
    public Builder namespace(String namespace) {
      if (namespace == null || !namespace.startsWith("/") || namespace.contains(",") || namespace.contains("?")
          || namespace.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException("namespace must start with / and hold no comma, '?' or blank, was " + namespace);
      }
      this.namespace = namespace;
      return this;
    }

    /**
     * The payload of the connect packet ({@code 40{...}}), written with the client's mapper, e.g. a map
     * holding a token; Engine.IO v4 only (v3 servers authenticate by the handshake's cookie or header,
     * which the channel sends in both versions).
     *
     * @param auth the payload; null for none
     * @return this builder
     */
    public Builder auth(Object auth) {
      this.auth = auth;
      return this;
    }

    /**
     * How long an emit waits for the server's acknowledgement before it fails with a timeout; 10 s by
     * default.
     *
     * @param ackTimeout the wait; must be positive
     * @return this builder
     * @throws IllegalArgumentException if {@code ackTimeout} is null, zero or negative
     */
    public Builder ackTimeout(Duration ackTimeout) {
      if (ackTimeout == null || ackTimeout.isNegative() || ackTimeout.isZero()) {
        throw new IllegalArgumentException("ackTimeout must be positive, was " + ackTimeout);
      }
      this.ackTimeout = ackTimeout;
      return this;
    }

    /** {@return the options as set} */
    public SocketIoOptions build() {
      return new SocketIoOptions(this);
    }

    @Override
    public String toString() {
      return "SocketIoOptions.Builder{version=" + version + ", namespace=" + namespace + "}";
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SocketIoOptions other && version == other.version && namespace.equals(other.namespace)
        && Objects.equals(auth, other.auth) && ackTimeout.equals(other.ackTimeout);
  }

  @Override
  public int hashCode() {
    return Objects.hash(version, namespace, auth, ackTimeout);
  }
}
