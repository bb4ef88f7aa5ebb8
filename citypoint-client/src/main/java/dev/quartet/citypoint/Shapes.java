package dev.quartet.citypoint;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.quartet.citypoint.model.CarCollection;
import dev.quartet.citypoint.model.CarResource;
import dev.quartet.citypoint.model.CollectionLinks;
import dev.quartet.citypoint.model.CollectionMeta;
import dev.quartet.citypoint.model.NoteCollection;
import dev.quartet.citypoint.model.NoteDocument;
import dev.quartet.citypoint.model.NoteResource;
import dev.quartet.core.ApiInvoker;
import dev.quartet.core.ApiRequest;
import dev.quartet.core.EnvelopedItems;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * {@link Listing.Shape}s built from a collection document's three getters and a way to turn a raw
 * resource into the item a listing yields (the resource itself, or a view such as {@link Note}).
 */
final class Shapes {
  static final TypeReference<NoteCollection> NOTE_COLLECTION = new TypeReference<>() {};
  static final TypeReference<CarCollection> CAR_COLLECTION = new TypeReference<>() {};

  static final Listing.Shape<Note, NoteCollection> NOTES =
      of(NoteResource.class, NoteCollection::getData, NoteCollection::getLinks, NoteCollection::getMeta, (d, r) -> Note.of(r));
  static final Listing.Shape<Car, CarCollection> CARS =
      of(CarResource.class, CarCollection::getData, CarCollection::getLinks, CarCollection::getMeta, (d, r) -> Car.of(r));

  static final TypeReference<NoteDocument> NOTE_DOCUMENT = new TypeReference<>() {};

  private Shapes() {}

  /** Reads a single-note document as an optional {@link Note}. */
  static Exchange<NoteDocument, Optional<Note>> note(ApiInvoker invoker) {
    return Exchange.data(invoker, NOTE_DOCUMENT, NoteDocument::getData, Note::of);
  }

  /** Items are the raw resources themselves. */
  static <R, D> Listing.Shape<R, D> of(Class<R> resource, Function<D, List<R>> data, Function<D, CollectionLinks> links,
      Function<D, CollectionMeta> meta) {
    return of(resource, data, links, meta, (d, r) -> r);
  }

  /** Items are {@code wrap(document, resource)}; the document gives access to {@code included}. */
  static <T, R, D> Listing.Shape<T, D> of(Class<R> resource, Function<D, List<R>> data, Function<D, CollectionLinks> links,
      Function<D, CollectionMeta> meta, BiFunction<D, R, T> wrap) {
    EnvelopedItems.At<D, R> at = EnvelopedItems.at(resource, data, "data");
    return new Listing.Shape<>() {
      @Override
      public Listing.Read<T, D> read(ApiInvoker invoker, ApiRequest request, TypeReference<D> type) {
        EnvelopedItems<D, R> page = invoker.executeEnveloped(request, type, at).body(); // null for a 204 or 304
        D document = page == null ? null : page.envelope(); // with "data" emptied; "included", links and meta decoded
        return new Listing.Read<>(document, document == null ? List.of() : page.mapItems(r -> wrap.apply(document, r)));
      }

      @Override
      public List<T> items(D document) {
        List<R> resources = data.apply(document);
        return resources == null ? List.of()
            : resources.stream().filter(r -> r != null).map(r -> wrap.apply(document, r)).toList();
      }

      @Override
      public CollectionLinks links(D document) {
        return links.apply(document);
      }

      @Override
      public CollectionMeta meta(D document) {
        return meta.apply(document);
      }
    };
  }
}
