using System;
using MarkupDsl.TwiML;

// The library's builders.
Console.WriteLine(new VoiceResponse().Connect(c => c.Stream("wss://example.com/media", s => s.Parameter("a", "b"))));

// A builder that Schemas/Transcription.xsd adds.
Console.WriteLine(new VoiceResponse().Start(s => s.Transcription("https://example.com/transcripts", name: "live")));

// A deliberate mistake: the analyzers flag it when building, the builder refuses it when running.
try
{
    Console.WriteLine(new VoiceResponse().Connect(c => c.Stream("ws://example.com/media")));
}
catch (ArgumentException exception)
{
    Console.WriteLine("refused: " + exception.ParamName);
}
