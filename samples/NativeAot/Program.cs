using System;
using System.Buffers;
using MarkupDsl.Audio;
using MarkupDsl.MediaStreams;
using SWML = MarkupDsl.SWML;
using TwiML = MarkupDsl.TwiML;

// One pass through every part of the runtime that a trimmer could break: markup writing and reading (XML, JSON and
// YAML through YamlDotNet), the Media Streams JSON codec and G.711. Exits with 1 if any round trip differs.
int failures = 0;

var twiml = new TwiML.VoiceResponse()
    .Connect(c => c.Stream("wss://example.com/media", s => s.Parameter("caller", "+15551234567")))
    .Say("The stream has ended.");
Check("TwiML", twiml.ToString(), TwiML.VoiceResponse.Parse(twiml.ToString()).ToString());

var swml = new SWML.SwmlDocument().Stream("wss://example.com/audio", track: SWML.Track.BothTracks);
Check("SWML JSON", swml.ToString(), SWML.SwmlDocument.Parse(swml.ToString()).ToString());
Check("SWML YAML", swml.ToYaml(), SWML.SwmlDocument.Parse(swml.ToYaml()).ToYaml());

// A 20 ms frame: 160 samples at 8 kHz of a 400 Hz tone, as mu-law in a Twilio "media" message and back.
short[] samples = new short[160];
for (int i = 0; i < samples.Length; i++)
{
    samples[i] = (short)(8000 * Math.Sin(2 * Math.PI * 400 * i / 8000.0));
}
byte[] muLaw = new byte[samples.Length];
MuLaw.Encode(samples, muLaw);
var message = new ArrayBufferWriter<byte>();
using (var writer = new MediaStreamMessageWriter(message, MediaStreamProvider.Twilio))
{
    writer.WriteMedia("MZ0123", muLaw);
}
MediaStreamEvent read = new MediaStreamMessageReader(MediaStreamProvider.Twilio).Read(message.WrittenSpan);
byte[] received = read is MediaEvent media ? media.Payload.ToArray() : Array.Empty<byte>();
Check("media frame", Convert.ToHexString(muLaw), Convert.ToHexString(received));

// Mu-law keeps a sample this loud to within half its 256-step quantization interval (ITU-T G.711).
short[] decoded = new short[received.Length];
MuLaw.Decode(received, decoded);
int largestError = 0;
for (int i = 0; i < decoded.Length; i++)
{
    largestError = Math.Max(largestError, Math.Abs(decoded[i] - samples[i]));
}
Check("G.711 mu-law decode", "error <= 128", largestError <= 128 ? "error <= 128" : $"error {largestError}");

return failures == 0 ? 0 : 1;

void Check(string what, string expected, string actual)
{
    bool same = expected == actual;
    failures += same ? 0 : 1;
    Console.WriteLine($"{(same ? "ok  " : "FAIL")} {what}: {actual}");
}
