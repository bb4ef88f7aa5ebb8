package dev.quartet.examples.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application whose Quartet clients come from the starter, configured only by
 * {@code quartet.*} properties. By default (profile {@code sandbox}) the properties point at the
 * embedded sandbox; run with {@code --spring.profiles.active=live} and your own properties (or
 * {@code QUARTET_...} environment variables) to call the real services.
 */
@SpringBootApplication
public class QuartetBootExample {
  /** Use {@link #main}. */
  QuartetBootExample() {}

  /**
   * Runs the tour once and exits.
   *
   * @param args Spring Boot arguments, e.g. {@code --spring.profiles.active=live}
   */
  public static void main(String[] args) {
    SpringApplication.run(QuartetBootExample.class, args).close();
  }
}
