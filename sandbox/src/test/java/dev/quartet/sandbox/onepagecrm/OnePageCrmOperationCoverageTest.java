package dev.quartet.sandbox.onepagecrm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.quartet.onepagecrm.AttachmentTarget;
import dev.quartet.onepagecrm.FileUpload;
import dev.quartet.onepagecrm.OnePageCrmClient;
import dev.quartet.onepagecrm.model.Contact;
import dev.quartet.onepagecrm.model.ContactRequest;
import dev.quartet.onepagecrm.model.CreateActionRequest;
import dev.quartet.onepagecrm.model.CreateCallRequest;
import dev.quartet.onepagecrm.model.CreateContactRelationshipRequest;
import dev.quartet.onepagecrm.model.CreateContactRelationshipRequestRelatedContact;
import dev.quartet.onepagecrm.model.CreateDealRequest;
import dev.quartet.onepagecrm.model.CreatePredefinedActionGroupRequest;
import dev.quartet.onepagecrm.model.CreateMeetingRequest;
import dev.quartet.onepagecrm.model.CreateNoteRequest;
import dev.quartet.onepagecrm.model.UpdateCompanyRequest;
import dev.quartet.onepagecrm.model.UpdateContactRelationshipRequest;
import dev.quartet.onepagecrm.params.UpdateContactRelationshipParams;
import dev.quartet.sandbox.SandboxExtension;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every operation of the OnePageCRM spec, called through the published client against the sandbox:
 * each answers without an exception, decodes to a non-null answer where it declares one, and no request
 * goes unmatched. The table of calls is the client's generated API methods ({@code op} with an
 * {@code opWithResponse} sibling) reached from the client's accessors; its arguments are built from the
 * spec, with the records made below, and a few bodies the service checks beyond what the spec says.
 */
class OnePageCrmOperationCoverageTest {
  @RegisterExtension
  static final SandboxExtension SANDBOX = new SandboxExtension();

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2031-03-14T09:26:53Z"), ZoneOffset.UTC);

  /** A call through the client: the generated API object and its method. */
  record ClientCall(Object api, Method method) {}

  @Test
  void everyOperationOfTheSpecAnswersThroughTheClient() throws Exception {
    SANDBOX.sandbox().reset();
    JsonNode spec = readSpec();
    Map<String, JsonNode> operations = new TreeMap<>();
    Map<String, String> templates = new HashMap<>();
    spec.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
      operations.put(op.getValue().path("operationId").asText(), op.getValue());
      templates.put(op.getValue().path("operationId").asText(), path.getKey());
    }));
    OnePageCrmSandbox crm = SANDBOX.sandbox().onePageCrm();
    try (OnePageCrmClient client = OnePageCrmClient.builder().baseUrl(crm.baseUrl()).userId(crm.userId())
        .apiKey(crm.apiKey()).clock(CLOCK).build()) {
      Map<String, ClientCall> table = table(client);

      TreeSet<String> missing = new TreeSet<>(operations.keySet());
      missing.removeAll(table.keySet());
      TreeSet<String> obsolete = new TreeSet<>(table.keySet());
      obsolete.removeAll(operations.keySet());
      assertThat(missing).as("spec operations without a client call").isEmpty();
      assertThat(obsolete).as("client calls for no spec operation").isEmpty();

      Map<String, String> ids = records(client);
      OnePageCrmArguments arguments = new OnePageCrmArguments(spec, ids, CLOCK);
      Map<String, Function<Map<String, String>, Object[]>> bodies = checkedBodies();
      List<String> failures = new ArrayList<>();
      int answered = 0;
      for (String id : order(table.keySet())) {
        ClientCall call = table.get(id);
        try {
          Object[] args = bodies.containsKey(id) ? bodies.get(id).apply(ids)
              : arguments.build(call.method(), operations.get(id), templates.get(id));
          Object result = call.method().invoke(call.api(), args);
          if (call.method().getReturnType() != void.class && call.method().getReturnType() != Void.class) {
            assertThat(result).as(id + " decodes an answer").isNotNull();
            assertThat(data(result)).as(id + " has data").isNotNull();
          }
          answered++;
        } catch (InvocationTargetException e) {
          failures.add(id + ": " + e.getCause());
        } catch (AssertionError | RuntimeException e) {
          failures.add(id + ": " + e);
        }
      }
      assertThat(failures).as("operations that failed").isEmpty();
      assertThat(SANDBOX.sandbox().unmatchedRequests()).as("requests the sandbox did not emulate").isEmpty();
      System.out.println("[coverage] onepagecrm: " + answered + " of " + operations.size() + " operations answered");
      assertThat(answered).isEqualTo(operations.size());
    }
  }

  /** {@return every generated API method with a ...WithResponse sibling, by name, reached from the client} */
  static Map<String, ClientCall> table(OnePageCrmClient client) throws Exception {
    Map<String, ClientCall> table = new TreeMap<>();
    for (Method accessor : OnePageCrmClient.class.getMethods()) {
      if (accessor.getParameterCount() != 0 || Modifier.isStatic(accessor.getModifiers())) {
        continue;
      }
      Object api = accessor.getReturnType().getPackageName().equals("dev.quartet.onepagecrm.api")
          ? accessor.invoke(client) : facadeApi(accessor, client);
      if (api == null) {
        continue;
      }
      Method[] methods = api.getClass().getMethods();
      for (Method m : methods) {
        boolean sibling = Arrays.stream(methods).anyMatch(o -> o.getName().equals(m.getName() + "WithResponse"));
        boolean plain = Arrays.stream(m.getParameterTypes()).noneMatch(t -> t.getSimpleName().equals("RequestOptions"));
        ClientCall known = table.get(m.getName());
        // the shortest plain form: parameter objects only where they hold a required value
        if (sibling && plain && (known == null || known.method().getParameterCount() > m.getParameterCount())) {
          table.put(m.getName(), new ClientCall(api, m));
        }
      }
    }
    return table;
  }

  private static Object facadeApi(Method accessor, OnePageCrmClient client) throws Exception {
    try {
      Method api = accessor.getReturnType().getMethod("api");
      return api.getReturnType().getPackageName().equals("dev.quartet.onepagecrm.api")
          ? api.invoke(accessor.invoke(client)) : null;
    } catch (NoSuchMethodException notAFacade) {
      return null;
    }
  }

  // The records the calls work on, made through the client's facades; the ids by path parameter name.
  private static Map<String, String> records(OnePageCrmClient client) {
    Map<String, String> ids = new HashMap<>();
    Contact contact = client.contacts().create(new ContactRequest().firstName("Cover").lastName("Age")
        .companyName("Coverage Ltd"));
    String contactId = contact.getId();
    ids.put("contact_id", contactId);
    ids.put("last_id", contactId);
    ids.put("company_id", contact.getCompanyId());
    ids.put("ids", client.contacts().create(new ContactRequest().lastName("Deleted in bulk")).getId());
    ids.put("deal_id", client.deals().create(new CreateDealRequest().contactId(contactId).name("Coverage deal")).getId());
    ids.put("note_id", client.notes().create(new CreateNoteRequest().contactId(contactId).text("Coverage note")).getId());
    ids.put("action_id", client.actions().create(new CreateActionRequest().contactId(contactId)
        .assigneeId(OnePageCrmSandbox.USER_ID).text("Coverage action")).getId());
    ids.put("call_id", client.calls().create(new CreateCallRequest().contactId(contactId)).getId());
    ids.put("meeting_id", client.meetings().create(new CreateMeetingRequest().contactId(contactId)).getId());
    ids.put("attachment_id", client.attachments().upload(contactId, AttachmentTarget.deal(ids.get("deal_id")),
        FileUpload.of("coverage".getBytes(StandardCharsets.UTF_8), "coverage.txt", "text/plain"))
        .getData().getAttachment().getId());
    // the key the client gave the upload: the link calls accept only uploaded keys
    ids.put("key", contactId + "/" + CLOCK.millis() + "/coverage.txt");
    ids.put("relationship_id", client.contacts().api().createContactRelationship(contactId,
        relationship(ids)).getData().getRelationship().getId());
    ids.put("predefined_action_group_id", client.predefinedActionGroups()
        .create(new CreatePredefinedActionGroupRequest().text("Coverage group")).getId());
    ids.put("owner_id", OnePageCrmSandbox.USER_ID);
    ids.put("assignee_id", OnePageCrmSandbox.USER_ID);
    return ids;
  }

  // Bodies the service checks beyond the spec's required fields: a contact needs a last or company name,
  // a relationship a type and two existing contacts.
  private static Map<String, Function<Map<String, String>, Object[]>> checkedBodies() {
    return Map.of(
        "createContactRelationship", ids -> new Object[] {ids.get("contact_id"), relationship(ids)},
        "updateContactRelationship", ids -> new Object[] {new UpdateContactRelationshipRequest()
            .relationshipTypeId("5a0000000000000000000777").relatedContacts(relationship(ids).getRelatedContacts()),
            UpdateContactRelationshipParams.builder().contactId(ids.get("contact_id"))
                .relationshipId(ids.get("relationship_id")).build()},
        "createContact", ids -> new Object[] {new ContactRequest().lastName("Created")},
        "updateContact", ids -> new Object[] {ids.get("contact_id"), new ContactRequest().firstName("Cover")
            .lastName("Updated").companyName("Coverage Ltd")},
        "updateCompany", ids -> new Object[] {ids.get("company_id"), new UpdateCompanyRequest().name("Coverage Ltd")});
  }

  private static CreateContactRelationshipRequest relationship(Map<String, String> ids) {
    return new CreateContactRelationshipRequest().relationshipTypeId("5a0000000000000000000777").relatedContacts(List.of(
        new CreateContactRelationshipRequestRelatedContact().contactId(ids.get("contact_id")).variantId("5a0000000000000000000778"),
        new CreateContactRelationshipRequestRelatedContact().contactId(ids.get("ids")).variantId("5a0000000000000000000778")));
  }

  // Deletes after everything else, the contact the others hang on last of all.
  private static List<String> order(java.util.Set<String> ids) {
    List<String> out = new ArrayList<>(ids);
    out.sort(Comparator.comparing((String id) -> id.equals("deleteContact") ? 2 : id.startsWith("delete") ? 1 : 0)
        .thenComparing(Comparator.naturalOrder()));
    return out;
  }

  private static Object data(Object result) throws Exception {
    try {
      return result.getClass().getMethod("getData").invoke(result);
    } catch (NoSuchMethodException noEnvelope) {
      return result;
    }
  }

  static JsonNode readSpec() throws Exception {
    try (InputStream in = OnePageCrmOperationCoverageTest.class.getResourceAsStream("onepagecrm.yaml")) {
      assertThat(in).as("the spec packaged with the sandbox").isNotNull();
      return new ObjectMapper(new YAMLFactory()).readTree(in);
    }
  }
}
