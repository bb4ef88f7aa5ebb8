package dev.quartet.onepagecrm;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.quartet.core.ApiInvoker;
import dev.quartet.core.ApiResponse;
import dev.quartet.core.Checks;
import dev.quartet.core.errors.ApiException;
import dev.quartet.core.errors.ApiConnectionException;
import dev.quartet.core.errors.ErrorBodies;
import dev.quartet.core.errors.ErrorDetails;
import dev.quartet.core.errors.UnreadableResponseException;
import dev.quartet.core.http.OkHttpHeaders;
import dev.quartet.core.http.Unauthenticated;
import dev.quartet.onepagecrm.api.AttachmentsApi;
import dev.quartet.onepagecrm.model.AttachmentResponse;
import dev.quartet.onepagecrm.model.CreateCallAttachmentRequest;
import dev.quartet.onepagecrm.model.CreateDealAttachmentRequest;
import dev.quartet.onepagecrm.model.CreateMeetingAttachmentRequest;
import dev.quartet.onepagecrm.model.CreateNoteAttachmentRequest;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The attachment operations plus {@link #upload}: the whole three-step S3 flow in one call.
 */
public final class Attachments extends AttachmentsApi {
  private static final TypeReference<JsonNode> TREE = new TypeReference<>() {};
  private static final Pattern S3_MESSAGE = Pattern.compile("<Message>([^<]*)</Message>");

  private final ApiInvoker invoker;
  private final OkHttpClient uploadHttp;
  private final Clock clock;
  private final Deals deals;
  private final Notes notes;
  private final Calls calls;
  private final Meetings meetings;

  Attachments(ApiInvoker invoker, OkHttpClient uploadHttp, Clock clock, Deals deals, Notes notes, Calls calls,
      Meetings meetings) {
    super(invoker);
    this.invoker = invoker;
    this.uploadHttp = uploadHttp;
    this.clock = clock;
    this.deals = deals;
    this.notes = notes;
    this.calls = calls;
    this.meetings = meetings;
  }

  /**
   * Uploads {@code file} to the contact's storage and attaches it to {@code target}:
   * <ol>
   *   <li>{@code GET /attachments/s3_form?contact_id=} for a pre-signed form;</li>
   *   <li>a multipart POST of the form's fields (in order, {@code key} filled in as
   *       {@code {contact_id}/{timestamp}/{filename}}) and the file last, to the S3 URL — without the
   *       OnePageCRM credentials, which must never leave for another host;</li>
   *   <li>the link call: {@code POST /{deals|notes|calls|meetings}/{id}/attachments}, or
   *       {@code POST /attachments} for the contact itself.</li>
   * </ol>
   *
   * @throws IllegalArgumentException before anything is sent, for a missing argument (a file over 10 MB
   *     is already refused by {@link FileUpload})
   *
   * @param contactId the contact the file belongs to
   * @param target what the file is attached to
   * @param file the file
   * @return the attachment as stored
   */
  public AttachmentResponse upload(String contactId, AttachmentTarget target, FileUpload file) {
    Checks.notBlank("contact_id", contactId);
    Checks.required("target", target);
    Checks.required("file", file);

    ApiResponse<JsonNode> formAnswer = invoker.execute(getAttachmentUploadFormRequest(contactId), TREE);
    JsonNode data = formAnswer.body() == null ? null : formAnswer.body().get("data");
    String url = data == null ? null : text(data.get("url"));
    HttpUrl s3 = url == null ? null : HttpUrl.parse(url);
    if (s3 == null) {
      throw new UnreadableResponseException(formAnswer.status(), formAnswer.headers(), "",
          "the upload form has no usable data.url (" + (url == null ? "none" : "not an http(s) URL") + ")");
    }
    String key = key(data.get("fields"), contactId, file.name());
    send(s3, form(data.get("fields"), key, file));
    return link(contactId, target, key, file);
  }

  // The form's own key wins when it has one (with ${filename} to fill in); otherwise the documented layout.
  private String key(JsonNode fields, String contactId, String filename) {
    String timestamp = Long.toString(clock.millis());
    String given = fields == null ? null : text(fields.get("key"));
    if (given != null && !given.isBlank()) {
      return given.replace("${filename}", filename).replace("__timestamp__", timestamp);
    }
    return contactId + "/" + timestamp + "/" + filename;
  }

  private static MultipartBody form(JsonNode fields, String key, FileUpload file) {
    MultipartBody.Builder form = new MultipartBody.Builder().setType(MultipartBody.FORM);
    boolean sawKey = false;
    boolean sawFilename = false;
    if (fields != null) {
      for (Map.Entry<String, JsonNode> field : fields.properties()) {
        String name = field.getKey();
        if (name.equals("key")) {
          form.addFormDataPart("key", key);
          sawKey = true;
        } else if (name.equals("filename")) {
          form.addFormDataPart("filename", file.name());
          sawFilename = true;
        } else if (!name.equals("file")) {
          form.addFormDataPart(name, field.getValue().isNull() ? "" : field.getValue().asText());
        }
      }
    }
    if (!sawKey) {
      form.addFormDataPart("key", key);
    }
    if (!sawFilename) {
      // the upload notes require a filename field equal to the end of the key
      form.addFormDataPart("filename", file.name());
    }
    // S3 ignores every field after the file, so it goes last
    form.addFormDataPart("file", file.name(), file.body());
    return form.build();
  }

  private void send(HttpUrl s3, MultipartBody body) {
    Request request = new Request.Builder().url(s3).post(body)
        .tag(Unauthenticated.class, Unauthenticated.TAG).build();
    try (Response response = uploadHttp.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        String text = ErrorBodies.read(response.body());
        Matcher m = S3_MESSAGE.matcher(text == null ? "" : text);
        String message = "file upload to storage failed" + (m.find() ? ": " + m.group(1) : "");
        throw ApiException.of(response.code(), OkHttpHeaders.of(response.headers()), text, ErrorDetails.of(message, null));
      }
    } catch (IOException e) {
      throw new ApiConnectionException("POST " + s3.host() + " (file upload) failed: "
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), e);
    }
  }

  private AttachmentResponse link(String contactId, AttachmentTarget target, String key, FileUpload file) {
    String id = target.id();
    String name = file.name();
    Integer size = Math.toIntExact(file.size());
    switch (target.type()) {
      case "deal":
        return deals.createDealAttachment(id, new CreateDealAttachmentRequest()
            .referenceType(CreateDealAttachmentRequest.ReferenceTypeEnum.DEAL).referenceId(id)
            .contactId(contactId).key(key).name(name).size(size));
      case "note":
        return notes.createNoteAttachment(id, new CreateNoteAttachmentRequest()
            .referenceType(CreateNoteAttachmentRequest.ReferenceTypeEnum.NOTE).referenceId(id)
            .contactId(contactId).key(key).name(name).size(size));
      case "call":
        return calls.createCallAttachment(id, new CreateCallAttachmentRequest()
            .referenceType(CreateCallAttachmentRequest.ReferenceTypeEnum.CALL).referenceId(id)
            .contactId(contactId).key(key).name(name).size(size));
      case "meeting":
        return meetings.createMeetingAttachment(id, new CreateMeetingAttachmentRequest()
            .referenceType(CreateMeetingAttachmentRequest.ReferenceTypeEnum.MEETING).referenceId(id)
            .contactId(contactId).key(key).name(name).size(size));
      default:
        return createAttachment(new CreateNoteAttachmentRequest()
            .referenceType(CreateNoteAttachmentRequest.ReferenceTypeEnum.of("contact")).referenceId(id)
            .contactId(contactId).key(key).name(name).size(size));
    }
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }
}
