package dev.quartet.sandbox;

import dev.quartet.sandbox.citypoint.CitypointSandbox;
import dev.quartet.sandbox.homestretch.HomeStretchSandbox;
import dev.quartet.sandbox.onepagecrm.OnePageCrmSandbox;
import dev.quartet.sandbox.platform.PlatformSandbox;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that runs one {@link Sandbox} per test class, started before the first test and
 * closed after the last. Test constructors and methods (and lifecycle methods) can declare parameters
 * of type {@link Sandbox}, {@link HomeStretchSandbox}, {@link PlatformSandbox}, {@link CitypointSandbox}
 * or {@link OnePageCrmSandbox} to get the sandbox or one API's base URL and credentials.
 *
 * <p>State carries over from test to test unless asked otherwise: annotate a test method or the class
 * with {@link ResetSandbox}, or call {@link Sandbox#reset()}.
 *
 * <pre>
 * &#64;ExtendWith(SandboxExtension.class)
 * class PlacesTest {
 *   &#64;Test
 *   &#64;ResetSandbox
 *   void listsPlaces(HomeStretchSandbox hs) { ... hs.baseUrl(), hs.clientId(), hs.clientSecret() ... }
 * }
 * </pre>
 *
 * <p>Registered with {@code @RegisterExtension} on a static field it works the same; the sandbox is
 * also reachable there through {@link #sandbox()} once started.
 */
public final class SandboxExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SandboxExtension.class);
  private static final Map<Class<?>, Function<Sandbox, Object>> INJECTABLE = Map.of(
      Sandbox.class, sandbox -> sandbox,
      HomeStretchSandbox.class, Sandbox::homeStretch,
      PlatformSandbox.class, Sandbox::platform,
      CitypointSandbox.class, Sandbox::citypoint,
      OnePageCrmSandbox.class, Sandbox::onePageCrm);

  private final Supplier<Sandbox> starter;
  private volatile Sandbox last;

  /** An extension that starts its sandbox on free ports. */
  public SandboxExtension() {
    this(Sandbox.builder());
  }

  /**
   * An extension that starts each test class's sandbox from {@code builder}, e.g. with short token
   * lifetimes or fault rules: {@code new SandboxExtension(Sandbox.builder().citypointTokenLifetime(
   * Duration.ofSeconds(5)))} on a static {@code @RegisterExtension} field. {@link ResetSandbox} puts the
   * fault rules back to the builder's.
   *
   * @param builder the sandbox's settings; the extension keeps it, so do not change it afterwards
   */
  public SandboxExtension(Sandbox.Builder builder) {
    if (builder == null) {
      throw new IllegalArgumentException("builder must not be null");
    }
    this.starter = builder::start;
  }

  /**
   * {@return the sandbox of the test class running now (for a static {@code @RegisterExtension} field)}
   *
   * @throws IllegalStateException before the sandbox has started
   */
  public Sandbox sandbox() {
    Sandbox sandbox = last;
    if (sandbox == null) {
      throw new IllegalStateException("the sandbox starts with the first test of the class");
    }
    return sandbox;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    sandboxFor(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Sandbox sandbox = sandboxFor(context);
    boolean onMethod = context.getTestMethod().map(m -> m.isAnnotationPresent(ResetSandbox.class)).orElse(false);
    boolean onClass = context.getTestClass().map(SandboxExtension::resetsEveryTest).orElse(false);
    if (onMethod || onClass) {
      sandbox.reset();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return INJECTABLE.containsKey(parameter.getParameter().getType());
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return INJECTABLE.get(parameter.getParameter().getType()).apply(sandboxFor(context));
  }

  private static boolean resetsEveryTest(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (c.isAnnotationPresent(ResetSandbox.class)) {
        return true;
      }
    }
    return false;
  }

  /** The sandbox of the test class {@code context} belongs to, started on first use and closed with the class. */
  private Sandbox sandboxFor(ExtensionContext context) {
    ExtensionContext classContext = context;
    while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
      classContext = classContext.getParent().get();
    }
    Class<?> key = classContext.getTestClass().orElse(SandboxExtension.class);
    Holder holder = classContext.getStore(NAMESPACE).getOrComputeIfAbsent(key, k -> new Holder(starter.get()), Holder.class);
    last = holder.sandbox;
    return holder.sandbox;
  }

  /** Closes the sandbox when JUnit closes the class's store (both the old and the new store contract). */
  @SuppressWarnings("deprecation")
  private static final class Holder implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    private final Sandbox sandbox;
    private boolean closed;

    Holder(Sandbox sandbox) {
      this.sandbox = sandbox;
    }

    @Override
    public synchronized void close() {
      if (!closed) {
        closed = true;
        sandbox.close();
      }
    }
  }

  @Override
  public String toString() {
    return "SandboxExtension" + Optional.ofNullable(last).map(s -> "[" + s.baseUrl() + "]").orElse("");
  }
}
