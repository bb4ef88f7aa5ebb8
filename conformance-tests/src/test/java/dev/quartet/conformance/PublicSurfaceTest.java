package dev.quartet.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Executable;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules about the shape of the whole public API, checked over every class the four clients and the
 * core ship: what a user can call must stay callable without a wall of positional arguments.
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
