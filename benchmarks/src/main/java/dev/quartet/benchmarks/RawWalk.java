package dev.quartet.benchmarks;

import dev.quartet.citypoint.model.CarCollection;
import dev.quartet.homestretch.model.PlaceList;
import dev.quartet.onepagecrm.model.ListContactsResponse;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.LongFunction;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The floor for a paging walk: the loop a careful user writes by hand with OkHttp and Jackson, one
 * page decoded whole into the API's own page model (the same generated classes the SDK returns),
 * its items handed out, the next page fetched once they are used up. Same server, same page sizes as
 * the SDK's walk, so the two peaks differ only by what the client holds.
 */
final class RawWalk {
  private RawWalk() {}

  /** {@return the items of {@code api}'s listing, page by page} */
  static Iterator<?> items(String api, String serverUrl, int pageSize) {
    OkHttpClient http = new OkHttpClient();
    return switch (api) {
      case "platform" -> {
        Raw raw = new Raw(http, "Bearer " + PlatformCase.TOKEN, "application/json");
        HttpUrl base = HttpUrl.get(serverUrl);
        yield pages(pageSize, offset -> raw.<List<?>>get(base.newBuilder().addPathSegments("api/v1/objects")
            .addQueryParameter("offset", Long.toString(offset)).addQueryParameter("limit", Integer.toString(pageSize)).build(),
            PlatformCase.LIST));
      }
      case "homestretch" -> {
        Raw raw = new Raw(http, "Bearer " + HomeStretchCase.TOKEN, "application/json");
        HttpUrl base = HttpUrl.get(serverUrl + HomeStretchCase.PREFIX);
        yield pages(pageSize, skip -> raw.get(base.newBuilder().addPathSegment("places")
            .addQueryParameter("sort", "title").addQueryParameter("sortDir", "asc")
            .addQueryParameter("skip", Long.toString(skip)).addQueryParameter("limit", Integer.toString(pageSize)).build(),
            PlaceList.class).getResult());
      }
      case "onepagecrm" -> {
        Raw raw = new Raw(http, Credentials.basic(OnePageCrmCase.USER, OnePageCrmCase.KEY), "application/json");
        HttpUrl base = HttpUrl.get(serverUrl + OnePageCrmCase.PREFIX);
        yield pages(pageSize, offset -> raw.get(base.newBuilder().addPathSegment("contacts")
            .addQueryParameter("page", Long.toString(offset / pageSize + 1)).addQueryParameter("per_page", Integer.toString(pageSize)).build(),
            ListContactsResponse.class).getData().getContacts());
      }
      case "citypoint" -> {
        Raw raw = new Raw(http, "Bearer " + CitypointCase.ACCESS_TOKEN, CitypointCase.JSON_API);
        HttpUrl base = HttpUrl.get(serverUrl + CitypointCase.PREFIX);
        yield pages(pageSize, offset -> raw.get(base.newBuilder().addPathSegment("user").addPathSegment(CitypointCase.USER_ID)
            .addPathSegment("cars").addQueryParameter("page[offset]", Long.toString(offset))
            .addQueryParameter("page[limit]", Integer.toString(pageSize)).build(), CarCollection.class).getData());
      }
      default -> throw new IllegalArgumentException("api: " + api);
    };
  }

  /** Items page by page: {@code page} gets the offset of a page's first item; a short page is the last. */
  private static Iterator<?> pages(int pageSize, LongFunction<List<?>> page) {
    return new Iterator<Object>() {
      private List<?> items = Collections.emptyList();
      private int next;
      private long offset;
      private boolean last;

      @Override
      public boolean hasNext() {
        if (next < items.size()) {
          return true;
        }
        if (last) {
          return false;
        }
        items = null; // let the used page go before the next one is decoded, as a careful loop does
        items = page.apply(offset);
        offset += items.size();
        next = 0;
        last = items.size() < pageSize;
        return !items.isEmpty();
      }

      @Override
      public Object next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return items.get(next++);
      }
    };
  }
}
