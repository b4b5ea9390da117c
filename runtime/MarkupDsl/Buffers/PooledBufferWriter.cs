using System;
using System.Buffers;

namespace MarkupDsl.Buffers;

/// <summary>
/// An <see cref="IBufferWriter{T}"/> over arrays rented from <see cref="ArrayPool{T}.Shared"/>, returned on dispose.
/// Stands in for <see cref="ArrayBufferWriter{T}"/>, which allocates a new array for every document.
/// </summary>
internal sealed class PooledBufferWriter<T> : IBufferWriter<T>, IDisposable
{
    private T[] _buffer;
    private int _written;

    public PooledBufferWriter(int initialCapacity = 1024) => _buffer = ArrayPool<T>.Shared.Rent(initialCapacity);

    public ReadOnlySpan<T> WrittenSpan => _buffer.AsSpan(0, _written);

    public ReadOnlyMemory<T> WrittenMemory => _buffer.AsMemory(0, _written);

    public void Advance(int count)
    {
        if (count < 0 || _written + count > _buffer.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        _written += count;
    }

    public Memory<T> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsMemory(_written);
    }

    public Span<T> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsSpan(_written);
    }

    public void Dispose()
    {
        T[] buffer = _buffer;
        _buffer = Array.Empty<T>();
        _written = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<T>.Shared.Return(buffer);
        }
    }

    private void Reserve(int sizeHint)
    {
        int needed = Math.Max(sizeHint, 1);
        if (_buffer.Length - _written >= needed)
        {
            return;
        }

        T[] larger = ArrayPool<T>.Shared.Rent(Math.Max(_buffer.Length * 2, _written + needed));
        WrittenSpan.CopyTo(larger);
        ArrayPool<T>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
