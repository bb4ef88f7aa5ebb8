package dev.quartet.sandbox.onepagecrm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;

/**
 * The demo data OnePageCRM starts with: 22 contacts (and the companies their company names make), and
 * one action a scheduling tool controls.
 */
final class OnePageCrmSeed {
  private static final String[][] PEOPLE = {
      {"Ada", "Lovelace", "Analytical Engines"}, {"Alan", "Turing", "Bletchley Park"},
      {"Grace", "Hopper", "Remington Rand"}, {"Edsger", "Dijkstra", "Burroughs"},
      {"Barbara", "Liskov", "MIT"}, {"Donald", "Knuth", "Stanford"}, {"Margaret", "Hamilton", "NASA"},
      {"Tim", "Berners-Lee", "CERN"}, {"Frances", "Allen", "IBM"}, {"John", "Backus", "IBM"},
      {"Radia", "Perlman", "DEC"}, {"Ken", "Thompson", "Bell Labs"}, {"Dennis", "Ritchie", "Bell Labs"},
      {"Leslie", "Lamport", "SRI"}, {"Niklaus", "Wirth", "ETH"}, {"Adele", "Goldberg", "Xerox PARC"},
      {"Alan", "Kay", "Xerox PARC"}, {"Shafi", "Goldwasser", "MIT"}, {"Tony", "Hoare", "Elliott"},
      {"Karen", "Sparck Jones", "Cambridge"}, {"Vint", "Cerf", "DARPA"}, {"Whitfield", "Diffie", "Stanford"}};

  private OnePageCrmSeed() {}

  static OnePageCrmState state(Clock clock) {
    OnePageCrmState state = new OnePageCrmState(clock);
    for (String[] p : PEOPLE) {
      ObjectNode contact = OnePageCrmAnswers.JSON.createObjectNode().put("first_name", p[0]).put("last_name", p[1])
          .put("company_name", p[2]);
      contact.putArray("emails").addObject().put("type", "work")
          .put("value", p[0].toLowerCase() + "@" + p[2].toLowerCase().replaceAll("[^a-z]", "") + ".example");
      state.store("contacts", contact);
    }
    // a meeting booked through a scheduling tool: the tool owns it until it is unlinked
    String first = state.live.get("contacts").keySet().iterator().next();
    ObjectNode booked = state.store("actions", OnePageCrmAnswers.JSON.createObjectNode().put("contact_id", first)
        .put("text", "Intro call booked through the scheduler").put("status", "date").put("date", "2031-05-01"));
    booked.put("externally_controlled", true);
    return state;
  }
}
