package dev.quartet.readme;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quartet.platform.ListQuery;
import dev.quartet.platform.PlatformClient;
import dev.quartet.platform.Store;
import dev.quartet.platform.StoreClient;
import dev.quartet.platform.model.PlatformObject;
import dev.quartet.platform.realtime.SocketIoChannel;
import java.util.Map;
import java.util.concurrent.TimeUnit;

class QuickStartPlatform {
  void run(String modelId) throws Exception {
    // readme:begin
    try (PlatformClient platform = PlatformClient.builder()
            .baseUrl("https://dev.rightech.io")                    // the default; on-premise: your URL
            .login("api-user", System.getenv("PLATFORM_PASSWORD"))  // or .token(apiToken)
            .build()) {                                           // .authMode(AuthMode.COOKIE) for a sid session
      StoreClient<PlatformObject> objects = platform.store(Store.OBJECTS);  // typed view; platform.store("objects") for Entity
      PlatformObject boiler = objects.create(new PlatformObject().name("Boiler 1").deviceId("boiler-0001").model(modelId));
      for (PlatformObject o : objects.listAll(ListQuery.builder().where("model", modelId).build())) {  // lazily, 1,000 per request, past the 10000 cap
        System.out.println(o.getId() + " " + o.getDeviceId() + " " + o.getStatus() + " " + o.getState());
      }
      platform.objects().sendTelemetry(boiler.getId(), Map.of("temperature", 36.6));

      try (SocketIoChannel events = platform.realtime()) {   // socket.io over WebSocket, Engine.IO v3 or v4
        events.addListener((event, payload) -> System.out.println(event + " " + payload));
        events.connect();
        JsonNode ack = events.emitWithAck("subscribe", Map.of("id", boiler.getId()))  // for events your server acknowledges
            .get(10, TimeUnit.SECONDS);
        Thread.sleep(5000);
      }
    }
    // readme:end
  }
}
