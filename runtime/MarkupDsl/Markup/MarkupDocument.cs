using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using MarkupDsl.Buffers;

namespace MarkupDsl.Markup;

/// <summary>
/// The base of every generated document class (for example <c>MarkupDsl.TwiML.VoiceResponse</c>): holds the element
/// tree and writes it in its dialect's notation, as UTF-8.
/// </summary>
/// <remarks>Two documents are equal when they are of the same class and their element trees are equal.</remarks>
public abstract class MarkupDocument : IEquatable<MarkupDocument>
{
    /// <summary>Creates a document over its root element.</summary>
    /// <param name="root">The document element, for example a <c>Response</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="root"/> is null.</exception>
    protected MarkupDocument(MarkupElement root) => Root = root ?? throw new ArgumentNullException(nameof(root));

    /// <summary>The document element.</summary>
    public MarkupElement Root { get; }

    /// <summary>The HTTP content type of what <see cref="WriteTo(IBufferWriter{byte}, bool)"/> writes, with its charset.</summary>
    public abstract string ContentType { get; }

    /// <summary>Writes the document as UTF-8 without a byte order mark.</summary>
    /// <param name="utf8Writer">Receives the bytes; nothing is flushed.</param>
    /// <param name="indented">Puts each element on its own line; the default writes the compact form.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Writer"/> is null.</exception>
    public void WriteTo(IBufferWriter<byte> utf8Writer, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(utf8Writer);
        Write(utf8Writer, indented);
    }

    /// <summary>Writes the document to a stream as UTF-8 without a byte order mark.</summary>
    /// <param name="utf8Stream">Receives the bytes, in one write.</param>
    /// <param name="indented">Puts each element on its own line.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Stream"/> is null.</exception>
    public void WriteTo(Stream utf8Stream, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(utf8Stream);
        using var buffer = new PooledBufferWriter<byte>();
        Write(buffer, indented);
        utf8Stream.Write(buffer.WrittenSpan);
    }

    /// <summary>Writes the document to a stream as UTF-8, asynchronously (for ASP.NET Core response bodies).</summary>
    /// <param name="utf8Stream">Receives the bytes, in one write.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <param name="indented">Puts each element on its own line.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Stream"/> is null.</exception>
    public async Task WriteToAsync(Stream utf8Stream, CancellationToken cancellationToken = default, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(utf8Stream);
        using var buffer = new PooledBufferWriter<byte>();
        Write(buffer, indented);
        await utf8Stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Returns the document as a string.</summary>
    /// <param name="indented">Puts each element on its own line.</param>
    public string ToString(bool indented) => WriteString(indented);

    /// <summary>Returns the compact document, so that <c>$"{response}"</c> is the markup.</summary>
    public override string ToString() => ToString(indented: false);

    /// <inheritdoc/>
    public bool Equals(MarkupDocument? other) => other is not null && other.GetType() == GetType() && Root.Equals(other.Root);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MarkupDocument);

    /// <inheritdoc/>
    public override int GetHashCode() => Root.GetHashCode();

    /// <summary>Writes the document in the dialect's notation.</summary>
    /// <param name="utf8Writer">Receives UTF-8 bytes.</param>
    /// <param name="indented">Puts each element on its own line.</param>
    protected abstract void Write(IBufferWriter<byte> utf8Writer, bool indented);

    /// <summary>Writes the document in the dialect's notation as a string; by default through UTF-8.</summary>
    /// <param name="indented">Puts each element on its own line.</param>
    /// <returns>The document.</returns>
    protected virtual string WriteString(bool indented)
    {
        using var buffer = new PooledBufferWriter<byte>();
        Write(buffer, indented);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
