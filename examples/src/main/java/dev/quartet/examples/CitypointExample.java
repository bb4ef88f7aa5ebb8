package dev.quartet.examples;


import dev.quartet.citypoint.Car;
import dev.quartet.citypoint.CarAggregates;
import dev.quartet.citypoint.JsonApi;
import dev.quartet.citypoint.model.AggregationPeriod;
import dev.quartet.citypoint.model.CarAggrDataCollection;
import dev.quartet.citypoint.model.CarAggrDataResource;
import dev.quartet.citypoint.ChangePoller;
import dev.quartet.citypoint.CitypointClient;
import dev.quartet.citypoint.Conditional;
import dev.quartet.citypoint.JsonApiPage;
import dev.quartet.citypoint.Listing;
import dev.quartet.citypoint.Note;
import dev.quartet.citypoint.Query;
import dev.quartet.citypoint.Sort;
import dev.quartet.citypoint.model.NoteCollection;
import dev.quartet.sandbox.Sandbox;
import dev.quartet.sandbox.citypoint.CitypointSandbox;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Citypoint: sign in, list the vehicles, show their totals of a day (and that the next day is not
 * computed yet), show the last important note of each, then poll again with
 * {@code If-Modified-Since} and get "not modified". With {@code CITYPOINT_CLIENT_ID} set it runs
 * against the real API ({@link CitypointClient#fromEnv()}); otherwise against the embedded sandbox.
 */
public final class CitypointExample {
  private CitypointExample() {}

  /**
   * Signs in and lists the vehicles with {@code client}, printing to {@code out}.
   *
   * @param client the client to use
   * @param out where to print
   */
  public static void run(CitypointClient client, PrintStream out) {
    out.println("== Citypoint ==");
    // userId() signs in (password grant) and reads user_id from the access token.
    out.println("Signed in; user_id from the token: " + client.userId());

    Map<String, Car> carsById = new HashMap<>();
    out.println("Vehicles:");
    for (Car car : client.cars().list().all(Query.create().sort(Sort.asc(Car.REG_NUMBER)))) {
      carsById.put(car.id(), car);
      out.printf("  #%s %-14s %-10s%s%n", car.id(), car.model(), car.regNumber(),
          Boolean.TRUE.equals(car.hidden()) ? " (hidden)" : "");
    }

    Query byPlateDesc = Query.create().sort(Sort.desc(Car.REG_NUMBER));
    out.println("  cars().list().allAsync(" + byPlateDesc + ").limit(2): " + client.cars().list().allAsync(byPlateDesc)
        .limit(2).toList().join().stream().map(Car::regNumber).toList() + ", no thread blocked between pages");

    // Day totals per vehicle; a day the server has not computed yet is an empty answer, not an error.
    LocalDate day = LocalDate.of(2024, 5, 20);
    for (LocalDate d : List.of(day, day.plusDays(1))) {
      Optional<JsonApiPage<CarAggrDataResource, CarAggrDataCollection>> totals =
          client.cars().aggregates().page(d, AggregationPeriod.DAY, Query.create().sort(Sort.desc(CarAggregates.MILEAGE)));
      if (totals.isEmpty()) {
        out.println("Totals for " + d + ": not computed yet");
        continue;
      }
      out.println("Totals for " + d + ":");
      for (CarAggrDataResource row : totals.get().items()) {
        String carId = JsonApi.identifier(row.getRelationships().get(CarAggregates.CAR)).map(r -> r.getId()).orElse("?");
        Car car = carsById.get(carId);
        out.printf("  %-10s %8s km %6s h%n", car == null ? "car " + carId : car.regNumber(),
            row.getAttributes().getMileage(), row.getAttributes().getWorkingHours());
      }
    }

    ChangePoller poller = client.poller();
    Listing<Note, NoteCollection> lastImportant = client.carNotes().lastImportant();
    Query newestFirst = Query.create().sort(Sort.desc(Note.DATE_OF_CREATION));

    Conditional<JsonApiPage<Note, NoteCollection>> first = poller.poll(lastImportant, newestFirst);
    if (first instanceof Conditional.Modified<JsonApiPage<Note, NoteCollection>> fresh) {
      JsonApiPage<Note, NoteCollection> page = fresh.value();
      out.println("Last important note per vehicle (" + page.totalCount().orElse(page.items().size())
          + " in all, Last-Modified: " + fresh.lastModified() + "):");
      for (Note note : page.fromHere()) {
        Car car = carsById.get(note.carId());
        out.printf("  %s  %-10s %s (%s)%n", note.createdAt(), car == null ? "car " + note.carId() : car.regNumber(),
            note.text(), note.authorName() != null ? note.authorName() : note.authorLogin());
      }
    }

    Conditional<JsonApiPage<Note, NoteCollection>> again = poller.poll(lastImportant, newestFirst);
    if (again instanceof Conditional.NotModified<JsonApiPage<Note, NoteCollection>> same) {
      out.println("Polled again with If-Modified-Since: " + same.lastModified() + " -> not modified (304)");
    } else {
      out.println("Polled again: the notes changed meanwhile (" + again.changed().map(p -> p.items().size()).orElse(0) + " notes)");
    }
  }

  /**
   * {@return a client for the sandbox's Citypoint, with the demo account's credentials}
   *
   * @param sandbox where the sandbox serves Citypoint
   */
  public static CitypointClient sandboxClient(CitypointSandbox sandbox) {
    return CitypointClient.builder()
        .baseUrl(sandbox.baseUrl())
        .clientId(sandbox.clientId()).clientSecret(sandbox.clientSecret())
        .username(sandbox.username()).password(sandbox.password())
        .build();
  }

  /**
   * Runs the example against Citypoint when its variables are set, else against the sandbox.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    String clientId = System.getenv("CITYPOINT_CLIENT_ID");
    if (clientId != null && !clientId.isBlank()) {
      try (CitypointClient client = CitypointClient.fromEnv()) {
        run(client, System.out);
      }
      return;
    }
    try (Sandbox sandbox = Sandbox.start(); CitypointClient client = sandboxClient(sandbox.citypoint())) {
      run(client, System.out);
    }
  }
}
