package dev.quartet.core;

import java.util.List;

/**
 * A listing answer whose items sit inside an envelope, read by
 * {@link ApiInvoker#executeEnveloped}: the envelope's other fields (a total, page metadata) decoded at
 * once, the items decoded one by one as they are iterated, from the buffered answer.
 *
 * @param <E> the envelope type
 * @param <T> the item type
 * @param envelope the decoded envelope; its own items field is empty when {@code items} is lazy
 * @param items the items (null when the answer has none, as the envelope's field would be)
 */
public record EnvelopedItems<E, T>(E envelope, List<T> items) {}
