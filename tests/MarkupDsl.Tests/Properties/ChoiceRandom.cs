using System;

namespace MarkupDsl.Tests.Properties;

/// <summary>
/// A <see cref="Random"/> that takes its draws from a list of choices CsCheck generates, so that CsCheck's shrinking
/// of the list (shorter, smaller numbers) shrinks whatever the draws build: fewer children, the first known value,
/// shorter text. Past the end of the list it goes on with a <see cref="Random"/> seeded by the list's length, so the
/// result stays a function of the list.
/// </summary>
internal sealed class ChoiceRandom(uint[] choices) : Random
{
    private readonly Random _rest = new(choices.Length);
    private int _next;

    public override int Next() => Next(int.MaxValue);

    public override int Next(int maxValue) => maxValue <= 0 ? 0 : (int)(Draw() % (uint)maxValue);

    public override int Next(int minValue, int maxValue) =>
        maxValue <= minValue ? minValue : (int)(minValue + (long)(Draw() % (ulong)((long)maxValue - minValue)));

    public override long NextInt64(long minValue, long maxValue) =>
        maxValue <= minValue ? minValue : minValue + (long)(Draw() % (ulong)(maxValue - minValue));

    public override double NextDouble() => Draw() / (uint.MaxValue + 1.0);

    protected override double Sample() => NextDouble();

    public override void NextBytes(byte[] buffer) => NextBytes(buffer.AsSpan());

    public override void NextBytes(Span<byte> buffer)
    {
        for (int i = 0; i < buffer.Length; i++)
        {
            buffer[i] = (byte)Draw();
        }
    }

    private uint Draw() => _next < choices.Length ? choices[_next++] : (uint)_rest.Next() ^ ((uint)_rest.Next(2) << 31);
}
