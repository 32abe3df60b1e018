package org.newsgraph.spark;

import java.util.Iterator;
import java.util.function.Function;

/** A partition's elements turned one by one, as they are asked for, so that no more than one is held at a time. */
final class MappedIterator<T, R> implements Iterator<R> {
    private final Iterator<T> elements;
    private final Function<T, R> map;

    MappedIterator(Iterator<T> elements, Function<T, R> map) {
        this.elements = elements;
        this.map = map;
    }

    @Override
    public boolean hasNext() {
        return elements.hasNext();
    }

    @Override
    public R next() {
        return map.apply(elements.next());
    }
}
