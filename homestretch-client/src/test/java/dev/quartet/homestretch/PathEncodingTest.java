package dev.quartet.homestretch;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A place id is data: slashes, dots, spaces and query characters cannot change the path. */
class PathEncodingTest extends HomeStretchTestSupport {

  @Test
  void slashesDotsAndSpacesAreEncodedIntoOneSegment() {
    stubToken();
    wm.stubFor(any(anyUrl()).atPriority(10).willReturn(okJson(fixture("place"))));
    try (HomeStretchClient hs = client()) {
      hs.places().getPlace("../company/x y?z#w");
    }
    wm.verify(getRequestedFor(urlEqualTo("/places/..%2Fcompany%2Fx%20y%3Fz%23w")));
    wm.verify(0, getRequestedFor(urlPathEqualTo("/company")));
  }

  @Test
  void aDotSegmentIdIsRefusedBeforeSending() {
    try (HomeStretchClient hs = client()) {
      assertThatThrownBy(() -> hs.places().getPlace(".."))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("id must not be \".\" or \"..\"");
    }
    assertThat(wm.getAllServeEvents()).isEmpty();
  }
}
