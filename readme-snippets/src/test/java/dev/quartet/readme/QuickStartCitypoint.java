package dev.quartet.readme;

import dev.quartet.citypoint.Car;
import dev.quartet.citypoint.ChangePoller;
import dev.quartet.citypoint.CitypointClient;
import dev.quartet.citypoint.Filter;
import dev.quartet.citypoint.Note;
import dev.quartet.citypoint.Query;
import dev.quartet.citypoint.Sort;
import java.time.Instant;

class QuickStartCitypoint {
  void run() {
    // readme:begin
    // CITYPOINT_CLIENT_ID, CITYPOINT_CLIENT_SECRET, CITYPOINT_USERNAME, CITYPOINT_PASSWORD
    // (+ optional CITYPOINT_BASE_URL, default https://api.citypoint.ru/v2.1)
    try (CitypointClient cp = CitypointClient.fromEnv()) {
      for (Car car : cp.cars().list().all()) {                  // pages follow links.next lazily
        System.out.println(car.regNumber() + " " + car.model());
      }
      cp.cars().list().allAsync().limit(500)                   // the same walk without blocking a thread
          .forEach(car -> System.out.println(car.regNumber())).join();
      Query important = Query.create()
          .filter(Filter.and(Filter.eq(Note.IMPORTANT, true),
                             Filter.gte(Note.DATE_OF_CREATION, Instant.parse("2024-05-01T00:00:00Z"))))
          .sort(Sort.desc(Note.DATE_OF_CREATION));
      ChangePoller poller = cp.poller();                         // remembers Last-Modified per query
      poller.poll(cp.carNotes().lastImportant(), important)
          .changed().ifPresent(page -> page.items().forEach(n -> System.out.println(n.carId() + ": " + n.text())));
      boolean changed = poller.poll(cp.carNotes().lastImportant(), important).isModified();  // a 304 is a value
    }
    // readme:end
  }
}
