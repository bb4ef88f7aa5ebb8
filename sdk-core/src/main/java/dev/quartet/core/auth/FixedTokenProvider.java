package dev.quartet.core.auth;

/** {@link TokenProvider#fixed(String)}: one token for good; refresh hands the same token back. */
final class FixedTokenProvider implements TokenProvider {
  private final AccessToken fixed;

  FixedTokenProvider(AccessToken fixed) {
    this.fixed = fixed;
  }

  @Override
  public AccessToken token() {
    return fixed;
  }

  @Override
  public AccessToken refresh(AccessToken rejected) {
    return fixed;
  }

  @Override
  public String toString() {
    return "TokenProvider.fixed(***)";
  }
}
