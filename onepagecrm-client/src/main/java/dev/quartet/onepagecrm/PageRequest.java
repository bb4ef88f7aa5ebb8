package dev.quartet.onepagecrm;

/** One page of a {@code page}/{@code per_page} listing: page {@code page} (from 1) of {@code perPage} items. */
record PageRequest(int page, int perPage) {}
