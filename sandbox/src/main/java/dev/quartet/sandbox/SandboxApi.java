package dev.quartet.sandbox;

import dev.quartet.sandbox.citypoint.CitypointSandbox;
import dev.quartet.sandbox.homestretch.HomeStretchSandbox;
import dev.quartet.sandbox.onepagecrm.OnePageCrmSandbox;
import dev.quartet.sandbox.platform.PlatformSandbox;

/** The four APIs a sandbox emulates, each under its own path prefix of the sandbox's root URL. */
public enum SandboxApi {
  /** HomeStretch, under {@code /homestretch}. */
  HOMESTRETCH("homestretch", HomeStretchSandbox.PREFIX, HomeStretchSandbox.PREFIX),
  /** The Rightech IoT Cloud platform, under {@code /platform}. */
  PLATFORM("platform", PlatformSandbox.PREFIX, PlatformSandbox.PREFIX),
  /** Citypoint v2.1, under {@code /citypoint/v2.1}. */
  CITYPOINT("citypoint", CitypointSandbox.PREFIX, CitypointSandbox.PREFIX),
  /** OnePageCRM v3, under {@code /onepagecrm} (the API at {@code /onepagecrm/api/v3}, uploads beside it). */
  ONEPAGECRM("onepagecrm", "/onepagecrm", OnePageCrmSandbox.PREFIX);

  private final String id;
  private final String prefix;
  private final String basePath;

  SandboxApi(String id, String prefix, String basePath) {
    this.id = id;
    this.prefix = prefix;
    this.basePath = basePath;
  }

  /** {@return the lower-case name used on the command line, e.g. {@code citypoint}} */
  public String id() {
    return id;
  }

  /** {@return the path prefix the API is served under, e.g. {@code /citypoint/v2.1}} */
  public String prefix() {
    return prefix;
  }

  /**
   * {@return the path a client's base URL ends with, e.g. {@code /onepagecrm/api/v3}}; fault rules match
   * paths below it
   */
  public String basePath() {
    return basePath;
  }

  /** {@return {@code path} below {@link #basePath()}, or below {@link #prefix()} when outside the base path} */
  String below(String path) {
    return path.startsWith(basePath + "/") || path.equals(basePath) ? path.substring(basePath.length())
        : path.substring(prefix.length());
  }

  /** {@return whether {@code path} (without the query) belongs to this API} */
  boolean serves(String path) {
    return path.equals(prefix) || path.startsWith(prefix + "/");
  }

  /**
   * {@return the API named {@code id}, case-insensitively}
   *
   * @param id e.g. {@code onepagecrm}
   * @throws IllegalArgumentException naming the known APIs when none matches
   */
  public static SandboxApi of(String id) {
    for (SandboxApi api : values()) {
      if (api.id.equalsIgnoreCase(id) || api.name().equalsIgnoreCase(id)) {
        return api;
      }
    }
    throw new IllegalArgumentException("unknown API '" + id + "': one of homestretch, platform, citypoint, onepagecrm");
  }
}
