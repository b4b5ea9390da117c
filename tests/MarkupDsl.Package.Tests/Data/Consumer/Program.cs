using System;
using MarkupDsl.TwiML;

// The library's builders.
Console.WriteLine(new VoiceResponse().Connect(c => c.Stream("wss://example.com/media", s => s.Parameter("a", "b"))));

// A builder that Schemas/Translation.xsd adds.
Console.WriteLine(new VoiceResponse().Start(s => s.Translation("https://example.com/translations", name: "live")));

// A deliberate mistake: the analyzers flag it when building, the builder refuses it when running.
try
{
    Console.WriteLine(new VoiceResponse().Connect(c => c.Stream("ws://example.com/media")));
}
catch (ArgumentException exception)
{
    Console.WriteLine("refused: " + exception.ParamName);
}
