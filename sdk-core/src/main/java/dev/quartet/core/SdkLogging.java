package dev.quartet.core;

import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOPLogger;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The SDK's loggers. Without an SLF4J binding the SDK logs nothing and says nothing: it does not start
 * SLF4J, so an application that does not log sees no "No SLF4J providers were found" warning because of
 * us. With a binding (Logback, Log4j 2, slf4j-simple, ...) these are ordinary SLF4J loggers.
 */
public final class SdkLogging {
  private static final boolean BOUND = bound();

  private SdkLogging() {}

  /**
   * The logger named {@code name}, or a no-op one when no SLF4J binding is present.
   *
   * @param name the logger name, under {@code dev.quartet}
   * @return the logger
   */
  public static Logger logger(String name) {
    return BOUND ? LoggerFactory.getLogger(name) : NOPLogger.NOP_LOGGER;
  }

  private static boolean bound() {
    if (System.getProperty("slf4j.provider") != null) {
      return true;
    }
    try {
      ClassLoader loader = LoggerFactory.class.getClassLoader();
      return ServiceLoader.load(SLF4JServiceProvider.class, loader).findFirst().isPresent()
          || loader != null && loader.getResource("org/slf4j/impl/StaticLoggerBinder.class") != null;
    } catch (LinkageError | RuntimeException e) {
      // An SLF4J 1.7 API (no provider interface) or a broken provider: let SLF4J decide and report.
      return true;
    }
  }
}
