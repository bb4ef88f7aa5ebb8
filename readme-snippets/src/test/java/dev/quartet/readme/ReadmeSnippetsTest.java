package dev.quartet.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's Java snippets are the sources of this package: a README block is its file's imports
 * followed by the lines between {@code // readme:begin} and {@code // readme:end}, indentation
 * removed. The sources compile with the build, so a README that drifts from the API fails it.
 */
class ReadmeSnippetsTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path SOURCES = Path.of("src", "test", "java", "dev", "quartet", "readme");
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void everyJavaBlockOfTheReadmeIsASnippetSourceAndEverySourceIsInTheReadme() throws IOException {
    List<String> blocks = readmeBlocks();
    List<String> snippets = snippetSources();
    System.out.println("[readme] " + blocks.size() + " Java blocks, " + snippets.size() + " snippet sources");
    assertThat(blocks).as("README blocks without a compiled source").isSubsetOf(snippets);
    assertThat(snippets).as("snippet sources missing from the README").isSubsetOf(blocks);
    assertThat(blocks).hasSameSizeAs(snippets).isNotEmpty();
  }

  static List<String> readmeBlocks() throws IOException {
    List<String> blocks = new ArrayList<>();
    Matcher m = JAVA_BLOCK.matcher(Files.readString(README));
    while (m.find()) {
      blocks.add(m.group(1).strip());
    }
    return blocks;
  }

  static List<String> snippetSources() throws IOException {
    List<String> snippets = new ArrayList<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path file : files.sorted().toList()) {
        List<String> lines = Files.readAllLines(file);
        int begin = lines.indexOf("    // readme:begin");
        int end = lines.indexOf("    // readme:end");
        if (begin < 0 || end < begin) {
          continue;
        }
        List<String> imports = lines.stream().filter(l -> l.startsWith("import ")).toList();
        List<String> body = lines.subList(begin + 1, end).stream().map(ReadmeSnippetsTest::dedent).toList();
        String text = (imports.isEmpty() ? "" : String.join("\n", imports) + "\n\n") + String.join("\n", body);
        snippets.add(text.strip());
      }
    }
    return snippets;
  }

  /** The snippet bodies sit inside a method: four spaces of indentation that the README does not show. */
  private static String dedent(String line) {
    return line.startsWith("    ") ? line.substring(4) : line.strip();
  }
}
