package dev.quartet.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.quartet.core.Checks;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.List;
import java.util.function.Function;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decodes success bodies. Tolerant by default: a property whose value does not fit its declared
 * type reads as absent and its raw JSON is kept in the model's additional properties; only a body
 * that is not JSON, or whose top level has the wrong shape, fails. {@link #strict(ObjectMapper)}
 * fails on any misfit, for contract tests. Failures carry a description that never quotes the body.
 */
public final class JsonDecoder {
  private final ObjectMapper mapper;
  private final ObjectReader reader;
  private final boolean strict;
  /** Per declared type: its resolved JavaType and a reader bound to it, so a call resolves neither. */
  private final ConcurrentHashMap<Type, ObjectReader> readers = new ConcurrentHashMap<>();
  private static final int MAX_CACHED_TYPES = 4096;

  private JsonDecoder(ObjectMapper mapper, boolean strict) {
    this.mapper = Checks.required("mapper", mapper);
    this.strict = strict;
    this.reader = strict ? mapper.reader() : mapper.reader().withHandler(MisfitFieldHandler.INSTANCE);
  }

  /**
   * A tolerant decoder: misfit property values read as absent and are kept as additional properties.
   *
   * @param mapper the mapper that knows the API's types and formats
   * @return the decoder
   */
  public static JsonDecoder lenient(ObjectMapper mapper) {
    return new JsonDecoder(mapper, false);
  }

  /**
   * A decoder that fails on any value that does not fit its declared type, for contract tests.
   *
   * @param mapper the mapper that knows the API's types and formats
   * @return the decoder
   */
  public static JsonDecoder strict(ObjectMapper mapper) {
    return new JsonDecoder(mapper, true);
  }

  /** {@return whether misfit values fail decoding instead of being kept aside} */
  public boolean isStrict() {
    return strict;
  }

  /** {@return the mapper this decoder reads with} */
  public ObjectMapper mapper() {
    return mapper;
  }


  /**
   * Decodes {@code bytes} as {@code type}.
   *
   * @param <T> the Java type {@code type} describes
   * @param bytes the response body
   * @param type the expected type
   * @return the decoded value
   * @throws DecodingException if the body is not JSON, has the wrong shape at the top level, or (when
   *     strict) holds any value that does not fit its type; the message never quotes the body
   */
  public <T> T decode(byte[] bytes, JavaType type) throws DecodingException {
    return decode(bytes, reader.forType(type));
  }

  /**
   * {@return the reader bound to {@code type}, resolved once per type and then reused}
   *
   * @param type the expected type
   */
  public ObjectReader readerFor(TypeReference<?> type) {
    Type key = type.getType();
    ObjectReader cached = readers.get(key);
    if (cached != null) {
      return cached;
    }
    ObjectReader bound = reader.forType(mapper.getTypeFactory().constructType(type));
    if (readers.size() < MAX_CACHED_TYPES) {
      readers.putIfAbsent(key, bound);
    }
    return bound;
  }

  /**
   * {@return {@code bytes}' top-level JSON array as a list whose items are decoded one by one as it
   * is iterated (see {@link LazyJsonArray}); null when the body is anything but a well-formed array}
   *
   * @param <T> the item type
   * @param bytes the response body
   * @param itemType the item type
   * @param failure makes the exception for an item that cannot be decoded
   */
  public <T> List<T> lazyArray(byte[] bytes, TypeReference<T> itemType, Function<DecodingException, RuntimeException> failure) {
    return LazyJsonArray.over(bytes, readerFor(itemType), failure);
  }

  /**
   * {@return {@code bytes} split into its envelope (the items array at {@code path} emptied) and the
   * items as a list decoded one by one as it is iterated; null when the body does not have that shape}
   *
   * @param <T> the item type
   * @param bytes the response body
   * @param path the field names leading to the items array, e.g. {@code "data", "contacts"}
   * @param itemType the item type
   * @param failure makes the exception for an item that cannot be decoded
   */
  public <T> EnvelopeSplit<T> splitEnvelope(byte[] bytes, String[] path, TypeReference<T> itemType,
      Function<DecodingException, RuntimeException> failure) {
    return EnvelopeSplit.of(bytes, path, readerFor(itemType), failure);
  }

  /**
   * Decodes {@code bytes} with a reader from {@link #readerFor(TypeReference)}.
   *
   * @param <T> the Java type the reader is bound to
   * @param bytes the response body
   * @param bound the reader bound to the expected type
   * @return the decoded value
   * @throws DecodingException as {@link #decode(byte[], JavaType)}
   */
  public <T> T decode(byte[] bytes, ObjectReader bound) throws DecodingException {
    JavaType type = bound.getValueType();
    try {
      return bound.readValue(bytes);
    } catch (JsonProcessingException e) {
      throw new DecodingException(DecodeFailure.describe(e, type));
    } catch (IOException e) {
      throw new DecodingException("body could not be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * {@return Jackson's failure to read a body as {@code type}, described as {@link #decode(byte[], JavaType)} does}
   *
   * @param e why Jackson could not read the body
   * @param type the expected type
   */
  public static DecodingException failure(JsonProcessingException e, JavaType type) {
    return new DecodingException(DecodeFailure.describe(e, type));
  }

  /**
   * A body that could not be decoded. The message names the place and the expected type only, and
   * Jackson's exception is deliberately not kept as the cause: its message quotes the input.
   */
  public static final class DecodingException extends Exception {
    DecodingException(String message) {
      super(message, null, false, false);
    }
  }
}
