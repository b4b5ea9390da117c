using System.Buffers;
using MarkupDsl.Markup;
using SWML = MarkupDsl.SWML;
using TwiML = MarkupDsl.TwiML;

namespace MarkupDsl.AspNetCore.Tests;

/// <summary>The documents the test endpoints return; text outside ASCII checks the UTF-8 path end to end.</summary>
internal static class Documents
{
    public static TwiML.VoiceResponse Twiml { get; } = new TwiML.VoiceResponse()
        .Say("Grüß Gott, ça va? 😀")
        .Connect(connect => connect.Stream("wss://example.com/media"));

    public static SWML.SwmlDocument Swml { get; } = new SWML.SwmlDocument().Stream(
        "wss://example.com/audio-stream",
        stream => stream.CustomParameters(new System.Collections.Generic.Dictionary<string, string> { ["greeting"] = "Grüß Gott 😀" }),
        name: "live");

    /// <summary>The bytes <see cref="MarkupDocument.WriteTo(IBufferWriter{byte}, bool)"/> writes.</summary>
    public static byte[] Utf8(MarkupDocument document)
    {
        var buffer = new ArrayBufferWriter<byte>();
        document.WriteTo(buffer);
        return buffer.WrittenSpan.ToArray();
    }
}
