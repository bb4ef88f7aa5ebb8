package dev.quartet.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules about the shape of the whole public API, checked over every class the four clients and the
 * core ship: what a user can call must stay callable without a wall of positional arguments, and
 * must not tie the caller to the transport's types.
 */
class PublicSurfaceTest {
  private static final List<String> PACKAGES = List.of("dev.quartet.core", "dev.quartet.homestretch",
      "dev.quartet.platform", "dev.quartet.citypoint", "dev.quartet.onepagecrm");

  @Test
  void noPublicMethodOrConstructorTakesMoreThanFourParameters() throws Exception {
    List<String> tooLong = new ArrayList<>();
    int checked = 0;
    for (Class<?> type : publicClasses()) {
      for (Executable member : publicMembers(type)) {
        checked++;
        if (member.getParameterCount() > 4) {
          tooLong.add(type.getName() + "." + member.getName() + " (" + member.getParameterCount() + " parameters)");
        }
      }
    }
    System.out.println("[public surface] " + checked + " public methods and constructors checked");
    assertThat(checked).isGreaterThan(5_000);
    assertThat(tooLong).isEmpty();
  }

  /** Packages of the transport: OkHttp, Okio and the Kotlin runtime OkHttp 5 is written in. */
  private static final List<String> TRANSPORT_PACKAGES = List.of("okhttp3.", "okio.", "kotlin.");

  /** What a user passes in: their own client to derive from, or their own interceptor. */
  private static final Set<Class<?>> USER_SUPPLIED = Set.of(okhttp3.OkHttpClient.class, okhttp3.Interceptor.class);

  /**
   * Transport plumbing: classes and members public only because the generated API classes and the
   * SDK's own modules (the four clients, the starter) reach them across packages. Not user-facing.
   * A whole class is named by its binary name, one member by {@code Class#name} (all overloads).
   */
  private static final Set<String> PLUMBING = Set.of(
      // The generated API classes' entry into the core: requests are built and sent on OkHttp.
      "dev.quartet.core.ApiInvoker",
      "dev.quartet.core.ApiRequest#rawBody",
      "dev.quartet.core.ApiRequest$Builder#rawBody",
      // Each client assembles its OkHttp pipeline (interceptors, cookie jar) through it.
      "dev.quartet.core.Transport",
      // The builders' protected helpers for the client modules' builders.
      "dev.quartet.core.ClientBuilder#invoker",
      "dev.quartet.core.ClientBuilder#parsedBaseUrl",
      "dev.quartet.core.ClientBuilder#parseUrl",
      // The interceptors and cookie jar the clients install (okhttp3.Interceptor, okhttp3.CookieJar).
      "dev.quartet.core.auth.BasicAuthInterceptor",
      "dev.quartet.core.auth.BearerAuthInterceptor",
      "dev.quartet.core.auth.CookieSessionInterceptor",
      "dev.quartet.core.auth.SessionCookieJar",
      "dev.quartet.core.http.LoggingInterceptor",
      "dev.quartet.core.http.Pipeline",
      "dev.quartet.core.http.RedirectInterceptor",
      "dev.quartet.core.http.RetryInterceptor",
      "dev.quartet.core.http.SdkInterceptor",
      "dev.quartet.core.http.UserAgentInterceptor",
      "dev.quartet.onepagecrm.RateLimitInterceptor",
      // The transport's request tags and conversions, read by those interceptors, the invoker and the
      // clients' handwritten calls that send raw OkHttp requests (uploads, link following).
      "dev.quartet.core.http.AttemptTracker",
      "dev.quartet.core.http.CallDeadlines",
      "dev.quartet.core.http.CarriedSdkException",
      "dev.quartet.core.http.CredentialExchange",
      "dev.quartet.core.http.OkHttpHeaders",
      "dev.quartet.core.http.ResponseBodies",
      "dev.quartet.core.http.RetryOverride",
      "dev.quartet.core.http.StreamingRead",
      "dev.quartet.core.http.Unauthenticated",
      // The platform's real-time channels, built by PlatformClient on its OkHttp client and URL: the
      // ChannelTransport their constructors take, and the channel URL for a base URL.
      "dev.quartet.platform.realtime.ChannelTransport",
      "dev.quartet.platform.realtime.EventStreamChannel#url",
      "dev.quartet.platform.realtime.SocketIoChannel#url");

  @Test
  void noPublicSignatureNamesAnOkHttpOrOkioType() throws Exception {
    List<String> offenders = new ArrayList<>();
    int checked = 0;
    Set<String> allowed = new TreeSet<>();
    for (Class<?> type : publicClasses()) {
      for (Executable member : publicMembers(type)) {
        checked++;
        String name = member instanceof Method ? member.getName() : "<init>";
        Set<String> found = new TreeSet<>();
        if (member instanceof Method method) {
          transportTypes(method.getGenericReturnType(), found, new HashSet<>());
        }
        Class<?>[] raw = member.getParameterTypes();
        Type[] generic = member.getGenericParameterTypes();
        for (int i = 0; i < generic.length; i++) {
          if (generic.length == raw.length && USER_SUPPLIED.contains(raw[i]) && generic[i] == raw[i]) {
            continue;
          }
          transportTypes(generic[i], found, new HashSet<>());
        }
        for (Type thrown : member.getGenericExceptionTypes()) {
          transportTypes(thrown, found, new HashSet<>());
        }
        for (TypeVariable<?> variable : member.getTypeParameters()) {
          transportTypes(variable, found, new HashSet<>());
        }
        if (!found.isEmpty() && !isPlumbing(type.getName() + "#" + name, allowed)) {
          offenders.add(type.getName() + "#" + name + " " + found + " in " + member.toGenericString());
        }
      }
      for (Field field : publicFields(type)) {
        checked++;
        Set<String> found = new TreeSet<>();
        transportTypes(field.getGenericType(), found, new HashSet<>());
        if (!found.isEmpty() && !isPlumbing(type.getName() + "#" + field.getName(), allowed)) {
          offenders.add(type.getName() + "#" + field.getName() + " " + found + " in " + field.toGenericString());
        }
      }
    }
    System.out.println("[public surface] " + checked + " public members checked for OkHttp, Okio and Kotlin types, "
        + offenders.size() + " offenders, " + allowed.size() + " of " + PLUMBING.size() + " plumbing entries in use");
    assertThat(checked).isGreaterThan(5_000);
    assertThat(offenders).as("public members naming a transport type").isEmpty();
    assertThat(allowed).as("plumbing entries still excusing a public member").containsExactlyInAnyOrderElementsOf(PLUMBING);
  }

  /** Whether {@code member} ({@code Class#name}) is allow-listed; the entry that matched goes to {@code used}. */
  private static boolean isPlumbing(String member, Set<String> used) {
    for (String entry : PLUMBING) {
      if (member.equals(entry) || member.startsWith(entry + "$") || member.startsWith(entry + "#")) {
        used.add(entry);
        return true;
      }
    }
    return false;
  }

  /** Adds to {@code found} every OkHttp, Okio or Kotlin class {@code type} mentions, type arguments and bounds included. */
  private static void transportTypes(Type type, Set<String> found, Set<Type> seen) {
    if (type == null || !seen.add(type)) {
      return;
    }
    if (type instanceof Class<?> c) {
      while (c.isArray()) {
        c = c.getComponentType();
      }
      String name = c.getName();
      if (TRANSPORT_PACKAGES.stream().anyMatch(name::startsWith)) {
        found.add(name);
      }
    } else if (type instanceof ParameterizedType p) {
      transportTypes(p.getRawType(), found, seen);
      transportTypes(p.getOwnerType(), found, seen);
      for (Type argument : p.getActualTypeArguments()) {
        transportTypes(argument, found, seen);
      }
    } else if (type instanceof WildcardType w) {
      for (Type bound : w.getUpperBounds()) {
        transportTypes(bound, found, seen);
      }
      for (Type bound : w.getLowerBounds()) {
        transportTypes(bound, found, seen);
      }
    } else if (type instanceof TypeVariable<?> v) {
      for (Type bound : v.getBounds()) {
        transportTypes(bound, found, seen);
      }
    } else if (type instanceof GenericArrayType a) {
      transportTypes(a.getGenericComponentType(), found, seen);
    }
  }

  static List<Field> publicFields(Class<?> type) {
    boolean extendable = !Modifier.isFinal(type.getModifiers());
    return Stream.of(type.getDeclaredFields())
        .filter(f -> !f.isSynthetic())
        .filter(f -> Modifier.isPublic(f.getModifiers()) || (extendable && Modifier.isProtected(f.getModifiers())))
        .toList();
  }

  static List<Class<?>> publicClasses() throws Exception {
    List<Class<?>> classes = new ArrayList<>();
    for (String pkg : PACKAGES) {
      for (Class<?> type : ClasspathClasses.in(pkg, true)) {
        if (isReachable(type) && !type.getPackageName().contains(".testing")) {
          classes.add(type);
        }
      }
    }
    return classes;
  }

  /** Public, and every enclosing class public too. */
  private static boolean isReachable(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  static List<Executable> publicMembers(Class<?> type) {
    boolean extendable = !Modifier.isFinal(type.getModifiers());
    return Stream.concat(Stream.of(type.getDeclaredMethods()), Stream.of(type.getDeclaredConstructors()))
        .filter(m -> !m.isSynthetic())
        .filter(m -> Modifier.isPublic(m.getModifiers()) || (extendable && Modifier.isProtected(m.getModifiers())))
        .toList();
  }
}
