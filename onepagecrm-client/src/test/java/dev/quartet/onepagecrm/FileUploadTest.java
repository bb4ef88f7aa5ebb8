package dev.quartet.onepagecrm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that cannot be read is a bad argument, named with its path, before anything is sent. */
class FileUploadTest {

  @Test
  void aMissingFileNamesTheArgumentAndThePath(@TempDir Path dir) {
    Path missing = dir.resolve("minutes.pdf");
    assertThatThrownBy(() -> FileUpload.of(missing, "application/pdf")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("path").hasMessageContaining(missing.toString()).hasMessageContaining("does not exist");
  }

  @Test
  void aDirectoryIsNotAFile(@TempDir Path dir) {
    assertThatThrownBy(() -> FileUpload.of(dir, "x.bin", null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(dir.toString()).hasMessageContaining("not a readable regular file");
  }

  @Test
  void aStreamThatFailsIsABadArgumentToo() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }
    };
    assertThatThrownBy(() -> FileUpload.of(broken, "a.txt", "text/plain")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("in must be a readable stream").hasMessageContaining("disk gone");
  }

  @Test
  void aReadableFileIsTaken(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("a.txt"), "hello");
    assertThat(FileUpload.of(file, "text/plain").size()).isEqualTo(5);
  }
}
