using System;
using System.Collections;
using System.Collections.Generic;

namespace MarkupDsl.Markup;

/// <summary>
/// A read-only view of a <see cref="MarkupElement"/>'s attributes or children, in order. A struct over the element's
/// own array: counting, indexing and <c>foreach</c> allocate nothing. It sees later additions only through a new view.
/// </summary>
/// <typeparam name="T"><see cref="MarkupAttribute"/> or <see cref="MarkupElement"/>.</typeparam>
public readonly struct MarkupList<T> : IReadOnlyList<T>
{
    private readonly T[]? _items;

    internal MarkupList(T[]? items, int count)
    {
        _items = items;
        Count = count;
    }

    /// <summary>How many items there are.</summary>
    public int Count { get; }

    /// <summary>The item at <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not below <see cref="Count"/>.</exception>
    public T this[int index] => (uint)index < (uint)Count
        ? _items![index]
        : throw new ArgumentOutOfRangeException(nameof(index), index, $"There are {Count} items.");

    /// <summary>The items as a span.</summary>
    public ReadOnlySpan<T> AsSpan() => new(_items, 0, Count);

    /// <summary>Returns an enumerator that allocates nothing.</summary>
    public Enumerator GetEnumerator() => new(_items, Count);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Enumerates a <see cref="MarkupList{T}"/>.</summary>
    public struct Enumerator : IEnumerator<T>
    {
        private readonly T[]? _items;
        private readonly int _count;
        private int _index;

        internal Enumerator(T[]? items, int count)
        {
            _items = items;
            _count = count;
            _index = -1;
        }

        /// <inheritdoc/>
        public readonly T Current => _items![_index];

        readonly object? IEnumerator.Current => Current;

        /// <inheritdoc/>
        public bool MoveNext() => ++_index < _count;

        /// <inheritdoc/>
        public void Reset() => _index = -1;

        /// <inheritdoc/>
        public readonly void Dispose()
        {
        }
    }
}
