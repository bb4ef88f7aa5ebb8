package dev.quartet.sandbox.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quartet.platform.EventQuery;
import dev.quartet.platform.HistoryQuery;
import dev.quartet.platform.ListQuery;
import dev.quartet.platform.PlatformClient;
import dev.quartet.platform.Store;
import dev.quartet.platform.api.AuthApi;
import dev.quartet.platform.model.Credentials;
import dev.quartet.platform.model.Model;
import dev.quartet.platform.model.ObjectEvent;
import dev.quartet.platform.model.PlatformObject;
import dev.quartet.platform.realtime.ConnectionState;
import dev.quartet.platform.realtime.EventStreamChannel;
import dev.quartet.platform.realtime.PlatformEventListener;
import dev.quartet.platform.realtime.RealtimeListener;
import dev.quartet.platform.realtime.PlatformEvent;
import dev.quartet.platform.realtime.SocketIoChannel;
import dev.quartet.sandbox.SandboxExtension;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every operation of the published platform client answers through the sandbox (issue 13, section 3),
 * and each real-time channel delivers the event a change causes.
 */
class PlatformOperationCoverageTest {
  private static final String API_PACKAGE = AuthApi.class.getPackageName();
  @RegisterExtension
  static final SandboxExtension SANDBOX = new SandboxExtension();

  @Test
  void everyOperationOfTheClientIsAnswered() throws Exception {
    PlatformSandbox info = SANDBOX.sandbox().platform();
    try (PlatformClient platform = PlatformClients.tokenLogin(info, info.password());
        SocketIoChannel socketIo = platform.realtime();
        EventStreamChannel stream = platform.eventStream()) {
      CompletableFuture<String> socketIoInsert = new CompletableFuture<>();
      CompletableFuture<String> streamInsert = new CompletableFuture<>();
      CountDownLatch open = new CountDownLatch(2);
      socketIo.addListener(new RealtimeListener() {
        @Override
        public void onEvent(String event, JsonNode payload) {
          if (event.equals("object-insert")) {
            socketIoInsert.complete(payload.path("_oid").asText());
          }
        }

        @Override
        public void onStateChange(ConnectionState state, Throwable cause) {
          if (state == ConnectionState.OPEN) {
            open.countDown();
          }
        }
      });
      stream.addListener(new PlatformEventListener() {
        @Override
        public void onEvent(PlatformEvent event) {
          if (event.raw().path("event").asText().equals("object-insert")) {
            streamInsert.complete(event.objectId());
          }
        }

        @Override
        public void onStateChange(ConnectionState state, Throwable cause) {
          if (state == ConnectionState.OPEN) {
            open.countDown();
          }
        }
      });
      socketIo.connect();
      stream.connect();
      assertThat(open.await(10, TimeUnit.SECONDS)).as("both real-time channels open").isTrue();

      Map<String, Supplier<Object>> table = table(platform, info);
      Set<String> missing = new TreeSet<>(operations());
      missing.removeAll(table.keySet());
      Set<String> obsolete = new TreeSet<>(table.keySet());
      obsolete.removeAll(operations());
      assertThat(missing).as("client operations without a case").isEmpty();
      assertThat(obsolete).as("cases for operations the client does not have").isEmpty();

      List<String> answered = new ArrayList<>();
      table.forEach((operation, call) -> {
        Object answer;
        try {
          answer = call.get();
        } catch (RuntimeException e) {
          throw new AssertionError(operation + " failed: " + e, e);
        }
        assertThat(answer).as(operation).isNotNull();
        answered.add(operation);
      });

      assertThat(socketIoInsert.get(5, TimeUnit.SECONDS)).as("socket.io object-insert").isEqualTo(objectId);
      assertThat(streamInsert.get(5, TimeUnit.SECONDS)).as("/events/stream object-insert").isEqualTo(objectId);
      assertThat(SANDBOX.sandbox().unmatchedRequests()).isEmpty();
      System.out.println("[coverage] platform: " + answered.size() + " of " + operations().size()
          + " operations answered, and an event on socket.io and /events/stream");
    }
  }

  private static String objectId;

  /** One call through the client's facade per operation, in an order where each finds what it needs. */
  private static Map<String, Supplier<Object>> table(PlatformClient platform, PlatformSandbox info) {
    Credentials credentials = new Credentials().login(info.login()).password(info.password());
    String model = info.modelId();
    Map<String, Supplier<Object>> t = new LinkedHashMap<>();
    t.put("login", () -> platform.auth().login(credentials));
    t.put("loginForToken", () -> {
      String token = platform.auth().loginForToken(credentials).getToken();
      assertThat(token).isNotBlank();
      return token;
    });
    t.put("createEntity", () -> {
      PlatformObject created = platform.store(Store.OBJECTS)
          .create(new PlatformObject().name("Coverage thermometer").deviceId("coverage-1").model(model));
      objectId = created.getId();
      assertThat(objectId).matches("[0-9a-f]{24}");
      return created;
    });
    t.put("listEntities", () -> {
      List<PlatformObject> ofModel = platform.store(Store.OBJECTS).list(ListQuery.builder().where("model", model).build());
      assertThat(ofModel).extracting(PlatformObject::getId).containsExactly(objectId);
      return ofModel;
    });
    t.put("getEntity", () -> {
      PlatformObject read = platform.store(Store.OBJECTS).get(objectId);
      assertThat(read.getDeviceId()).isEqualTo("coverage-1");
      return read;
    });
    t.put("updateEntity", () -> {
      PlatformObject changed = platform.store(Store.OBJECTS).update(objectId, Map.of("description", "covered"));
      assertThat(changed.getDescription()).isEqualTo("covered");
      return changed;
    });
    t.put("sendObjectPacket", () -> platform.objects().sendTelemetry(objectId, Map.of("temperature", 21.5, "online", true)));
    t.put("listObjectPackets", () -> {
      var packets = platform.objects().packets(objectId, HistoryQuery.all());
      assertThat(packets).hasSize(1);
      return packets;
    });
    t.put("sendObjectCommand", () -> platform.objects().sendCommand(objectId, "led-on", Map.of("level", 1)));
    t.put("listObjectEvents", () -> {
      List<ObjectEvent> events = platform.objects().events(objectId, HistoryQuery.all());
      assertThat(events).extracting(ObjectEvent::getEvent)
          .containsExactly("object-insert", "object-update", "object-packet", "object-command-req");
      return events;
    });
    t.put("getObjectModel", () -> {
      Model ofObject = platform.objects().model(objectId);
      assertThat(ofObject.getId()).isEqualTo(model);
      return ofObject;
    });
    t.put("createModelNode", () -> {
      Model changed = platform.models().addNode(model, Map.of("id", "humidity", "type", "argument", "name", "Humidity"));
      assertThat(changed.getData().toString()).contains("humidity");
      return changed;
    });
    t.put("updateModelNode", () -> {
      Model changed = platform.models().updateNode(model, "humidity", Map.of("name", "Relative humidity"));
      assertThat(changed.getData().toString()).contains("Relative humidity");
      return changed;
    });
    t.put("deleteModelNode", () -> {
      Model changed = platform.models().deleteNode(model, "humidity");
      assertThat(changed.getData().toString()).doesNotContain("humidity");
      return changed;
    });
    t.put("listEvents", () -> {
      List<ObjectEvent> history = platform.events().history(EventQuery.builder().include("object-packet").build());
      assertThat(history).extracting(ObjectEvent::getOid).containsExactly(objectId);
      return history;
    });
    t.put("getOrgEventTypes", () -> {
      var types = platform.events().types();
      assertThat(types.getUnique()).contains("object-insert", "object-packet");
      return types;
    });
    t.put("deleteEntity", () -> {
      PlatformObject deleted = platform.store(Store.OBJECTS).delete(objectId);
      assertThat(platform.store(Store.OBJECTS).list()).isEmpty();
      return deleted;
    });
    return t;
  }

  /** The operations of the generated API classes: every public {@code op} with an {@code opWithResponse}. */
  private static Set<String> operations() throws IOException, URISyntaxException {
    Set<String> found = new TreeSet<>();
    for (Class<?> api : apiClasses()) {
      Set<String> names = new TreeSet<>();
      for (Method m : api.getMethods()) {
        if (Modifier.isPublic(m.getModifiers()) && m.getDeclaringClass() == api) {
          names.add(m.getName());
        }
      }
      names.stream().filter(n -> names.contains(n + "WithResponse")).forEach(found::add);
    }
    return found;
  }

  private static List<Class<?>> apiClasses() throws IOException, URISyntaxException {
    Path location = Path.of(AuthApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    String folder = API_PACKAGE.replace('.', '/') + "/";
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.list(location.resolve(folder))) {
        files.map(p -> p.getFileName().toString()).forEach(names::add);
      }
    } else {
      try (JarFile jar = new JarFile(new File(location.toString()))) {
        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
          String name = e.nextElement().getName();
          if (name.startsWith(folder) && name.indexOf('/', folder.length()) < 0) {
            names.add(name.substring(folder.length()));
          }
        }
      }
    }
    List<Class<?>> classes = new ArrayList<>();
    for (String name : names) {
      if (name.endsWith("Api.class")) {
        try {
          classes.add(Class.forName(API_PACKAGE + "." + name.substring(0, name.length() - ".class".length())));
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    assertThat(classes).as("generated API classes").isNotEmpty();
    return classes;
  }
}
