package dev.quartet.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A folded pipeline behaves as its interceptors installed one by one, in one OkHttp hop. */
class PipelineTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final List<String> seen = new ArrayList<>();

  /** Records its name and the header chain so far, then adds itself to it. */
  private SdkInterceptor tagging(String name) {
    return step -> {
      String before = step.request().header("X-Chain");
      seen.add(name + " saw " + before);
      return step.proceed(step.request().newBuilder().header("X-Chain", before == null ? name : before + "," + name).build());
    };
  }

  @Test
  void foldsEachRunOfSdkInterceptorsAndKeepsOthersInPlace() {
    SdkInterceptor a = tagging("a");
    SdkInterceptor b = tagging("b");
    SdkInterceptor c = tagging("c");
    Interceptor plain = chain -> chain.proceed(chain.request());

    List<Interceptor> folded = Pipeline.fold(List.of(a, b, plain, c));

    assertThat(folded).hasSize(3);
    assertThat(folded.get(0)).isInstanceOf(Pipeline.class);
    assertThat(((Pipeline) folded.get(0)).stages()).containsExactly(a, b);
    assertThat(folded.get(1)).isSameAs(plain);
    assertThat(folded.get(2)).isSameAs(c); // a run of one stays as it is
  }

  @Test
  void runsStagesInOrderEachSeeingTheRequestThePreviousPassedOn() throws IOException {
    wm.stubFor(get(urlPathEqualTo("/x")).willReturn(aResponse().withStatus(200).withBody("ok")));
    Interceptor plain = chain -> {
      seen.add("plain saw " + chain.request().header("X-Chain"));
      return chain.proceed(chain.request());
    };
    OkHttpClient.Builder builder = new OkHttpClient.Builder();
    builder.interceptors().addAll(Pipeline.fold(List.of(tagging("a"), tagging("b"), plain, tagging("c"), tagging("d"))));

    try (Response response = builder.build().newCall(new Request.Builder().url(wm.url("/x")).build()).execute()) {
      assertThat(response.body().string()).isEqualTo("ok");
    }

    assertThat(seen).containsExactly("a saw null", "b saw a", "plain saw a,b", "c saw a,b", "d saw a,b,c");
    wm.verify(getRequestedFor(urlPathEqualTo("/x")).withHeader("X-Chain", equalTo("a,b,c,d")));
  }

  @Test
  void aStageMayProceedAgainAndTheRestRunsAgain() throws IOException {
    wm.stubFor(get(urlPathEqualTo("/twice")).willReturn(aResponse().withStatus(503)));
    SdkInterceptor twice = step -> {
      step.proceed(step.request()).close();
      assertThat(step.call().isCanceled()).isFalse();
      return step.proceed(step.request());
    };
    OkHttpClient.Builder builder = new OkHttpClient.Builder();
    builder.interceptors().addAll(Pipeline.fold(List.of(twice, tagging("after"))));

    try (Response response = builder.build().newCall(new Request.Builder().url(wm.url("/twice")).build()).execute()) {
      assertThat(response.code()).isEqualTo(503);
    }

    assertThat(seen).containsExactly("after saw null", "after saw null");
    wm.verify(2, getRequestedFor(urlPathEqualTo("/twice")).withHeader("X-Chain", equalTo("after")));
  }

  @Test
  void aStageFailureReachesTheCallerAndStopsTheRest() {
    SdkInterceptor failing = step -> {
      throw new IOException("refused by stage");
    };
    OkHttpClient.Builder builder = new OkHttpClient.Builder();
    builder.interceptors().addAll(Pipeline.fold(List.of(tagging("a"), failing, tagging("never"))));

    assertThatThrownBy(() -> builder.build().newCall(new Request.Builder().url(wm.url("/none")).build()).execute())
        .isInstanceOf(IOException.class).hasMessage("refused by stage");
    assertThat(seen).containsExactly("a saw null");
    assertThat(wm.getAllServeEvents()).isEmpty();
  }
}
