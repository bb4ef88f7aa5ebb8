package dev.quartet.onepagecrm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.quartet.core.errors.ApiException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachmentUploadTest extends OnePageCrmTestSupport {
  private static final String CONTACT = "5ae06ef9d55673108fe8877f";
  private static final Instant NOW = Instant.ofEpochMilli(1530520812224L);

  private OnePageCrmClient crm() {
    return clientBuilder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
  }

  private void stubForm(String key) {
    wm.stubFor(get(urlPathEqualTo("/api/v3/attachments/s3_form")).willReturn(ok("{\"quota\":1073741824,"
        + "\"url\":\"" + wm.baseUrl() + "/s3-bucket/\",\"fields\":{\"key\":\"" + key + "\","
        + "\"x-ignore-pattern\":\"" + CONTACT + "/__timestamp__/${filename}\",\"acl\":\"private\","
        + "\"success_action_status\":201,\"policy\":\"cG9saWN5\",\"x-amz-algorithm\":\"AWS4-HMAC-SHA256\","
        + "\"x-amz-signature\":\"c2ln\"}}")));
    wm.stubFor(post(urlEqualTo("/s3-bucket/")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/xml").withBody("<PostResponse><Key>k</Key></PostResponse>")));
  }

  private static String attachment(String name) {
    return "{\"attachment\":{\"id\":\"att1\",\"filename\":\"" + name + "\",\"size\":11,\"storage_provider\":\"amazon\"}}";
  }

  private LoggedRequest s3Request() {
    List<LoggedRequest> sent = wm.findAll(postRequestedFor(urlEqualTo("/s3-bucket/")));
    assertThat(sent).hasSize(1);
    return sent.get(0);
  }

  @Test
  void uploadsToS3ThenLinksToADeal() {
    stubForm("");
    wm.stubFor(post(urlPathEqualTo("/api/v3/deals/d1/attachments")).willReturn(json(201,
        "{\"status\":0,\"message\":\"OK\",\"timestamp\":1,\"data\":" + attachment("quote.pdf") + "}")));
    byte[] content = "hello world".getBytes(StandardCharsets.UTF_8);
    try (OnePageCrmClient crm = crm()) {
      var answer = crm.attachments().upload(CONTACT, AttachmentTarget.deal("d1"),
          FileUpload.of(content, "quote.pdf", "application/pdf"));
      assertThat(answer.getData().getAttachment().getId()).isEqualTo("att1");
    }
    String key = CONTACT + "/1530520812224/quote.pdf";
    LoggedRequest s3 = s3Request();
    assertThat(s3.containsHeader("Authorization")).isFalse();
    assertThat(s3.getHeader("Content-Type")).startsWith("multipart/form-data");
    String body = s3.getBodyAsString();
    // fields in the form's order, key filled in, filename added, file last
    assertThat(body).containsSubsequence("name=\"key\"", key, "name=\"x-ignore-pattern\"", "name=\"acl\"", "private",
        "name=\"success_action_status\"", "201", "name=\"policy\"", "cG9saWN5", "name=\"x-amz-algorithm\"",
        "name=\"x-amz-signature\"", "c2ln", "name=\"filename\"", "quote.pdf",
        "name=\"file\"; filename=\"quote.pdf\"", "Content-Type: application/pdf", "hello world");
    assertThat(s3.getParts()).extracting(p -> p.getName()).last().isEqualTo("file");

    wm.verify(postRequestedFor(urlPathEqualTo("/api/v3/deals/d1/attachments"))
        .withHeader("Authorization", equalTo(basic()))
        .withRequestBody(equalToJson("{\"reference_id\":\"d1\",\"reference_type\":\"deal\",\"contact_id\":\"" + CONTACT
            + "\",\"name\":\"quote.pdf\",\"key\":\"" + key + "\",\"size\":11}")));
  }

  @Test
  void formKeyWithFilenamePlaceholderIsFilledIn(@TempDir Path dir) throws Exception {
    stubForm(CONTACT + "/999/${filename}");
    wm.stubFor(post(urlPathEqualTo("/api/v3/notes/n1/attachments")).willReturn(ok(attachment("notes.txt"))));
    Path file = Files.writeString(dir.resolve("notes.txt"), "hello world");
    try (OnePageCrmClient crm = crm()) {
      crm.attachments().upload(CONTACT, AttachmentTarget.note("n1"), FileUpload.of(file, "text/plain"));
    }
    assertThat(s3Request().getBodyAsString())
        .containsSubsequence("name=\"key\"", CONTACT + "/999/notes.txt", "name=\"x-ignore-pattern\"");
    wm.verify(postRequestedFor(urlPathEqualTo("/api/v3/notes/n1/attachments")).withRequestBody(equalToJson(
        "{\"reference_id\":\"n1\",\"reference_type\":\"note\",\"contact_id\":\"" + CONTACT
            + "\",\"name\":\"notes.txt\",\"key\":\"" + CONTACT + "/999/notes.txt\",\"size\":11}")));
  }

  @Test
  void streamsAndOtherTargetsUseTheirOwnLinkCalls() {
    stubForm("");
    wm.stubFor(post(urlPathEqualTo("/api/v3/calls/c9/attachments")).willReturn(ok(attachment("a.txt"))));
    wm.stubFor(post(urlPathEqualTo("/api/v3/meetings/m9/attachments")).willReturn(ok(attachment("a.txt"))));
    wm.stubFor(post(urlPathEqualTo("/api/v3/attachments")).willReturn(ok(attachment("a.txt"))));
    try (OnePageCrmClient crm = crm()) {
      InputStream in = new ByteArrayInputStream("abc".getBytes(StandardCharsets.UTF_8));
      crm.attachments().upload(CONTACT, AttachmentTarget.call("c9"), FileUpload.of(in, "a.txt", "text/plain"));
      crm.attachments().upload(CONTACT, AttachmentTarget.meeting("m9"), FileUpload.of(new byte[3], "a.txt", null));
      crm.attachments().upload(CONTACT, AttachmentTarget.contact(CONTACT), FileUpload.of(new byte[3], "a.txt", null));
    }
    wm.verify(postRequestedFor(urlPathEqualTo("/api/v3/calls/c9/attachments"))
        .withRequestBody(equalToJson("{\"reference_type\":\"call\",\"reference_id\":\"c9\",\"size\":3}", true, true)));
    wm.verify(postRequestedFor(urlPathEqualTo("/api/v3/meetings/m9/attachments"))
        .withRequestBody(equalToJson("{\"reference_type\":\"meeting\",\"reference_id\":\"m9\"}", true, true)));
    wm.verify(postRequestedFor(urlPathEqualTo("/api/v3/attachments"))
        .withRequestBody(equalToJson("{\"reference_type\":\"contact\",\"contact_id\":\"" + CONTACT + "\"}", true, true)));
  }

  @Test
  void filesOverTenMegabytesAreRefusedBeforeUpload(@TempDir Path dir) throws Exception {
    byte[] big = new byte[(int) FileUpload.MAX_BYTES + 1];
    assertThatThrownBy(() -> FileUpload.of(big, "big.bin", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("file").hasMessageContaining("10 MB");
    assertThatThrownBy(() -> FileUpload.of(new ByteArrayInputStream(big), "big.bin", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10 MB");
    Path file = dir.resolve("big.bin");
    Files.write(file, big);
    assertThatThrownBy(() -> FileUpload.of(file, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10 MB");
    assertThat(FileUpload.of(new byte[(int) FileUpload.MAX_BYTES], "max.bin", null).size()).isEqualTo(FileUpload.MAX_BYTES);
    assertThat(wm.getAllServeEvents()).isEmpty();
  }

  @Test
  void storageRefusalBecomesAnApiExceptionAndNothingIsLinked() {
    stubForm("");
    wm.stubFor(post(urlEqualTo("/s3-bucket/")).willReturn(aResponse().withStatus(403)
        .withBody("<Error><Code>AccessDenied</Code><Message>Policy expired</Message></Error>")));
    try (OnePageCrmClient crm = crm()) {
      assertThatThrownBy(() -> crm.attachments().upload(CONTACT, AttachmentTarget.deal("d1"),
          FileUpload.of(new byte[1], "a.bin", null)))
          .isInstanceOf(ApiException.class).hasMessageContaining("Policy expired");
    }
    wm.verify(0, postRequestedFor(urlPathEqualTo("/api/v3/deals/d1/attachments")));
  }

  @Test
  void argumentsAreChecked() {
    try (OnePageCrmClient crm = crm()) {
      assertThatThrownBy(() -> crm.attachments().upload(" ", AttachmentTarget.deal("d1"), FileUpload.of(new byte[1], "a", null)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contact_id");
    }
    assertThatThrownBy(() -> FileUpload.of(new byte[1], "a/b", null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> AttachmentTarget.deal("")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("deal_id");
    wm.verify(0, postRequestedFor(anyUrl()));
  }

  private static String basic() {
    return "Basic " + java.util.Base64.getEncoder().encodeToString((USER_ID + ":" + API_KEY).getBytes(StandardCharsets.UTF_8));
  }
}
