package dev.quartet.sandbox;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The sandbox's one WireMock extension: every request comes here, goes to the emulator whose prefix
 * its path has, through the fault rules; what no emulator answers is a 404 and is reported.
 */
final class SandboxDispatcher implements ResponseDefinitionTransformerV2 {
  static final String NAME = "quartet-sandbox";
  static final String UNMATCHED_HEADER = "X-Sandbox-Unmatched";

  private final List<Emulator> emulators;
  private final Faults faults;
  private final int unmatchedLimit;
  private final ConcurrentLinkedDeque<SandboxRequest> unmatched = new ConcurrentLinkedDeque<>();

  SandboxDispatcher(List<Emulator> emulators, Faults faults, int unmatchedLimit) {
    this.emulators = emulators;
    this.faults = faults;
    this.unmatchedLimit = unmatchedLimit;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    String method = event.getRequest().getMethod().getName();
    String url = event.getRequest().getUrl();
    String path = url.replaceFirst("\\?.*", "");
    for (Emulator emulator : emulators) {
      if (emulator.api().serves(path)) {
        String below = emulator.api().below(path);
        ResponseDefinition answer = faults.apply(emulator, method, below, () -> emulator.transform(event));
        if (answer.getHeaders() != null && answer.getHeaders().getHeader(UNMATCHED_HEADER).isPresent()) {
          record(new SandboxRequest(method, url, answer.getStatus()));
        }
        return answer;
      }
    }
    record(new SandboxRequest(method, url, 404));
    return SandboxHttp.notEmulated(SandboxHttp.json(404,
        "{\"message\":\"The sandbox serves /homestretch, /platform, /citypoint/v2.1 and /onepagecrm; not " + jsonSafe(path) + "\"}"));
  }

  /** {@return the requests no emulator had an answer for, oldest first} */
  List<SandboxRequest> unmatched() {
    return List.copyOf(unmatched);
  }

  void clearUnmatched() {
    unmatched.clear();
  }

  private void record(SandboxRequest request) {
    unmatched.addLast(request);
    while (unmatched.size() > unmatchedLimit) {
      unmatched.pollFirst();
    }
  }

  private static String jsonSafe(String path) {
    return path.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
