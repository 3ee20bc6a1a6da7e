"""Heap queue (priority queue) algorithms, for gilfree.

Provides: heappush, heappop, heapify, heapreplace, heappushpop, merge
(key, reverse), nlargest, nsmallest (key), plus the private max-heap
helpers (_heapify_max, _heappop_max, _heapreplace_max).

The sift routines follow the same strategy as CPython so that list layouts
after every operation are identical: pushing bubbles the new item up
toward the root; popping/replacing first walks the hole at the root all
the way down to a leaf along the smaller children (without comparing with
the moving item), then bubbles the item back up from that leaf.  This
"bottom-up" variant does fewer comparisons on average.
Lacks: nothing known (pure Python speed only).
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _bubble_up(heap, root, pos):
    # Move heap[pos] toward `root` while it is smaller than its parent.
    item = heap[pos]
    while pos > root:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sink(heap, pos):
    # Bottom-up sift: drive the hole at `pos` to a leaf following the
    # smaller child, drop the original item there, then bubble it up.
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up(heap, start, pos)


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sink(heap, 0)
        return smallest
    return last


def heapreplace(heap, item):
    """Pop and return the smallest item, and push the new item.

    Raises IndexError if the heap is empty.
    """
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item on the heap, then pop and return the smallest item."""
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sink(heap, 0)
    return item


def heapify(x):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    n = len(x)
    for i in range(n // 2 - 1, -1, -1):
        _sink(x, i)


# Max-heap variants -------------------------------------------------------

def _bubble_up_max(heap, root, pos):
    item = heap[pos]
    while pos > root:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if parent < item:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sink_max(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up_max(heap, start, pos)


def _heappop_max(heap):
    """Maxheap version of a heappop."""
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _sink_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item):
    """Maxheap version of a heappop followed by a heappush."""
    largest = heap[0]
    heap[0] = item
    _sink_max(heap, 0)
    return largest


def _heapify_max(x):
    """Transform list into a maxheap, in-place, in O(len(x)) time."""
    n = len(x)
    for i in range(n // 2 - 1, -1, -1):
        _sink_max(x, i)


# Public helpers ------------------------------------------------------------

def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output.

    Like sorted(itertools.chain(*iterables)) but lazy; equal items keep the
    order of the input iterables.
    """
    if reverse:
        make_heap = _heapify_max
        pop = _heappop_max
        replace = _heapreplace_max
        direction = -1
    else:
        make_heap = heapify
        pop = heappop
        replace = heapreplace
        direction = 1

    # Each heap entry: [sort_key, order, value, iterator]
    heap = []
    order = 0
    for iterable in iterables:
        it = iter(iterable)
        try:
            value = next(it)
        except StopIteration:
            order += 1
            continue
        k = value if key is None else key(value)
        heap.append([k, order * direction, value, it])
        order += 1
    make_heap(heap)

    while len(heap) > 1:
        entry = heap[0]
        yield entry[2]
        try:
            value = next(entry[3])
        except StopIteration:
            pop(heap)
            continue
        entry[0] = value if key is None else key(value)
        entry[2] = value
        replace(heap, entry)

    if heap:
        entry = heap[0]
        yield entry[2]
        for value in entry[3]:
            yield value


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to: sorted(iterable, key=key)[:n]
    """
    if n == 1:
        it = iter(iterable)
        marker = object()
        if key is None:
            result = min(it, default=marker)
        else:
            result = min(it, default=marker, key=key)
        return [] if result is marker else [result]

    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]

    it = iter(iterable)
    if key is None:
        result = []
        for i in range(n):
            try:
                elem = next(it)
            except StopIteration:
                break
            result.append((elem, i))
        if not result:
            return result
        _heapify_max(result)
        top = result[0][0]
        order = n
        for elem in it:
            if elem < top:
                _heapreplace_max(result, (elem, order))
                top = result[0][0]
                order += 1
        result.sort()
        return [entry[0] for entry in result]

    result = []
    for i in range(n):
        try:
            elem = next(it)
        except StopIteration:
            break
        result.append((key(elem), i, elem))
    if not result:
        return result
    _heapify_max(result)
    top = result[0][0]
    order = n
    for elem in it:
        k = key(elem)
        if k < top:
            _heapreplace_max(result, (k, order, elem))
            top = result[0][0]
            order += 1
    result.sort()
    return [entry[2] for entry in result]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to: sorted(iterable, key=key, reverse=True)[:n]
    """
    if n == 1:
        it = iter(iterable)
        marker = object()
        if key is None:
            result = max(it, default=marker)
        else:
            result = max(it, default=marker, key=key)
        return [] if result is marker else [result]

    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]

    it = iter(iterable)
    if key is None:
        result = []
        for i in range(0, -n, -1):
            try:
                elem = next(it)
            except StopIteration:
                break
            result.append((elem, i))
        if not result:
            return result
        heapify(result)
        top = result[0][0]
        order = -n
        for elem in it:
            if top < elem:
                heapreplace(result, (elem, order))
                top = result[0][0]
                order -= 1
        result.sort(reverse=True)
        return [entry[0] for entry in result]

    result = []
    for i in range(0, -n, -1):
        try:
            elem = next(it)
        except StopIteration:
            break
        result.append((key(elem), i, elem))
    if not result:
        return result
    heapify(result)
    top = result[0][0]
    order = -n
    for elem in it:
        k = key(elem)
        if top < k:
            heapreplace(result, (k, order, elem))
            top = result[0][0]
            order -= 1
    result.sort(reverse=True)
    return [entry[2] for entry in result]
