package dev.quartet.homestretch;

import dev.quartet.homestretch.model.PlaceSortField;
import dev.quartet.homestretch.model.SortDirection;

/** The orders the place listing supports. */
public enum PlaceSort {
  /** The server's own order. */
  UNSORTED(null, null),
  /** By title, A to Z. */
  TITLE_ASC(PlaceSortField.TITLE, SortDirection.ASC),
  /** By title, Z to A. */
  TITLE_DESC(PlaceSortField.TITLE, SortDirection.DESC);

  private final PlaceSortField field;
  private final SortDirection direction;

  PlaceSort(PlaceSortField field, SortDirection direction) {
    this.field = field;
    this.direction = direction;
  }

  PlaceSortField field() {
    return field;
  }

  SortDirection direction() {
    return direction;
  }
}
