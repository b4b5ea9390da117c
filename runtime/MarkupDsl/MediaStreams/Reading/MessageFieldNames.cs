using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace MarkupDsl.MediaStreams;

/// <summary>
/// The name each dialect sends for each <see cref="MessageField"/>, and the lookup from a property name (UTF-8) to its
/// field that <see cref="MediaStreamMessageReader"/> runs on every property of every message.
/// </summary>
/// <remarks>
/// The reader accepts every name in the table whatever the provider, since it learns the provider only from the first
/// frames; the columns record who sends which. Sources: Twilio, "Media Streams - WebSocket Messages"; Telnyx, "Media
/// Streaming" and its AsyncAPI "Stream call media over WebSocket"; SignalWire, "cXML Stream".
/// </remarks>
internal static class MessageFieldNames
{
    /// <summary>One row per field but <see cref="MessageField.Other"/>: the name Twilio, Telnyx and SignalWire send, null where a dialect has none.</summary>
    internal static readonly Row[] Rows =
    [
        //  field                           Twilio              Telnyx               SignalWire (cXML)
        new(MessageField.Event,             "event",            "event",             "event"),
        new(MessageField.SequenceNumber,    "sequenceNumber",   "sequence_number",   "sequenceNumber"),
        new(MessageField.StreamSid,         "streamSid",        null,                "streamSid"),
        new(MessageField.StreamId,          null,               "stream_id",         null),

        // The events; each name also names the event's body ("event":"media" carries "media":{...}).
        new(MessageField.Connected,         "connected",        "connected",         "connected"),
        new(MessageField.Start,             "start",            "start",             "start"),
        new(MessageField.Media,             "media",            "media",             "media"),
        new(MessageField.Dtmf,              "dtmf",             "dtmf",              "dtmf"),
        new(MessageField.Mark,              "mark",             "mark",              "mark"),
        new(MessageField.Stop,              "stop",             "stop",              "stop"),
        new(MessageField.Error,             null,               "error",             null),

        // connected
        new(MessageField.Protocol,          "protocol",         null,                "protocol"),
        new(MessageField.Version,           "version",          "version",           "version"),

        // start and stop
        new(MessageField.AccountSid,        "accountSid",       "user_id",           "accountSid"),
        new(MessageField.CallSid,           "callSid",          null,                "callSid"),
        new(MessageField.CallControlId,     null,               "call_control_id",   null),
        new(MessageField.Tracks,            "tracks",           null,                "tracks"),
        new(MessageField.MediaFormat,       "mediaFormat",      "media_format",      "mediaFormat"),
        new(MessageField.Encoding,          "encoding",         "encoding",          "encoding"),
        new(MessageField.SampleRate,        "sampleRate",       "sample_rate",       "sampleRate"),
        new(MessageField.Channels,          "channels",         "channels",          "channels"),
        new(MessageField.CustomParameters,  "customParameters", "custom_parameters", "customParameters"),

        // media (payload is also the body of a Telnyx error)
        new(MessageField.Track,             "track",            "track",             "track"),
        new(MessageField.Chunk,             "chunk",            "chunk",             "chunk"),
        new(MessageField.Timestamp,         "timestamp",        "timestamp",         "timestamp"),
        new(MessageField.Payload,           "payload",          "payload",           "payload"),

        // dtmf (Twilio's also has track), mark
        new(MessageField.Digit,             "digit",            "digit",             "digit"),
        new(MessageField.Duration,          null,               null,                "duration"),
        new(MessageField.OccurredAt,        null,               "occurred_at",       null),
        new(MessageField.Name,              "name",             "name",              "name"),

        // error
        new(MessageField.Code,              null,               "code",              null),
        new(MessageField.Title,             null,               "title",             null),
        new(MessageField.Detail,            null,               "detail",            null),
    ];

    // The lookup, built from the table so that the table stays the one place that lists the names: each name has its
    // own slot in a table of 512, found by multiplying a key made of its length and three of its bytes by a factor
    // chosen (once, when the class loads) so that no two names share a slot. A property name then costs three byte
    // reads, a multiplication, one slot read and a comparison of two or three words, about what a hand-written switch
    // on length and first byte costs.
    private const int SlotBits = 9;
    private const int ShortestName = 4;
    private const int LongestName = 24;
    private static readonly (string Name, MessageField Field)[] Names = NamesOf(Rows);
    private static readonly uint Factor = ChooseFactor(Names);
    private static readonly Entry[] Slots = FillSlots(Names, Factor);
    private static readonly string[] NamesByField = FirstNames(Rows);

    /// <summary>The field <paramref name="name"/> names, or <see cref="MessageField.Other"/>.</summary>
    public static MessageField Find(ReadOnlySpan<byte> name)
    {
        if ((uint)(name.Length - ShortestName) > LongestName - ShortestName)
        {
            return MessageField.Other;
        }

        ref readonly Entry entry = ref Slots[Slot(name, Factor)];
        return entry.Matches(name) ? entry.Field : MessageField.Other;
    }

    /// <summary>The name of <paramref name="field"/> as sent on the wire (its first spelling in the table); an event's name for an event.</summary>
    public static string NameOf(MessageField field) => NamesByField[(int)field];

    /// <summary>The slot of a name of 4 to 24 bytes: the top bits of its key times <paramref name="factor"/>.</summary>
    private static int Slot(ReadOnlySpan<byte> name, uint factor) => (int)((Key(name) * factor) >> (32 - SlotBits));

    // Length, first, last and third-last byte: distinct for every pair of names in the table (stream_id and streamSid
    // differ only at the third-last), which ChooseFactor checks.
    private static uint Key(ReadOnlySpan<byte> name)
    {
        // Unchecked reads: every caller has checked the length (4 bytes at least).
        ref byte start = ref MemoryMarshal.GetReference(name);
        ref byte end = ref Unsafe.Add(ref start, name.Length);
        return start | (uint)Unsafe.Subtract(ref end, 3) << 8 | (uint)Unsafe.Subtract(ref end, 1) << 16 | (uint)name.Length << 24;
    }

    private static (string, MessageField)[] NamesOf(Row[] rows)
    {
        var names = new List<(string Name, MessageField Field)>();
        foreach (Row row in rows)
        {
            foreach (string? name in (ReadOnlySpan<string?>)[row.Twilio, row.Telnyx, row.SignalWire])
            {
                if (name is not null && !names.Exists(n => n.Name == name))
                {
                    names.Add(name.Length is >= ShortestName and <= LongestName
                        ? (name, row.Field)
                        : throw new InvalidOperationException($"'{name}': the lookup takes names of {ShortestName} to {LongestName} bytes"));
                }
            }
        }

        return names.ToArray();
    }

    /// <summary>The first of a fixed series of odd factors that gives every name a slot of its own.</summary>
    private static uint ChooseFactor((string Name, MessageField Field)[] names)
    {
        Span<bool> taken = stackalloc bool[1 << SlotBits];
        for (uint factor = 0x9E3779B1; factor != 0x9E3779B1 + 2 * 10_000; factor += 2)
        {
            taken.Clear();
            bool separate = true;
            foreach ((string name, _) in names)
            {
                ref bool slot = ref taken[Slot(Encoding.UTF8.GetBytes(name), factor)];
                separate &= !slot;
                slot = true;
            }

            if (separate)
            {
                return factor;
            }
        }

        throw new InvalidOperationException("no factor gives every field name a slot of its own: two names may share length, first, last and third-last byte");
    }

    private static Entry[] FillSlots((string Name, MessageField Field)[] names, uint factor)
    {
        var slots = new Entry[1 << SlotBits];
        foreach ((string name, MessageField field) in names)
        {
            byte[] utf8 = Encoding.UTF8.GetBytes(name);
            slots[Slot(utf8, factor)] = new Entry(utf8, field);
        }

        return slots;
    }

    private static string[] FirstNames(Row[] rows)
    {
        var names = new string[Enum.GetValues<MessageField>().Length];
        foreach (Row row in rows)
        {
            names[(int)row.Field] = row.Twilio ?? row.Telnyx ?? row.SignalWire!;
        }

        return names;
    }

    /// <summary>A field and the name each dialect sends for it.</summary>
    internal readonly record struct Row(MessageField Field, string? Twilio, string? Telnyx, string? SignalWire);

    /// <summary>A slot: a name's length and words, as <see cref="Matches"/> compares them, and its field; empty slots have length 0.</summary>
    private readonly struct Entry
    {
        private readonly ulong _head, _middle, _tail;
        private readonly int _length;

        public Entry(byte[] name, MessageField field)
        {
            _length = name.Length;
            (_head, _middle, _tail) = Words(name);
            Field = field;
        }

        public MessageField Field { get; }

        /// <summary>Whether <paramref name="name"/> (4 to 24 bytes) is this entry's name.</summary>
        public bool Matches(ReadOnlySpan<byte> name) => name.Length == _length && Words(name) == (_head, _middle, _tail);

        // The first and last 4 bytes of a name shorter than 8, else the first and last 8 and, past 16, the 8 from the
        // ninth: overlapping reads that cover every byte, where a byte-by-byte comparison would loop.
        private static (ulong Head, ulong Middle, ulong Tail) Words(ReadOnlySpan<byte> name)
        {
            ref byte start = ref MemoryMarshal.GetReference(name);
            int length = name.Length;
            if (length < 8)
            {
                return (Unsafe.ReadUnaligned<uint>(ref start), 0, Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref start, length - 4)));
            }

            ulong middle = length > 16 ? Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref start, 8)) : 0;
            return (Unsafe.ReadUnaligned<ulong>(ref start), middle, Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref start, length - 8)));
        }
    }
}
