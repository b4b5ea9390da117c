using System;
using MarkupDsl.TwiML;

// The library's builders.
Console.WriteLine(new VoiceResponse().Connect(c => c.Stream("wss://example.com/media", s => s.Parameter("a", "b"))));

// A builder that Schemas/Translation.xsd adds.
Console.WriteLine(new VoiceResponse().Start(s => s.Translation("https://example.com/translations", name: "live")));

// Schemas/Hold.xsd: a verb holding the library's <Say> and <Play>, with the library's Track and its own HoldMusic,
// and a new <Stream> attribute; the library's VoiceResponse reads it back and validates it.
var hold = new VoiceResponse()
    .Hold(h => h.Say("Please hold.").Play("https://example.com/hold.mp3"), music: HoldMusic.Jazz, track: Track.InboundTrack)
    .Connect(c => c.Stream("wss://example.com/media", s => s.WithPriority(2)));
Console.WriteLine(hold);
Console.WriteLine($"parsed back equal: {VoiceResponse.Parse(hold.ToString()).Equals(hold)}; problems: {VoiceResponse.Validate(hold.ToString()).Count}");

// A value HoldMusic does not list: it converts, and the analyzers warn as they do for the library's values.
Console.WriteLine(new VoiceResponse().Hold(music: "rock"));

// A deliberate mistake: the analyzers flag it when building, the builder refuses it when running.
try
{
    Console.WriteLine(new VoiceResponse().Connect(c => c.Stream("ws://example.com/media")));
}
catch (ArgumentException exception)
{
    Console.WriteLine("refused: " + exception.ParamName);
}

// The library's CallbackUrl pattern, on an attribute of the consumer's schema: flagged when building, refused when running.
try
{
    Console.WriteLine(new VoiceResponse().Hold(statusCallback: "ftp://example.com/hold"));
}
catch (ArgumentException exception)
{
    Console.WriteLine("refused: " + exception.ParamName);
}
