package dev.quartet.onepagecrm;

import dev.quartet.core.ApiInvoker;
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

  private final Contacts contacts;
  private final ActionStreamApi actionStream;
  private final Actions actions;
  private final Attachments attachments;
  private final BootstrapApi bootstrap;
  private final Calls calls;
  private final Companies companies;
  private final CompanyFieldsApi companyFields;
  private final CountriesApi countries;
  private final CustomFieldsApi customFields;
  private final DealFieldsApi dealFields;
  private final Deals deals;
  private final FiltersApi filters;
  private final LeadSourcesApi leadSources;
  private final Meetings meetings;
  private final Notes notes;
  private final NotificationsApi notifications;
  private final PipelinesApi pipelines;
  private final PredefinedActionsApi predefinedActions;
  private final PredefinedActionGroups predefinedActionGroups;
  private final PredefinedItemGroupsApi predefinedItemGroups;
  private final PredefinedItemsApi predefinedItems;
  private final RelationshipTypesApi relationshipTypes;
  private final StatusesApi statuses;
  private final TeamStreamApi teamStream;
  private final UsersApi users;
  private final WebHooksApi webhooks;
  private final OkHttpClient uploadHttp;
  private final Clock clock;

  private OnePageCrmClient(Transport transport, ApiInvoker invoker, OkHttpClient uploadHttp, Clock clock) {
    super(transport, invoker);
    this.uploadHttp = uploadHttp;
    this.clock = clock;
    this.contacts = new Contacts(invoker);
    this.actionStream = new ActionStreamApi(invoker);
    this.actions = new Actions(invoker);
    this.bootstrap = new BootstrapApi(invoker);
    this.calls = new Calls(invoker);
    this.companies = new Companies(invoker);
    this.companyFields = new CompanyFieldsApi(invoker);
    this.countries = new CountriesApi(invoker);
    this.customFields = new CustomFieldsApi(invoker);
    this.dealFields = new DealFieldsApi(invoker);
    this.deals = new Deals(invoker);
    this.filters = new FiltersApi(invoker);
    this.leadSources = new LeadSourcesApi(invoker);
    this.meetings = new Meetings(invoker);
    this.notes = new Notes(invoker);
    this.notifications = new NotificationsApi(invoker);
    this.pipelines = new PipelinesApi(invoker);
    this.predefinedActions = new PredefinedActionsApi(invoker);
    this.predefinedActionGroups = new PredefinedActionGroups(invoker);
    this.predefinedItemGroups = new PredefinedItemGroupsApi(invoker);
    this.predefinedItems = new PredefinedItemsApi(invoker);
    this.relationshipTypes = new RelationshipTypesApi(invoker);
    this.statuses = new StatusesApi(invoker);
    this.teamStream = new TeamStreamApi(invoker);
    this.users = new UsersApi(invoker);
    this.webhooks = new WebHooksApi(invoker);
    this.attachments = new Attachments(invoker, uploadHttp, clock, deals, notes, calls, meetings);
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
    return contacts;
  }

  /** {@return action stream: the operations tagged ActionStream in the API reference} */
  public ActionStreamApi actionStream() {
    return actionStream;
  }

  /** {@return actions, with entity-returning short calls, unlink, partial update, undo of a delete and lazy listing} */
  public Actions actions() {
    return actions;
  }

  /** {@return attachments, with {@link Attachments#upload} doing the whole S3 upload and link in one call} */
  public Attachments attachments() {
    return attachments;
  }

  /** {@return bootstrap: the operations tagged Bootstrap in the API reference} */
  public BootstrapApi bootstrap() {
    return bootstrap;
  }

  /** {@return calls, with entity-returning short calls, partial update, undo of a delete and lazy listing} */
  public Calls calls() {
    return calls;
  }

  /** {@return companies, with entity-returning short calls and lazy listing of all of them} */
  public Companies companies() {
    return companies;
  }

  /** {@return company fields: the operations tagged CompanyFields in the API reference} */
  public CompanyFieldsApi companyFields() {
    return companyFields;
  }

  /** {@return countries: the operations tagged Countries in the API reference} */
  public CountriesApi countries() {
    return countries;
  }

  /** {@return custom fields: the operations tagged CustomFields in the API reference} */
  public CustomFieldsApi customFields() {
    return customFields;
  }

  /** {@return deal fields: the operations tagged DealFields in the API reference} */
  public DealFieldsApi dealFields() {
    return dealFields;
  }

  /** {@return deals, with entity-returning short calls, partial update, undo of a delete and lazy listing} */
  public Deals deals() {
    return deals;
  }

  /** {@return filters: the operations tagged Filters in the API reference} */
  public FiltersApi filters() {
    return filters;
  }

  /** {@return lead sources: the operations tagged LeadSources in the API reference} */
  public LeadSourcesApi leadSources() {
    return leadSources;
  }

  /** {@return meetings, with entity-returning short calls, partial update, undo of a delete and lazy listing} */
  public Meetings meetings() {
    return meetings;
  }

  /** {@return notes, with entity-returning short calls, partial update, undo of a delete and lazy listing} */
  public Notes notes() {
    return notes;
  }

  /** {@return notifications: the operations tagged Notifications in the API reference} */
  public NotificationsApi notifications() {
    return notifications;
  }

  /** {@return pipelines: the operations tagged Pipelines in the API reference} */
  public PipelinesApi pipelines() {
    return pipelines;
  }

  /** {@return predefined actions: the operations tagged PredefinedActions in the API reference} */
  public PredefinedActionsApi predefinedActions() {
    return predefinedActions;
  }

  /** {@return predefined action groups, with entity-returning short calls ({@link PredefinedActionGroups#list}, ...)} */
  public PredefinedActionGroups predefinedActionGroups() {
    return predefinedActionGroups;
  }

  /** {@return predefined item groups: the operations tagged PredefinedItemGroups in the API reference} */
  public PredefinedItemGroupsApi predefinedItemGroups() {
    return predefinedItemGroups;
  }

  /** {@return predefined items: the operations tagged PredefinedItems in the API reference} */
  public PredefinedItemsApi predefinedItems() {
    return predefinedItems;
  }

  /** {@return relationship types: the operations tagged RelationshipTypes in the API reference} */
  public RelationshipTypesApi relationshipTypes() {
    return relationshipTypes;
  }

  /** {@return statuses: the operations tagged Statuses in the API reference} */
  public StatusesApi statuses() {
    return statuses;
  }

  /** {@return team stream: the operations tagged TeamStream in the API reference} */
  public TeamStreamApi teamStream() {
    return teamStream;
  }

  /** {@return users: the operations tagged Users in the API reference} */
  public UsersApi users() {
    return users;
  }

  /** {@return web hooks: the operations tagged WebHooks in the API reference} */
  public WebHooksApi webhooks() {
    return webhooks;
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
