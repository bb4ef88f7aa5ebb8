package dev.quartet.sandbox.onepagecrm;

import static dev.quartet.sandbox.onepagecrm.OnePageCrmAnswers.JSON;
import static dev.quartet.sandbox.onepagecrm.OnePageCrmAnswers.error;
import static dev.quartet.sandbox.onepagecrm.OnePageCrmAnswers.ok;
import static dev.quartet.sandbox.onepagecrm.OnePageCrmAnswers.xml;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Attachments end to end: {@code GET /attachments/s3_form} hands out a form whose URL points at an
 * emulated storage bucket ({@code /onepagecrm/s3-upload/}, which refuses requests carrying
 * credentials), and the link calls accept only keys that were uploaded.
 */
final class OnePageCrmAttachments {
  private static final Pattern MULTIPART_BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)");

  private OnePageCrmAttachments() {}

  // The pre-signed form: the bucket URL on this server and fields the way S3 expects them.
  static ResponseDefinition uploadForm(OnePageCrmState state, Request request, String contactId) {
    if (contactId == null || !state.live.get("contacts").containsKey(contactId)) {
      ObjectNode errors = JSON.createObjectNode().put("contact_id", "no such contact");
      return error(400, "invalid_request_data", "Invalid request data", errors);
    }
    String absolute = request.getAbsoluteUrl();
    String origin = absolute.substring(0, absolute.indexOf('/', absolute.indexOf("//") + 2));
    ObjectNode data = JSON.createObjectNode().put("quota", 1073741824L).put("display_quota", "1024MB")
        .put("url", origin + OnePageCrmSandbox.UPLOAD_PATH);
    data.putObject("fields").put("key", "").put("x-ignore-pattern", contactId + "/__timestamp__/${filename}")
        .put("acl", "private").put("success_action_status", 201).put("policy", "c2FuZGJveC1wb2xpY3k=")
        .put("x-amz-algorithm", "AWS4-HMAC-SHA256").put("x-amz-credential", "SANDBOX/20240101/us-west-1/s3/aws4_request")
        .put("x-amz-date", "20240101T000000Z").put("x-amz-signature", "c2FuZGJveA");
    return ok(state.clock, 200, data);
  }

  // The storage bucket: takes a multipart form with a key and a file, and never credentials.
  static ResponseDefinition storeUpload(OnePageCrmState state, Request request) {
    if (!request.getMethod().getName().equals("POST")) {
      return xml(405, "<Error><Code>MethodNotAllowed</Code><Message>Use POST</Message></Error>");
    }
    if (request.getHeader("Authorization") != null) {
      return xml(400, "<Error><Code>InvalidArgument</Code><Message>Only one auth mechanism allowed</Message></Error>");
    }
    String type = request.getHeader("Content-Type");
    Matcher b = MULTIPART_BOUNDARY.matcher(type == null ? "" : type);
    if (!b.find()) {
      return xml(400, "<Error><Code>InvalidRequest</Code><Message>Expected a multipart form</Message></Error>");
    }
    String key = null;
    long size = -1;
    String lastPart = null;
    byte[] body = request.getBody();
    String text = new String(body, StandardCharsets.ISO_8859_1);
    String delimiter = "--" + b.group(1);
    for (String part : text.split(Pattern.quote(delimiter))) {
      int headersEnd = part.indexOf("\r\n\r\n");
      Matcher name = Pattern.compile("name=\"([^\"]*)\"").matcher(part);
      if (headersEnd < 0 || !name.find()) {
        continue;
      }
      String content = part.substring(headersEnd + 4, Math.max(headersEnd + 4, part.length() - 2));
      lastPart = name.group(1);
      if (lastPart.equals("key")) {
        key = content;
      } else if (lastPart.equals("file")) {
        size = content.length();
      }
    }
    if (key == null || key.isBlank() || size < 0 || !"file".equals(lastPart)) {
      return xml(400, "<Error><Code>InvalidArgument</Code><Message>A key and a file (last) are required</Message></Error>");
    }
    state.uploads.put(key, size);
    return xml(201, "<PostResponse><Key>" + key + "</Key></PostResponse>");
  }

  static ResponseDefinition linkAttachment(OnePageCrmState state, String owners, String ownerId, ObjectNode body) {
    if (body == null) {
      return error(400, "invalid_request_data", "The request body is not a JSON object", null);
    }
    ObjectNode owner = owners == null ? null : state.live.get(owners).get(ownerId);
    if (owners != null && owner == null) {
      return OnePageCrmAnswers.notFound(Kind.of(owners), ownerId);
    }
    String key = body.path("key").asText("");
    Long size = state.uploads.get(key);
    if (size == null) {
      ObjectNode errors = JSON.createObjectNode().put("key", "no file was uploaded under this key");
      return error(400, "invalid_request_data", "Invalid request data", errors);
    }
    String id = String.format("5b%022x", state.ids.getAndIncrement());
    String filename = key.substring(key.lastIndexOf('/') + 1);
    ObjectNode attachment = JSON.createObjectNode().put("id", id).put("filename", filename)
        .put("custom_filename", body.path("name").asText(filename)).put("pinned", false).put("size", size)
        .put("storage_provider", "amazon").put("url", "https://files.example/" + key);
    state.attachments.put(id, attachment);
    state.attachmentContacts.put(id, owner != null ? owner.path("contact_id").asText() : body.path("contact_id").asText(""));
    return answer(state, 201, attachment);
  }

  /** {@code PATCH /attachments/{id}} renames (custom_filename), {@code /pin} and {@code /unpin} pin; each answers the attachment. */
  static ResponseDefinition change(OnePageCrmState state, String id, ObjectNode body, String what) {
    ObjectNode attachment = state.attachments.get(id);
    if (attachment == null) {
      return error(404, "resource_not_found", "There is no attachment with id " + id, null);
    }
    switch (what) {
      case "pin" -> attachment.put("pinned", true).put("pinned_at", state.now());
      case "unpin" -> attachment.put("pinned", false).putNull("pinned_at");
      default -> {
        String name = body == null ? "" : body.path("attachment").path("custom_filename").asText(
            body.path("custom_filename").asText(""));
        if (name.isBlank()) {
          ObjectNode errors = JSON.createObjectNode().put("custom_filename", "can't be blank");
          return error(400, "invalid_request_data", "Invalid request data", errors);
        }
        attachment.put("custom_filename", name);
      }
    }
    // these three answer the attachment itself as data, not wrapped
    return ok(state.clock, 200, attachment.deepCopy());
  }

  static ResponseDefinition delete(OnePageCrmState state, String id) {
    if (state.attachments.remove(id) == null) {
      return error(404, "resource_not_found", "There is no attachment with id " + id, null);
    }
    state.attachmentContacts.remove(id);
    return ok(state.clock, 200, JSON.createObjectNode());
  }

  private static ResponseDefinition answer(OnePageCrmState state, int status, ObjectNode attachment) {
    ObjectNode data = JSON.createObjectNode();
    data.set("attachment", attachment);
    return ok(state.clock, status, data);
  }
}
