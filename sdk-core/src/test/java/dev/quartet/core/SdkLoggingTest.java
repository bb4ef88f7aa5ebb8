package dev.quartet.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOPLogger;

class SdkLoggingTest {
  @Test
  void withABindingTheLoggersAreReal() {
    assertThat(SdkLogging.logger("dev.quartet.http")).isNotInstanceOf(NOPLogger.class);
    assertThat(SdkLogging.logger("dev.quartet.http").getName()).isEqualTo("dev.quartet.http");
  }

  @Test
  void withoutABindingTheSdkStaysSilentWhereSlf4jWouldWarn() throws Exception {
    URL sdk = SdkLogging.class.getProtectionDomain().getCodeSource().getLocation();
    URL slf4jApi = LoggerFactory.class.getProtectionDomain().getCodeSource().getLocation();
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (URLClassLoader app = new URLClassLoader(new URL[] {sdk, slf4jApi}, ClassLoader.getPlatformClassLoader())) {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      Object logger = app.loadClass("dev.quartet.core.SdkLogging").getMethod("logger", String.class)
          .invoke(null, "dev.quartet.http");
      assertThat(logger.getClass().getName()).isEqualTo("org.slf4j.helpers.NOPLogger");
      assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();

      // The same class loader asking SLF4J directly gets SLF4J's own warning: the case we avoid.
      app.loadClass("org.slf4j.LoggerFactory").getMethod("getLogger", String.class).invoke(null, "x");
      assertThat(captured.toString(StandardCharsets.UTF_8)).contains("No SLF4J providers were found");
    } finally {
      System.setErr(err);
    }
  }
}
