package dev.quartet.onepagecrm;

import dev.quartet.core.Checks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.MediaType;
import okhttp3.RequestBody;

/**
 * A file to attach: its bytes (or where to read them), its name and content type. The size is known
 * up front so files over {@value #MAX_BYTES} bytes (10 MB, the API's limit) are refused before anything
 * is sent.
 */
public final class FileUpload {
  /** The largest file OnePageCRM stores: 10 MB. */
  public static final long MAX_BYTES = 10L * 1024 * 1024;
  private static final String DEFAULT_TYPE = "application/octet-stream";

  private final String name;
  private final MediaType contentType;
  private final long size;
  private final Path path;
  private final byte[] bytes;

  private FileUpload(String name, String contentType, long size, Path path, byte[] bytes) {
    Checks.notBlank("name", name);
    if (name.contains("/")) {
      throw new IllegalArgumentException("name must be a file name without '/', was \"" + name + "\"");
    }
    checkSize(size);
    this.name = name;
    this.contentType = MediaType.get(contentType == null || contentType.isBlank() ? DEFAULT_TYPE : contentType);
    this.size = size;
    this.path = path;
    this.bytes = bytes;
  }

  /**
   * {@return the file at {@code path}, named as on disk; it is streamed, not loaded into memory}
   *
   * @throws IllegalArgumentException naming {@code path} when the file is missing or unreadable
   *
   * @param path the path
   * @param contentType the content type
   */
  public static FileUpload of(Path path, String contentType) {
    Checks.required("path", path);
    return of(path, String.valueOf(path.getFileName()), contentType);
  }

  /**
   * {@return the file at {@code path} under another {@code name}}
   *
   * @param path the path
   * @param name the name
   * @param contentType the content type
   */
  public static FileUpload of(Path path, String name, String contentType) {
    Checks.required("path", path);
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      throw new IllegalArgumentException("path must be a readable file, " + path
          + (Files.exists(path) ? " is not a readable regular file" : " does not exist"));
    }
    long size;
    try {
      size = Files.size(path);
    } catch (IOException e) {
      throw new IllegalArgumentException("path must be a readable file, cannot read " + path + " ("
          + e.getClass().getSimpleName() + ")", e);
    }
    return new FileUpload(name, contentType, size, path, null);
  }

  /**
   * {@return an upload of {@code content} (copied)}
   *
   * @param content the file's bytes
   * @param name the file name
   * @param contentType its media type
   */
  public static FileUpload of(byte[] content, String name, String contentType) {
    Checks.required("content", content);
    return new FileUpload(name, contentType, content.length, null, content.clone());
  }

  /**
   * The rest of {@code in} (not closed), read into memory. Reading stops as soon as it passes 10 MB, so
   * an oversized stream is refused without buffering all of it.
   *
   * @param in the stream to read
   * @param name the file name
   * @param contentType its media type
   * @return the upload
   */
  public static FileUpload of(InputStream in, String name, String contentType) {
    Checks.required("in", in);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    try {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        out.write(buffer, 0, n);
        checkSize(out.size());
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("in must be a readable stream, reading it failed ("
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
    }
    return new FileUpload(name, contentType, out.size(), null, out.toByteArray());
  }

  private static void checkSize(long size) {
    if (size > MAX_BYTES) {
      throw new IllegalArgumentException("file must be at most 10 MB (" + MAX_BYTES + " bytes), it has " + size
          + " bytes or more");
    }
  }

  /** {@return the file name} */
  public String name() {
    return name;
  }

  /** {@return the media type} */
  public String contentType() {
    return contentType.toString();
  }

  /** {@return the size in bytes} */
  public long size() {
    return size;
  }

  RequestBody body() {
    return path != null ? RequestBody.create(path.toFile(), contentType) : RequestBody.create(bytes, contentType);
  }

  @Override
  public String toString() {
    return "FileUpload{name=" + name + ", contentType=" + contentType + ", size=" + size + "}";
  }
}
