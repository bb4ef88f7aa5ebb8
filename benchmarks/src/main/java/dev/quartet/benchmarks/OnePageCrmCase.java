package dev.quartet.benchmarks;

import dev.quartet.onepagecrm.params.ListContactsParams;
import dev.quartet.benchmarks.server.Routes;
import dev.quartet.onepagecrm.OnePageCrmClient;
import dev.quartet.onepagecrm.model.Contact;
import dev.quartet.onepagecrm.model.GetContactResponse;
import dev.quartet.onepagecrm.model.ListContactsResponse;
import dev.quartet.onepagecrm.model.ListContactsResponseItem;
import java.util.List;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/** OnePageCRM: get one contact and list 100 contacts (raw, SDK). */
public final class OnePageCrmCase implements AutoCloseable {
  static final String PREFIX = "/crm";
  static final String USER = "559cd1866f6e656707000001";
  static final String KEY = "bench-api-key";
  static final String CONTACT_ID = Payloads.objectId(1);
  static final int PAGE = 100;
  static final ListContactsParams FIRST_PAGE = ListContactsParams.builder().page(1).perPage(PAGE).build();

  /** Adds the fixed answers of this case to {@code routes}. */
  public static Routes routes(Routes routes) {
    routes.fixed(PREFIX + "/contacts/" + CONTACT_ID, Routes.Answer.json(Payloads.bytes(out -> {
      Payloads.envelopeStart(out);
      Payloads.ascii(out, "{\"contact\":");
      Payloads.CONTACT.write(out, CONTACT_ID);
      Payloads.ascii(out, "}");
      Payloads.envelopeEnd(out);
    })));
    routes.fixed(PREFIX + "/contacts", Routes.Answer.json(Payloads.bytes(out -> Payloads.contactPage(out, 1, PAGE, 2_500))));
    return routes;
  }

  private final Raw raw;
  private final HttpUrl base;
  private final OnePageCrmClient sdk;

  public OnePageCrmCase(String serverUrl, OkHttpClient http) {
    base = HttpUrl.get(serverUrl + PREFIX);
    raw = new Raw(http == null ? new OkHttpClient() : http, Credentials.basic(USER, KEY), "application/json");
    OnePageCrmClient.Builder b = OnePageCrmClient.builder().baseUrl(base.toString()).userId(USER).apiKey(KEY);
    if (http != null) {
      b.httpClient(http);
    }
    sdk = b.build();
  }

  // Raw builds its URL on every call from the base URL and the call's arguments, as a hand-written
  // call does (a URL built once in setup would leave out work every real call does).
  public Contact rawGet() {
    return raw.get(base.newBuilder().addPathSegment("contacts").addPathSegment(CONTACT_ID).build(), GetContactResponse.class).getData().getContact();
  }

  public Contact sdkGet() {
    return sdk.contacts().get(CONTACT_ID);
  }

  public List<ListContactsResponseItem> rawList() {
    HttpUrl url = base.newBuilder().addPathSegment("contacts")
        .addQueryParameter("page", "1").addQueryParameter("per_page", Integer.toString(PAGE)).build();
    return raw.get(url, ListContactsResponse.class).getData().getContacts();
  }

  public List<ListContactsResponseItem> sdkList() {
    return sdk.contacts().list(FIRST_PAGE).getData().getContacts();
  }

  public void check() {
    Checks.same("get contact", rawGet(), sdkGet());
    Checks.equal("list contacts", rawList().size(), PAGE);
    Checks.same("list contacts", rawList(), sdkList());
  }

  @Override
  public void close() {
    sdk.close();
  }
}
