using System;
using Twilio.Types;
using Twilio.TwiML;
using Twilio.TwiML.Voice;
using HttpMethod = Twilio.Http.HttpMethod;

namespace MarkupDsl.Benchmarks.Markup;

/// <summary>
/// The render benchmarks' documents built with twilio-csharp (the <c>Twilio</c> package), the baseline: the calls an
/// application makes with that library, URLs as <see cref="Uri"/> and numbers as <see cref="PhoneNumber"/> where its
/// API asks for them.
/// </summary>
internal static class TwilioCsharpDocuments
{
    public static VoiceResponse Build(string example) => example switch
    {
        "custom-parameters" => new VoiceResponse().Append(new Start().Append(
            new Twilio.TwiML.Voice.Stream(url: "wss://mystream.ngrok.io/example").Parameter("FirstName", "Jane").Parameter("LastName", "Doe"))),
        "connect-stream" => new VoiceResponse()
            .Append(new Connect().Stream(url: "wss://example.com/audiostream"))
            .Say("This TwiML instruction is unreachable unless the Stream is ended by your WebSocket server."),
        "start-stream-named" => new VoiceResponse()
            .Append(new Start().Stream(url: "wss://example.com/audiostream", name: "Example Audio Stream"))
            .Say("The stream has started."),
        "stop-stream" => new VoiceResponse().Append(new Stop().Stream(name: "my_first_stream")),
        "ivr-menu" => IvrMenu(),
        "agent-handoff" => AgentHandoff(),
        _ => throw new ArgumentOutOfRangeException(nameof(example), example, "unknown example"),
    };

    private static VoiceResponse IvrMenu()
    {
        var gather = new Gather(
            input: new[] { Gather.InputEnum.Dtmf, Gather.InputEnum.Speech },
            action: new Uri("/menu", UriKind.Relative),
            method: HttpMethod.Post,
            timeout: 5,
            numDigits: 1);
        gather.Say(RenderBenchmarks.MenuPrompt, voice: Say.VoiceEnum.PollyJoannaNeural, language: Say.LanguageEnum.EnUs)
            .Play(new Uri("https://example.com/audio/menu-music.mp3"));
        return new VoiceResponse()
            .Append(gather)
            .Say("We did not hear from you.")
            .Redirect(new Uri("/voice", UriKind.Relative));
    }

    private static VoiceResponse AgentHandoff()
    {
        var say = new Say("Connecting you ");
        say.Break(time: "300ms");
        say.Emphasis("now", level: SsmlEmphasis.LevelEnum.Strong);
        say.AddText(". Your ticket number is ");
        say.SayAs("4521", interpretAs: SsmlSayAs.InterpretAsEnum.Digits);
        say.AddText(".");

        var dial = new Dial(callerId: "+15557654321", record: Dial.RecordEnum.RecordFromAnswer, action: new Uri("/after-dial", UriKind.Relative));
        dial.Number(
            new PhoneNumber("+15550001111"),
            statusCallbackEvent: new[] { Number.EventEnum.Answered, Number.EventEnum.Completed },
            statusCallback: new Uri("https://example.com/call-events"));
        dial.Client("agent-7");

        return new VoiceResponse()
            .Append(new Start().Append(new Twilio.TwiML.Voice.Stream(url: "wss://example.com/media", track: Twilio.TwiML.Voice.Stream.TrackEnum.BothTracks)
                .Parameter("caller", "+15551234567")
                .Parameter("ticket", "4521")))
            .Append(say)
            .Append(dial)
            .Record(maxLength: 120, playBeep: true);
    }
}
