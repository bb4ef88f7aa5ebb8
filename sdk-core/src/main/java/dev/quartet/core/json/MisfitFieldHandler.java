package dev.quartet.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets one misfit value (an object where a string is declared, prose in a date, text in a number)
 * read as absent instead of failing the whole answer. The raw value moves to the enclosing model's
 * {@link AdditionalProperties} under the property's name, and a DEBUG line on {@code dev.quartet.json}
 * names the property and the types, never the value. A misfit at the top level is not handled: an
 * answer of the wrong shape still fails.
 */
final class MisfitFieldHandler extends DeserializationProblemHandler {
  static final MisfitFieldHandler INSTANCE = new MisfitFieldHandler();
  private static final Logger LOG = LoggerFactory.getLogger("dev.quartet.json");

  private MisfitFieldHandler() {}

  @Override
  public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
      String failureMsg) throws IOException {
    return keepRaw(ctxt, p, targetType.getRawClass());
  }

  @Override
  public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
      String failureMsg) throws IOException {
    return keepRaw(ctxt, ctxt.getParser(), targetType);
  }

  @Override
  public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
      String failureMsg) throws IOException {
    return keepRaw(ctxt, ctxt.getParser(), targetType);
  }

  @Override
  public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
      ValueInstantiator valueInsta, JsonParser p, String msg) throws IOException {
    return keepRaw(ctxt, p, instClass);
  }

  private static Object keepRaw(DeserializationContext ctxt, JsonParser p, Class<?> expected) throws IOException {
    JsonToken token = p == null ? null : p.currentToken();
    if (token == null) {
      return NOT_HANDLED;
    }
    // Inside the misfit value already (its start, or its first field name once a bean deserializer
    // stepped in): the property it belongs to is one level up.
    boolean inside = token.isStructStart() || token == JsonToken.FIELD_NAME;
    JsonStreamContext holder = inside ? p.getParsingContext().getParent() : p.getParsingContext();
    if (holder == null || holder.inRoot()) {
      return NOT_HANDLED; // the answer itself has the wrong shape
    }
    String field = holder.inObject() ? holder.getCurrentName() : null;
    Object owner = holder.getCurrentValue();
    JsonNode raw = ctxt.readTree(p); // leaves the parser on the value's last token, as Jackson requires
    if (field != null && owner instanceof AdditionalProperties kept) {
      kept.putAdditionalProperty(field, ctxt.readTreeAsValue(raw, Object.class));
    }
    if (LOG.isDebugEnabled()) {
      LOG.debug("{}{}: expected {}, got {}; read as absent{}", owner == null ? "" : owner.getClass().getSimpleName() + ".",
          field == null ? "[item]" : field, expected.getSimpleName(), raw.getNodeType(),
          field != null && owner instanceof AdditionalProperties ? ", raw value kept in its additional properties" : "");
    }
    return null;
  }
}
