package dev.quartet.onepagecrm;

import dev.quartet.core.ApiInvoker;
import dev.quartet.core.Memoized;
import dev.quartet.core.Checks;
import dev.quartet.core.ClientBuilder;
import dev.quartet.core.Env;
import dev.quartet.core.Json;
import dev.quartet.core.RequestOptions;
import dev.quartet.core.SdkClient;
import dev.quartet.core.Transport;
import dev.quartet.core.auth.BasicAuthInterceptor;
import dev.quartet.core.errors.ConfigurationException;
import dev.quartet.core.retry.RetryPolicy;
import dev.quartet.onepagecrm.api.ActionStreamApi;
import dev.quartet.onepagecrm.api.BootstrapApi;
import dev.quartet.onepagecrm.api.CompanyFieldsApi;
import dev.quartet.onepagecrm.api.CountriesApi;
import dev.quartet.onepagecrm.api.CustomFieldsApi;
import dev.quartet.onepagecrm.api.DealFieldsApi;
import dev.quartet.onepagecrm.api.FiltersApi;
import dev.quartet.onepagecrm.api.LeadSourcesApi;
import dev.quartet.onepagecrm.api.NotificationsApi;
import dev.quartet.onepagecrm.api.PipelinesApi;
import dev.quartet.onepagecrm.api.PredefinedActionsApi;
import dev.quartet.onepagecrm.api.PredefinedItemGroupsApi;
import dev.quartet.onepagecrm.api.PredefinedItemsApi;
import dev.quartet.onepagecrm.api.RelationshipTypesApi;
import dev.quartet.onepagecrm.api.StatusesApi;
import dev.quartet.onepagecrm.api.TeamStreamApi;
import dev.quartet.onepagecrm.api.UsersApi;
import dev.quartet.onepagecrm.api.WebHooksApi;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Client for the OnePageCRM API v3. Immutable and thread-safe: build one and share it.
 *
 * <pre>{@code
 * OnePageCrmClient crm = OnePageCrmClient.builder().userId(id).apiKey(key).build();
 * Contact ada = crm.contacts().create(new ContactRequest().firstName("Ada").lastName("Lovelace"));
 * for (Deal deal : crm.deals().listAll()) { ... }
 * }</pre>
 *
 * <p>Every call carries HTTP Basic credentials (user id and API key). Error answers become typed
 * exceptions whose {@code error(OnePageCrmError.class)} holds the server's reasons per field.
 */
public final class OnePageCrmClient extends SdkClient {
  static final String API_NAME = "onepagecrm";

  private final Memoized<Contacts> contacts;
  private final Memoized<ActionStreamApi> actionStream;
  private final Memoized<Actions> actions;
  private final Memoized<Attachments> attachments;
  private final Memoized<BootstrapApi> bootstrap;
  private final Memoized<Calls> calls;
  private final Memoized<Companies> companies;
  private final Memoized<CompanyFieldsApi> companyFields;
  private final Memoized<CountriesApi> countries;
  private final Memoized<CustomFieldsApi> customFields;
  private final Memoized<DealFieldsApi> dealFields;
  private final Memoized<Deals> deals;
  private final Memoized<FiltersApi> filters;
  private final Memoized<LeadSourcesApi> leadSources;
  private final Memoized<Meetings> meetings;
  private final Memoized<Notes> notes;
  private final Memoized<NotificationsApi> notifications;
  private final Memoized<PipelinesApi> pipelines;
  private final Memoized<PredefinedActionsApi> predefinedActions;
  private final Memoized<PredefinedActionGroups> predefinedActionGroups;
  private final Memoized<PredefinedItemGroupsApi> predefinedItemGroups;
  private final Memoized<PredefinedItemsApi> predefinedItems;
  private final Memoized<RelationshipTypesApi> relationshipTypes;
  private final Memoized<StatusesApi> statuses;
  private final Memoized<TeamStreamApi> teamStream;
  private final Memoized<UsersApi> users;
  private final Memoized<WebHooksApi> webhooks;
  private final OkHttpClient uploadHttp;
  private final Clock clock;

  private OnePageCrmClient(Transport transport, ApiInvoker invoker, OkHttpClient uploadHttp, Clock clock) {
    super(transport, invoker);
    this.uploadHttp = uploadHttp;
    this.clock = clock;
    this.contacts = Memoized.of(() -> new Contacts(invoker));
    this.actionStream = Memoized.of(() -> new ActionStreamApi(invoker));
    this.actions = Memoized.of(() -> new Actions(invoker));
    this.bootstrap = Memoized.of(() -> new BootstrapApi(invoker));
    this.calls = Memoized.of(() -> new Calls(invoker));
    this.companies = Memoized.of(() -> new Companies(invoker));
    this.companyFields = Memoized.of(() -> new CompanyFieldsApi(invoker));
    this.countries = Memoized.of(() -> new CountriesApi(invoker));
    this.customFields = Memoized.of(() -> new CustomFieldsApi(invoker));
    this.dealFields = Memoized.of(() -> new DealFieldsApi(invoker));
    this.deals = Memoized.of(() -> new Deals(invoker));
    this.filters = Memoized.of(() -> new FiltersApi(invoker));
    this.leadSources = Memoized.of(() -> new LeadSourcesApi(invoker));
    this.meetings = Memoized.of(() -> new Meetings(invoker));
    this.notes = Memoized.of(() -> new Notes(invoker));
    this.notifications = Memoized.of(() -> new NotificationsApi(invoker));
    this.pipelines = Memoized.of(() -> new PipelinesApi(invoker));
    this.predefinedActions = Memoized.of(() -> new PredefinedActionsApi(invoker));
    this.predefinedActionGroups = Memoized.of(() -> new PredefinedActionGroups(invoker));
    this.predefinedItemGroups = Memoized.of(() -> new PredefinedItemGroupsApi(invoker));
    this.predefinedItems = Memoized.of(() -> new PredefinedItemsApi(invoker));
    this.relationshipTypes = Memoized.of(() -> new RelationshipTypesApi(invoker));
    this.statuses = Memoized.of(() -> new StatusesApi(invoker));
    this.teamStream = Memoized.of(() -> new TeamStreamApi(invoker));
    this.users = Memoized.of(() -> new UsersApi(invoker));
    this.webhooks = Memoized.of(() -> new WebHooksApi(invoker));
    this.attachments = Memoized.of(() -> new Attachments(invoker, uploadHttp, clock, deals.get(), notes.get(), calls.get(), meetings.get()));
  }

  /** {@return a builder for a client} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured from environment variables: {@code ONEPAGECRM_USER_ID} and
   * {@code ONEPAGECRM_API_KEY} (required), {@code ONEPAGECRM_BASE_URL} (optional).
   * {@code builder().fromEnv()} reads the same and can still be customised.
   *
   * @return the client
   * @throws ConfigurationException naming a variable that is missing or unusable
   */
  public static OnePageCrmClient fromEnv() {
    return fromEnv(System.getenv());
  }

  /**
   * {@return {@link #fromEnv()} reading from {@code env} instead of the process environment}
   *
   * @param env the variables to read, e.g. a test's map
   */
  public static OnePageCrmClient fromEnv(Map<String, String> env) {
    return builder().fromEnv(env).build();
  }


  /** {@return contacts, with lazy listing of all of them, partial update and undo of a delete} */
  public Contacts contacts() {
    return contacts.get();
  }

  /** {@return action stream: the operations tagged ActionStream in the API reference} */
  public ActionStreamApi actionStream() {
    return actionStream.get();
  }

  /** {@return actions, with entity-returning short calls, unlink, partial update, undo of a delete and lazy listing} */
  public Actions actions() {
    return actions.get();
  }

  /** {@return attachments, with {@link Attachments#upload} doing the whole S3 upload and link in one call} */
  public Attachments attachments() {
    return attachments.get();
  }

  /** {@return bootstrap: the operations tagged Bootstrap in the API reference} */
  public BootstrapApi bootstrap() {
    return bootstrap.get();
  }

  /** {@return calls, with entity-returning short calls, partial update, undo of a delete and lazy listing} */
  public Calls calls() {
    return calls.get();
  }

  /** {@return companies, with entity-returning short calls and lazy listing of all of them} */
  public Companies companies() {
    return companies.get();
  }

  /** {@return company fields: the operations tagged CompanyFields in the API reference} */
  public CompanyFieldsApi companyFields() {
    return companyFields.get();
  }

  /** {@return countries: the operations tagged Countries in the API reference} */
  public CountriesApi countries() {
    return countries.get();
  }

  /** {@return custom fields: the operations tagged CustomFields in the API reference} */
  public CustomFieldsApi customFields() {
    return customFields.get();
  }

  /** {@return deal fields: the operations tagged DealFields in the API reference} */
  public DealFieldsApi dealFields() {
    return dealFields.get();
  }

  /** {@return deals, with entity-returning short calls, partial update, undo of a delete and lazy listing} */
  public Deals deals() {
    return deals.get();
  }

  /** {@return filters: the operations tagged Filters in the API reference} */
  public FiltersApi filters() {
    return filters.get();
  }

  /** {@return lead sources: the operations tagged LeadSources in the API reference} */
  public LeadSourcesApi leadSources() {
    return leadSources.get();
  }

  /** {@return meetings, with entity-returning short calls, partial update, undo of a delete and lazy listing} */
  public Meetings meetings() {
    return meetings.get();
  }

  /** {@return notes, with entity-returning short calls, partial update, undo of a delete and lazy listing} */
  public Notes notes() {
    return notes.get();
  }

  /** {@return notifications: the operations tagged Notifications in the API reference} */
  public NotificationsApi notifications() {
    return notifications.get();
  }

  /** {@return pipelines: the operations tagged Pipelines in the API reference} */
  public PipelinesApi pipelines() {
    return pipelines.get();
  }

  /** {@return predefined actions: the operations tagged PredefinedActions in the API reference} */
  public PredefinedActionsApi predefinedActions() {
    return predefinedActions.get();
  }

  /** {@return predefined action groups, with entity-returning short calls ({@link PredefinedActionGroups#list}, ...)} */
  public PredefinedActionGroups predefinedActionGroups() {
    return predefinedActionGroups.get();
  }

  /** {@return predefined item groups: the operations tagged PredefinedItemGroups in the API reference} */
  public PredefinedItemGroupsApi predefinedItemGroups() {
    return predefinedItemGroups.get();
  }

  /** {@return predefined items: the operations tagged PredefinedItems in the API reference} */
  public PredefinedItemsApi predefinedItems() {
    return predefinedItems.get();
  }

  /** {@return relationship types: the operations tagged RelationshipTypes in the API reference} */
  public RelationshipTypesApi relationshipTypes() {
    return relationshipTypes.get();
  }

  /** {@return statuses: the operations tagged Statuses in the API reference} */
  public StatusesApi statuses() {
    return statuses.get();
  }

  /** {@return team stream: the operations tagged TeamStream in the API reference} */
  public TeamStreamApi teamStream() {
    return teamStream.get();
  }

  /** {@return users: the operations tagged Users in the API reference} */
  public UsersApi users() {
    return users.get();
  }

  /** {@return web hooks: the operations tagged WebHooks in the API reference} */
  public WebHooksApi webhooks() {
    return webhooks.get();
  }

  /**
   * A client whose calls also carry {@code options} (timeout, headers, query). It shares this
   * client's connections and credentials; closing it does nothing, close the original.
   *
   * @param options the per-call settings
   * @return the derived client
   */
  public OnePageCrmClient withOptions(RequestOptions options) {
    return new OnePageCrmClient(null, invoker().withOptions(options), uploadHttp, clock);
  }




  /** Configures a {@link OnePageCrmClient}; {@code userId} and {@code apiKey} are required. */
  public static final class Builder extends ClientBuilder<Builder> {
    private String userId;
    private String apiKey;
    private Region region = Region.DEFAULT;
    private RateLimiter rateLimiter;
    private Clock clock = Clock.systemUTC();

    private Builder() {
      super(null); // resolved from the region unless set
    }

    /** Reads {@code ONEPAGECRM_USER_ID}, {@code ONEPAGECRM_API_KEY} (required) and {@code ONEPAGECRM_BASE_URL}. */
    @Override
    protected void applyEnv(Env env) {
      userId(env.required("ONEPAGECRM_USER_ID"));
      apiKey(env.required("ONEPAGECRM_API_KEY"));
      env.optionalUrl("ONEPAGECRM_BASE_URL").ifPresent(this::baseUrl);
    }

    /**
     * The user id shown in the app under Apps / API; the Basic-auth user name.
     *
     * @param userId the user ID
     * @return this builder
     */
    public Builder userId(String userId) {
      this.userId = userId;
      return this;
    }

    /**
     * The API key; the Basic-auth password.
     *
     * @param apiKey the API key
     * @return this builder
     */
    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    /**
     * The account's region; {@link Region#DEFAULT} unless set. Ignored when {@link #baseUrl} is set.
     *
     * @param region the region
     * @return this builder
     */
    public Builder region(Region region) {
      this.region = Checks.required("region", region);
      return this;
    }

    /** An explicit base URL (e.g. a proxy or a test server); wins over {@link #region}. */
    @Override
    public Builder baseUrl(String baseUrl) {
      return super.baseUrl(baseUrl);
    }




    /**
     * Paces requests client-side: at most {@code burst} at once, then {@code requestsPerSecond} (the API
     * allows about 5/s with bursts of 10, so {@code rateLimit(5, 10)} keeps a batch job clear of 429s).
     * Off by default. Every attempt counts, retries included, as the server counts them too.
     *
     * @param requestsPerSecond the sustained rate
     * @param burst how many requests may go at once after a pause
     * @return this builder
     */
    public Builder rateLimit(double requestsPerSecond, int burst) {
      this.rateLimiter = new RateLimiter(requestsPerSecond, burst);
      return this;
    }

    /**
     * Paces requests with {@code limiter} (null: no limit); share one limiter between clients of one account.
     *
     * @param limiter the limiter
     * @return this builder
     */
    public Builder rateLimiter(RateLimiter limiter) {
      this.rateLimiter = limiter;
      return this;
    }

    /**
     * The clock behind upload keys' timestamps; the system clock unless set (tests fix it).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Checks.required("clock", clock);
      return this;
    }

    /** {@return the client; an exception naming a missing or malformed setting} */
    public OnePageCrmClient build() {
      if (userId == null || userId.isBlank()) {
        throw new ConfigurationException("userId is required (the Basic-auth user name)");
      }
      if (apiKey == null || apiKey.isBlank()) {
        throw new ConfigurationException("apiKey is required (the Basic-auth password)");
      }
      String explicit = baseUrlSetting();
      HttpUrl base = explicit != null && !explicit.isBlank()
          ? parsedBaseUrl("set a region or a base URL")
          : ClientBuilder.parseUrl("baseUrl", region.baseUrl());
      Transport transport = transport(API_NAME)
          .perAttempt(rateLimiter == null ? null : new RateLimitInterceptor(rateLimiter))
          .build();
      ApiInvoker invoker = invoker(transport.client(new BasicAuthInterceptor(userId, apiKey)), base,
          Json.mapper(), OnePageCrmErrorParser.create(Json.mapper()));
      // S3 uploads go to another host: that pipeline has no auth layer at all
      return new OnePageCrmClient(transport, invoker, transport.unauthenticated(), clock);
    }

    @Override
    public String toString() {
      return "OnePageCrmClient.Builder{userId=" + userId + ", region=" + region + ", baseUrl=" + baseUrlSetting()
          + ", rateLimiter=" + rateLimiter + "}";
    }
  }
}
