package dev.quartet.examples;

import dev.quartet.core.ApiResponse;
import dev.quartet.sandbox.Sandbox;
import dev.quartet.sandbox.platform.PlatformSandbox;
import dev.quartet.platform.EventQuery;
import dev.quartet.platform.ListQuery;
import dev.quartet.platform.PlatformClient;
import dev.quartet.platform.Store;
import dev.quartet.platform.StoreClient;
import dev.quartet.platform.model.Model;
import dev.quartet.platform.model.ObjectEvent;
import dev.quartet.platform.model.PlatformObject;
import dev.quartet.platform.realtime.ConnectionState;
import dev.quartet.platform.realtime.SocketIoChannel;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Rightech IoT Cloud tour: log in, create an object, list objects of its model, send telemetry, print
 * the real-time events that follow, then read the object's model and the event history back. Uses the real platform when {@code PLATFORM_TOKEN} or
 * {@code PLATFORM_LOGIN} is set, otherwise the embedded sandbox.
 */
public final class PlatformExample {
  /** How long to print real-time events before closing the channel. */
  static final long LISTEN_MILLIS = 3000;

  private PlatformExample() {}

  /**
   * Runs the example against the platform when its variables are set, else against the sandbox.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    if (System.getenv("PLATFORM_TOKEN") != null || System.getenv("PLATFORM_LOGIN") != null) {
      try (PlatformClient platform = PlatformClient.fromEnv()) {
        run(platform, System.out);
      }
      return;
    }
    try (Sandbox sandbox = Sandbox.start(); PlatformClient platform = sandboxClient(sandbox.platform())) {
      run(platform, System.out);
    }
  }

  /**
   * {@return a client for the sandbox's platform, logging in for a token}
   *
   * @param sandbox where the sandbox serves the platform and its real-time channels
   */
  public static PlatformClient sandboxClient(PlatformSandbox sandbox) {
    return PlatformClient.builder()
        .baseUrl(sandbox.baseUrl())
        .realtimeUrl(sandbox.realtimeUrl())
        .login(sandbox.login(), sandbox.password())
        .build();
  }

  /**
   * Lists models and objects and listens in real time through {@code platform}, printing to {@code out}.
   *
   * @param platform the client to use
   * @param out where to print
   */
  public static void run(PlatformClient platform, PrintStream out) {
    out.println("== Rightech IoT Cloud platform ==");
    StoreClient<Model> models = platform.store(Store.MODELS);
    List<Model> someModels = models.list(ListQuery.builder().limit(1).only("name").build());
    out.println("Logged in (" + platform + ")");
    if (someModels.isEmpty()) {
      out.println("No model in this project: create one in the platform UI first.");
      return;
    }
    Model model = someModels.get(0);
    Instant start = Instant.now().minusSeconds(1);
    out.println("Using model " + model.getName() + " (" + model.getId() + ")");

    CountDownLatch open = new CountDownLatch(1);
    try (SocketIoChannel realtime = platform.realtime()) {
      realtime.addListener((event, payload) -> out.println("  [real-time] " + event + " " + abbreviate(payload.toString())));
      realtime.addListener(new dev.quartet.platform.realtime.RealtimeListener() {
        @Override
        public void onEvent(String event, com.fasterxml.jackson.databind.JsonNode payload) {}

        @Override
        public void onStateChange(ConnectionState state, Throwable cause) {
          out.println("  [real-time] " + state + (cause == null ? "" : " (" + cause.getMessage() + ")"));
          if (state == ConnectionState.OPEN) {
            open.countDown();
          }
        }
      });
      realtime.connect();
      awaitOpen(open, out);

      StoreClient<PlatformObject> objects = platform.store(Store.OBJECTS);
      String deviceId = "quartet-demo-" + System.currentTimeMillis() % 100000;
      PlatformObject created = objects.create(new PlatformObject().name("Quartet demo thermometer")
          .deviceId(deviceId).model(model.getId()));
      out.println("Created object " + created.getName() + " (" + created.getId() + ", device id " + created.getDeviceId()
          + ", created " + created.getTime() + ")");

      List<PlatformObject> ofModel = objects.list(ListQuery.builder().where("model", model.getId()).only("name", "id").limit(10).build());
      out.println("Objects of model " + model.getName() + ": " + ofModel.size());
      ofModel.forEach(o -> out.println("  " + o.getId() + "  " + o.getDeviceId() + "  " + o.getName()));
      ListQuery ofThisModel = ListQuery.builder().where("model", model.getId()).only("name", "id").build();
      ApiResponse<PlatformObject> read = objects.getWithResponse(created.getId());
      out.println("  store(OBJECTS).getWithResponse(" + created.getId() + "): HTTP " + read.status() + ", \""
          + read.body().getName() + "\"; listAllAsync(" + ofThisModel + ").limit(2): "
          + objects.listAllAsync(ofThisModel).limit(2).toList().join().size() + " objects");

      platform.objects().sendTelemetry(created.getId(), Map.of("temperature", 21.5, "online", true));
      out.println("Sent telemetry {temperature: 21.5, online: true}");
      objects.update(created.getId(), Map.of("description", "made by the Quartet SDK example"));
      out.println("Updated its description; listening for real-time events for " + LISTEN_MILLIS / 1000 + " s...");
      sleep(LISTEN_MILLIS);

      out.println("State after the packet: " + objects.get(created.getId()).getState());
      Model ofObject = platform.objects().model(created.getId());
      out.println("The object's model: " + ofObject.getName() + " (" + ofObject.getId() + ")");
      List<ObjectEvent> history = platform.events().history(EventQuery.builder()
          .from(start).to(Instant.now())
          .include("object-insert", "object-packet")
          .build());
      out.println("Event history since the start, object-insert and object-packet only: " + history.size() + " events");
      history.forEach(e -> out.println("  " + e.getTime() + "  " + e.getEvent() + "  " + e.getOid()));
      out.println("Event types seen in the organisation: " + platform.events().types().getUnique());

      objects.delete(created.getId());
      out.println("Deleted object " + created.getId());
      sleep(300);
    }
    out.println("Real-time channel closed.");
  }

  /** Waits a little for the channel, so the events of the next steps are seen; goes on regardless. */
  private static void awaitOpen(CountDownLatch open, PrintStream out) {
    try {
      if (!open.await(5, TimeUnit.SECONDS)) {
        out.println("  (real-time channel not open yet; continuing without waiting)");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String abbreviate(String text) {
    return text.length() > 160 ? text.substring(0, 157) + "..." : text;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
