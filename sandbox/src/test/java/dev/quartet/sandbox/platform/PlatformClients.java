package dev.quartet.sandbox.platform;

import dev.quartet.platform.AuthMode;
import dev.quartet.platform.PlatformClient;
import dev.quartet.platform.realtime.Backoff;
import dev.quartet.sandbox.Sandbox;
import dev.quartet.sandbox.SandboxRequest;
import java.time.Duration;

/** Clients of a sandbox's platform in each way the published client authenticates, and login counting. */
final class PlatformClients {
  private PlatformClients() {}

  static PlatformClient.Builder builder(PlatformSandbox platform) {
    return PlatformClient.builder().baseUrl(platform.baseUrl()).realtimeUrl(platform.realtimeUrl())
        .reconnectBackoff(new Backoff(Duration.ofMillis(100), Duration.ofMillis(500)));
  }

  static PlatformClient tokenLogin(PlatformSandbox platform, String password) {
    return builder(platform).login(platform.login(), password).authMode(AuthMode.TOKEN).build();
  }

  static PlatformClient cookieLogin(PlatformSandbox platform, String password) {
    return builder(platform).login(platform.login(), password).authMode(AuthMode.COOKIE).build();
  }

  static PlatformClient bearer(PlatformSandbox platform, String token) {
    return builder(platform).token(token).build();
  }

  /** How many times {@code POST /api/v1/auth} ({@code token}: {@code /auth/token}) was asked so far. */
  static long logins(Sandbox sandbox, boolean token) {
    String path = PlatformSandbox.PREFIX + (token ? "/api/v1/auth/token" : "/api/v1/auth");
    return sandbox.requests().stream().filter(r -> r.method().equals("POST") && r.url().equals(path)).count();
  }

  /** How many calls the platform answered with 401 so far. */
  static long unauthorized(Sandbox sandbox) {
    return sandbox.requests().stream().map(SandboxRequest::status).filter(s -> s == 401).count();
  }
}
