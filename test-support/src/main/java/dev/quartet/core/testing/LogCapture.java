package dev.quartet.core.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/**
 * Captures everything the SDK logs, at TRACE, while open. Captured lines go to the capture only, not
 * to the console, so tests that look at logs keep the build output quiet.
 */
public final class LogCapture implements AutoCloseable {
  private final Logger root = (Logger) LoggerFactory.getLogger("dev.quartet");
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Level previous;
  private final boolean previousAdditive;

  /** Starts capturing. */
  public LogCapture() {
    previous = root.getLevel();
    previousAdditive = root.isAdditive();
    root.setAdditive(false);
    appender.start();
    root.addAppender(appender);
    root.setLevel(Level.TRACE);
  }

  /** {@return the formatted messages captured so far} */
  public List<String> lines() {
    return appender.list.stream().map(ILoggingEvent::getFormattedMessage).collect(Collectors.toList());
  }

  /** {@return the captured messages, one per line} */
  public String all() {
    return String.join("\n", lines());
  }

  @Override
  public void close() {
    root.detachAppender(appender);
    root.setLevel(previous);
    root.setAdditive(previousAdditive);
  }
}
