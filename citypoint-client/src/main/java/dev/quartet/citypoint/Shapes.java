package dev.quartet.citypoint;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.quartet.citypoint.model.CarCollection;
import dev.quartet.citypoint.model.CollectionLinks;
import dev.quartet.citypoint.model.CollectionMeta;
import dev.quartet.citypoint.model.NoteCollection;
import java.util.List;

/** How the two collection documents map onto {@link Listing.Shape}. */
final class Shapes {
  static final TypeReference<NoteCollection> NOTE_COLLECTION = new TypeReference<>() {};
  static final TypeReference<CarCollection> CAR_COLLECTION = new TypeReference<>() {};

  static final Listing.Shape<Note, NoteCollection> NOTES = new Listing.Shape<>() {
    @Override
    public List<Note> items(NoteCollection d) {
      return d.getData() == null ? List.of() : d.getData().stream().map(Note::of).toList();
    }

    @Override
    public CollectionLinks links(NoteCollection d) {
      return d.getLinks();
    }

    @Override
    public CollectionMeta meta(NoteCollection d) {
      return d.getMeta();
    }
  };

  static final Listing.Shape<Car, CarCollection> CARS = new Listing.Shape<>() {
    @Override
    public List<Car> items(CarCollection d) {
      return d.getData() == null ? List.of() : d.getData().stream().map(Car::of).toList();
    }

    @Override
    public CollectionLinks links(CarCollection d) {
      return d.getLinks();
    }

    @Override
    public CollectionMeta meta(CarCollection d) {
      return d.getMeta();
    }
  };

  private Shapes() {}
}
