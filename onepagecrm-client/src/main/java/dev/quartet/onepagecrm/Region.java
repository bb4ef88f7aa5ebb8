package dev.quartet.onepagecrm;

/** Where an OnePageCRM account lives; each region has its own API host. */
public enum Region {
  /** The main host, {@code app.onepagecrm.com}; the default. */
  DEFAULT("https://app.onepagecrm.com/api/v3"),
  /**
   * The European host. The vendor's reference only says an EU host exists; the address
   * {@code eu.onepagecrm.com} is our assumption, so pass {@code baseUrl(...)} if your account differs.
   */
  EU("https://eu.onepagecrm.com/api/v3");

  private final String baseUrl;

  Region(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** {@return the API base URL of this region} */
  public String baseUrl() {
    return baseUrl;
  }
}
