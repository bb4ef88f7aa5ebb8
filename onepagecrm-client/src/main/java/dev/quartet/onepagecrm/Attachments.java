package dev.quartet.onepagecrm;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.quartet.core.ApiInvoker;
import dev.quartet.core.Checks;
import dev.quartet.core.errors.ApiException;
import dev.quartet.core.errors.ApiConnectionException;
import dev.quartet.core.http.ResponseBodies;
import dev.quartet.core.errors.ErrorDetails;
import dev.quartet.core.errors.UnreadableResponseException;
import dev.quartet.core.http.OkHttpHeaders;
import dev.quartet.core.http.Unauthenticated;
import dev.quartet.onepagecrm.api.AttachmentsApi;
import dev.quartet.core.ApiResponse;
import dev.quartet.core.Futures;
import dev.quartet.core.RequestOptions;
import dev.quartet.onepagecrm.model.AttachmentResponse;
import dev.quartet.onepagecrm.model.CreateCallAttachmentRequest;
import dev.quartet.onepagecrm.model.CreateDealAttachmentRequest;
import dev.quartet.onepagecrm.model.CreateMeetingAttachmentRequest;
import dev.quartet.onepagecrm.model.CreateNoteAttachmentRequest;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Attachments: {@link #upload}, the whole three-step S3 flow in one call, in three forms;
 * {@link #api()} has the generated attachment operations (rename, pin, delete, ...).
 */
public final class Attachments {
  private static final TypeReference<JsonNode> TREE = new TypeReference<>() {};
  private static final Pattern S3_MESSAGE = Pattern.compile("<Message>([^<]*)</Message>");

  private final ApiInvoker invoker;
  private final AttachmentsApi api;
  private final OkHttpClient uploadHttp;
  private final Clock clock;
  private final Deals deals;
  private final Notes notes;
  private final Calls calls;
  private final Meetings meetings;

  /** The S3 step, ready to send: where, the object's key, and the form. */
  private record Form(HttpUrl url, String key, MultipartBody body) {}

  Attachments(ApiInvoker invoker, OkHttpClient uploadHttp, Clock clock, Deals deals, Notes notes, Calls calls,
      Meetings meetings) {
    this.invoker = invoker;
    this.api = new AttachmentsApi(invoker);
    this.uploadHttp = uploadHttp;
    this.clock = clock;
    this.deals = deals;
    this.notes = notes;
    this.calls = calls;
    this.meetings = meetings;
  }

  /** {@return the generated attachment operations ({@code renameAttachment}, {@code pinAttachmentAsync}, ...)} */
  public AttachmentsApi api() {
    return api;
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
    return upload(contactId, target, file, RequestOptions.none());
  }

  /**
   * {@link #upload(String, AttachmentTarget, FileUpload)} with per-call options, applied to the two
   * OnePageCRM requests (the form and the link); the S3 request never carries them.
   *
   * @param contactId the contact the file belongs to
   * @param target what the file is attached to
   * @param file the file
   * @param options per-call options over the client's
   * @return the attachment as stored
   */
  public AttachmentResponse upload(String contactId, AttachmentTarget target, FileUpload file,
      RequestOptions options) {
    return uploadWithResponse(contactId, target, file, options).body();
  }

  /**
   * {@return {@link #upload(String, AttachmentTarget, FileUpload)} with the link call's status and headers}
   *
   * @param contactId the contact the file belongs to
   * @param target what the file is attached to
   * @param file the file
   */
  public ApiResponse<AttachmentResponse> uploadWithResponse(String contactId, AttachmentTarget target,
      FileUpload file) {
    return uploadWithResponse(contactId, target, file, RequestOptions.none());
  }

  /**
   * {@return {@link #upload(String, AttachmentTarget, FileUpload, RequestOptions)} with the link call's
   * status and headers}
   *
   * @param contactId the contact the file belongs to
   * @param target what the file is attached to
   * @param file the file
   * @param options per-call options over the client's
   */
  public ApiResponse<AttachmentResponse> uploadWithResponse(String contactId, AttachmentTarget target,
      FileUpload file, RequestOptions options) {
    check(contactId, target, file, options);
    ApiResponse<JsonNode> answer = invoker.withOptions(options).execute(api.getAttachmentUploadFormRequest(contactId), TREE);
    Form form = prepare(answer, contactId, file);
    send(form);
    return link(contactId, target, form.key(), file).withResponse(null, options);
  }

  /**
   * {@return {@link #upload(String, AttachmentTarget, FileUpload)} without blocking; cancelling the future
   * cancels the request in flight, whichever of the three it is}
   *
   * @param contactId the contact the file belongs to
   * @param target what the file is attached to
   * @param file the file
   */
  public CompletableFuture<AttachmentResponse> uploadAsync(String contactId, AttachmentTarget target,
      FileUpload file) {
    return uploadAsync(contactId, target, file, RequestOptions.none());
  }

  /**
   * {@return {@link #upload(String, AttachmentTarget, FileUpload, RequestOptions)} without blocking;
   * cancelling the future cancels the request in flight}
   *
   * @param contactId the contact the file belongs to
   * @param target what the file is attached to
   * @param file the file
   * @param options per-call options over the client's
   */
  public CompletableFuture<AttachmentResponse> uploadAsync(String contactId, AttachmentTarget target,
      FileUpload file, RequestOptions options) {
    check(contactId, target, file, options);
    CompletableFuture<ApiResponse<JsonNode>> answer =
        invoker.withOptions(options).executeAsync(api.getAttachmentUploadFormRequest(contactId), TREE);
    CompletableFuture<Form> sent = Stages.then(answer, tree -> {
      Form form = prepare(tree, contactId, file);
      return Futures.map(sendAsync(form), done -> form);
    });
    return Stages.then(sent, form -> link(contactId, target, form.key(), file).async(null, options));
  }

  private static void check(String contactId, AttachmentTarget target, FileUpload file, RequestOptions options) {
    Checks.notBlank("contact_id", contactId);
    Checks.required("target", target);
    Checks.required("file", file);
    Checks.required("options", options);
  }

  private Form prepare(ApiResponse<JsonNode> answer, String contactId, FileUpload file) {
    JsonNode data = answer.body() == null ? null : answer.body().get("data");
    String url = data == null ? null : text(data.get("url"));
    HttpUrl s3 = url == null ? null : HttpUrl.parse(url);
    if (s3 == null) {
      throw new UnreadableResponseException(answer.status(), answer.headers(), "",
          "the upload form has no usable data.url (" + (url == null ? "none" : "not an http(s) URL") + ")");
    }
    String key = key(data.get("fields"), contactId, file.name());
    return new Form(s3, key, form(data.get("fields"), key, file));
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

  private void send(Form form) {
    try (Response response = uploadHttp.newCall(request(form)).execute()) {
      checkStored(response);
    } catch (IOException e) {
      throw uploadFailed(form, e);
    }
  }

  private CompletableFuture<Void> sendAsync(Form form) {
    Call call = uploadHttp.newCall(request(form));
    CompletableFuture<Void> result = new CompletableFuture<>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        call.cancel();
        return cancelled;
      }
    };
    call.enqueue(new Callback() {
      @Override
      public void onResponse(Call c, Response response) {
        try (response) {
          checkStored(response);
          result.complete(null);
        } catch (RuntimeException e) {
          result.completeExceptionally(e);
        }
      }

      @Override
      public void onFailure(Call c, IOException e) {
        result.completeExceptionally(uploadFailed(form, e));
      }
    });
    return result;
  }

  private static Request request(Form form) {
    return new Request.Builder().url(form.url()).post(form.body())
        .tag(Unauthenticated.class, Unauthenticated.TAG).build();
  }

  private static void checkStored(Response response) {
    if (!response.isSuccessful()) {
      String text = ResponseBodies.read(response.body());
      Matcher m = S3_MESSAGE.matcher(text == null ? "" : text);
      String message = "file upload to storage failed" + (m.find() ? ": " + m.group(1) : "");
      throw ApiException.of(response.code(), OkHttpHeaders.of(response.headers()), text, ErrorDetails.of(message, null));
    }
  }

  private static ApiConnectionException uploadFailed(Form form, IOException e) {
    return new ApiConnectionException("POST " + form.url().host() + " (file upload) failed: "
        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), e);
  }

  /** The link call for {@code target}, bound in both forms (its argument is unused). */
  private Operation<Void, AttachmentResponse> link(String contactId, AttachmentTarget target, String key,
      FileUpload file) {
    String id = target.id();
    String name = file.name();
    Integer size = Math.toIntExact(file.size());
    switch (target.type()) {
      case "deal": {
        CreateDealAttachmentRequest body = new CreateDealAttachmentRequest()
            .referenceType(CreateDealAttachmentRequest.ReferenceTypeEnum.DEAL).referenceId(id)
            .contactId(contactId).key(key).name(name).size(size);
        return Operation.of((none, o) -> deals.api().createDealAttachmentWithResponse(id, body, o),
            (none, o) -> deals.api().createDealAttachmentAsync(id, body, o), answer -> answer);
      }
      case "note": {
        CreateNoteAttachmentRequest body = new CreateNoteAttachmentRequest()
            .referenceType(CreateNoteAttachmentRequest.ReferenceTypeEnum.NOTE).referenceId(id)
            .contactId(contactId).key(key).name(name).size(size);
        return Operation.of((none, o) -> notes.api().createNoteAttachmentWithResponse(id, body, o),
            (none, o) -> notes.api().createNoteAttachmentAsync(id, body, o), answer -> answer);
      }
      case "call": {
        CreateCallAttachmentRequest body = new CreateCallAttachmentRequest()
            .referenceType(CreateCallAttachmentRequest.ReferenceTypeEnum.CALL).referenceId(id)
            .contactId(contactId).key(key).name(name).size(size);
        return Operation.of((none, o) -> calls.api().createCallAttachmentWithResponse(id, body, o),
            (none, o) -> calls.api().createCallAttachmentAsync(id, body, o), answer -> answer);
      }
      case "meeting": {
        CreateMeetingAttachmentRequest body = new CreateMeetingAttachmentRequest()
            .referenceType(CreateMeetingAttachmentRequest.ReferenceTypeEnum.MEETING).referenceId(id)
            .contactId(contactId).key(key).name(name).size(size);
        return Operation.of((none, o) -> meetings.api().createMeetingAttachmentWithResponse(id, body, o),
            (none, o) -> meetings.api().createMeetingAttachmentAsync(id, body, o), answer -> answer);
      }
      default: {
        CreateNoteAttachmentRequest body = new CreateNoteAttachmentRequest()
            .referenceType(CreateNoteAttachmentRequest.ReferenceTypeEnum.of("contact")).referenceId(id)
            .contactId(contactId).key(key).name(name).size(size);
        return Operation.of((none, o) -> api.createAttachmentWithResponse(body, o),
            (none, o) -> api.createAttachmentAsync(body, o), answer -> answer);
      }
    }
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }
}
