using System;
using System.Collections.Generic;
using CsCheck;

namespace MarkupDsl.Tests.Properties;

/// <summary>
/// One edit of a byte string, as the reader fuzzing applies them: overwrite, insert or delete a byte, cut the rest, or
/// repeat a slice. Positions are taken modulo the current length, so any edit applies to any input and shrinks
/// towards the start and towards byte 0.
/// </summary>
internal readonly record struct ByteMutation(int Kind, int Position, int Length, byte Value)
{
    // Bytes that change a JSON or XML reader's state, and invalid UTF-8, besides any byte at all.
    private static readonly byte[] Interesting = "\"{}[],:\\<>/&;=-0123456789eE.+ \n"u8.ToArray();

    public static readonly Gen<ByteMutation> Gen = CsCheck.Gen.Select(
        CsCheck.Gen.Int[0, 4],
        CsCheck.Gen.Int[0, 1 << 16],
        CsCheck.Gen.Int[1, 8],
        CsCheck.Gen.Frequency((3, CsCheck.Gen.OneOf(Interesting)), (1, CsCheck.Gen.Byte), (1, CsCheck.Gen.OneOf<byte>(0x00, 0x80, 0xC3, 0xED, 0xF0, 0xFF))),
        (kind, position, length, value) => new ByteMutation(kind, position, length, value));

    public static byte[] ApplyAll(byte[] input, IEnumerable<ByteMutation> mutations)
    {
        var bytes = new List<byte>(input);
        foreach (ByteMutation mutation in mutations)
        {
            mutation.Apply(bytes);
        }

        return bytes.ToArray();
    }

    private void Apply(List<byte> bytes)
    {
        int at = bytes.Count == 0 ? 0 : Position % bytes.Count;
        switch (Kind)
        {
            case 0 when bytes.Count > 0:
                bytes[at] = Value;
                break;
            case 1:
                bytes.Insert(at, Value);
                break;
            case 2 when bytes.Count > 0:
                bytes.RemoveRange(at, Math.Min(Length, bytes.Count - at));
                break;
            case 3:
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            case 4 when bytes.Count > 0:
                bytes.InsertRange(at, bytes.GetRange(at, Math.Min(Length, bytes.Count - at)));
                break;
        }
    }
}
