using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using CsCheck;
using MarkupDsl.MediaStreams;
using MarkupDsl.Tests.MediaStreams;

namespace MarkupDsl.Tests.Properties;

/// <summary>
/// The Media Streams reader on hostile input: each provider's messages (from the tests' message catalogues) with
/// random byte edits (<see cref="ByteMutation"/>), and random bytes. A failure prints CsCheck's seed and the shrunk
/// input; replay it with <c>seed:</c> or the <c>CsCheck_Seed</c> variable.
/// </summary>
public class MediaStreamReaderProperties
{
    private const string Payload = "/38AgP9/AIA=";

    // Per provider: what opens a stream, then what may follow it.
    private static readonly (string[] Opening, string[] Messages)[] Streams =
    [
        ([TwilioMessages.Connected, TwilioMessages.Start],
            [TwilioMessages.Media, TwilioMessages.MediaFrame(3, Payload), TwilioMessages.Dtmf, TwilioMessages.Mark, TwilioMessages.Stop]),
        ([TelnyxMessages.Connected, TelnyxMessages.Start()],
            [TelnyxMessages.Media(2, Payload), TelnyxMessages.Dtmf, TelnyxMessages.Mark("späť ✓"), TelnyxMessages.Error, TelnyxMessages.OlderError, TelnyxMessages.Stop]),
        ([SignalWireMessages.Connected, SignalWireMessages.Start()],
            [SignalWireMessages.Media(2, Payload), SignalWireMessages.Dtmf, SignalWireMessages.Mark("m-1"), SignalWireMessages.Stop]),
    ];

    private static readonly Gen<(int Stream, int Message, bool Opening, ByteMutation[] Mutations)> MutatedMessages =
        Gen.Select(Gen.Int[0, Streams.Length - 1], Gen.Int[0, 5], Gen.Bool, ByteMutation.Gen.Array[1, 6]);

    [Fact]
    public void Mutated_messages_are_read_without_throwing() =>
        MutatedMessages.Sample((stream, message, opening, mutations) =>
        {
            MediaStreamMessageReader reader = Opened(stream);
            Assert.NotNull(reader.Read(ByteMutation.ApplyAll(Pick(stream, message, opening), mutations)));
        }, iter: 2000);

    [Fact]
    public void Random_bytes_are_read_without_throwing_before_and_after_the_stream_opens() =>
        Gen.Select(Gen.Int[0, Streams.Length - 1], Gen.Byte.Array[0, 300]).Sample((stream, bytes) =>
        {
            Assert.NotNull(new MediaStreamMessageReader().Read(bytes));
            Assert.NotNull(Opened(stream).Read(bytes));
        }, iter: 2000);

    [Fact]
    public void A_malformed_message_never_costs_the_valid_message_after_it() =>
        Gen.Select(MutatedMessages, Gen.Int[0, 5]).Sample((mutated, next) =>
        {
            (int stream, int message, bool opening, ByteMutation[] mutations) = mutated;
            MediaStreamMessageReader reader = Opened(stream);
            if (reader.Read(ByteMutation.ApplyAll(Pick(stream, message, opening), mutations)) is not MalformedMessageEvent)
            {
                return;
            }

            byte[] valid = Pick(stream, next, opening: false);
            Assert.Equal(Describe(Opened(stream).Read(valid)), Describe(reader.Read(valid)));
        }, iter: 2000);

    private static MediaStreamMessageReader Opened(int stream)
    {
        var reader = new MediaStreamMessageReader();
        foreach (string message in Streams[stream].Opening)
        {
            Assert.IsNotType<MalformedMessageEvent>(reader.Read(Encoding.UTF8.GetBytes(message)));
        }

        return reader;
    }

    private static byte[] Pick(int stream, int message, bool opening)
    {
        string[] messages = opening ? Streams[stream].Opening : Streams[stream].Messages;
        return Encoding.UTF8.GetBytes(messages[message % messages.Length]);
    }

    // The event's type and every public property, payloads and samples as their values.
    private static string Describe(MediaStreamEvent message) =>
        message.GetType().Name + " " + string.Join(", ", message.GetType()
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => $"{p.Name}={Format(p.GetValue(message))}"));

    private static string Format(object? value) => value switch
    {
        null => "null",
        string text => text,
        ReadOnlyMemory<byte> bytes => Convert.ToHexString(bytes.Span),
        ReadOnlyMemory<short> samples => string.Join(' ', samples.ToArray()),
        IDictionary dictionary => string.Join(';', dictionary.Keys.Cast<object>().Select(k => $"{k}:{dictionary[k]}")),
        IEnumerable items => string.Join(';', items.Cast<object>().Select(Format)),
        _ => value.ToString() ?? "",
    };
}
