using System;
using System.Collections.Generic;
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

    // The lookup, built from the table: names of one length are told apart by the bytes at two positions chosen for
    // that length, so that finding a name costs a few array reads and one comparison, as a hand-written switch on
    // length and first byte did, and the table stays the one place that lists the names.
    private static readonly Entry[] Entries = EntriesOf(Rows);
    private static readonly ushort[] PositionsByLength = ChoosePositions(Entries);
    private static readonly byte[] Slots = FillSlots(Entries, PositionsByLength);
    private static readonly string[] NamesByField = NamesOf(Rows);

    /// <summary>The field <paramref name="name"/> names, or <see cref="MessageField.Other"/>.</summary>
    public static MessageField Find(ReadOnlySpan<byte> name)
    {
        if ((uint)name.Length >= (uint)PositionsByLength.Length)
        {
            return MessageField.Other;
        }

        // Zero: no name of this length (two positions are never both 0).
        int positions = PositionsByLength[name.Length];
        if (positions == 0)
        {
            return MessageField.Other;
        }

        int entry = Slots[(name.Length << 8) | Hash(name[positions >> 8], name[positions & 0xFF])];
        if (entry == 0)
        {
            return MessageField.Other;
        }

        ref readonly Entry candidate = ref Entries[entry - 1];
        return name.SequenceEqual(candidate.Utf8) ? candidate.Field : MessageField.Other;
    }

    /// <summary>The name of <paramref name="field"/> as sent on the wire (its first spelling in the table); an event's name for an event.</summary>
    public static string NameOf(MessageField field) => NamesByField[(int)field];

    private static int Hash(byte first, byte second) => (first * 31 + second) & 0xFF;

    private static Entry[] EntriesOf(Row[] rows)
    {
        var entries = new List<Entry>();
        foreach (Row row in rows)
        {
            foreach (string? name in (ReadOnlySpan<string?>)[row.Twilio, row.Telnyx, row.SignalWire])
            {
                if (name is not null && !entries.Exists(e => e.Name == name))
                {
                    // The lookup reads two positions of a name; a slot (a byte) holds an entry's index plus one.
                    if (name.Length < 2 || entries.Count == byte.MaxValue - 1)
                    {
                        throw new InvalidOperationException($"'{name}': names need 2 bytes at least, and 254 at most fit the slots");
                    }

                    entries.Add(new Entry(name, Encoding.UTF8.GetBytes(name), row.Field));
                }
            }
        }

        return entries.ToArray();
    }

    /// <summary>For each length, two byte positions whose <see cref="Hash"/> differs for every name of that length: (first &lt;&lt; 8) | second.</summary>
    private static ushort[] ChoosePositions(Entry[] entries)
    {
        int longest = 0;
        foreach (Entry entry in entries)
        {
            longest = Math.Max(longest, entry.Utf8.Length);
        }

        var positions = new ushort[longest + 1];
        Span<bool> used = stackalloc bool[256];
        for (int length = 2; length <= longest; length++)
        {
            positions[length] = Separating(entries, length, used);
        }

        return positions;
    }

    private static ushort Separating(Entry[] entries, int length, Span<bool> used)
    {
        if (!Array.Exists(entries, e => e.Utf8.Length == length))
        {
            return 0;
        }

        for (int first = 0; first < length; first++)
        {
            for (int second = 0; second < length; second++)
            {
                if (first != second && Separates(entries, length, first, second, used))
                {
                    return (ushort)((first << 8) | second);
                }
            }
        }

        throw new InvalidOperationException($"no two positions tell apart the {length}-byte field names");
    }

    private static bool Separates(Entry[] entries, int length, int first, int second, Span<bool> used)
    {
        used.Clear();
        foreach (Entry entry in entries)
        {
            if (entry.Utf8.Length == length)
            {
                int hash = Hash(entry.Utf8[first], entry.Utf8[second]);
                if (used[hash])
                {
                    return false;
                }

                used[hash] = true;
            }
        }

        return true;
    }

    private static byte[] FillSlots(Entry[] entries, ushort[] positions)
    {
        var slots = new byte[positions.Length << 8];
        for (int i = 0; i < entries.Length; i++)
        {
            byte[] name = entries[i].Utf8;
            int at = positions[name.Length];
            slots[(name.Length << 8) | Hash(name[at >> 8], name[at & 0xFF])] = (byte)(i + 1);
        }

        return slots;
    }

    private static string[] NamesOf(Row[] rows)
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

    private readonly record struct Entry(string Name, byte[] Utf8, MessageField Field);
}
