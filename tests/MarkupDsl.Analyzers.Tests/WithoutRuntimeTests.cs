using System.Threading.Tasks;
using MarkupDsl.Analyzers.Tests.Verifiers;

namespace MarkupDsl.Analyzers.Tests;

/// <summary>
/// A project that does not reference the MarkupDsl runtime gets no diagnostic and no analyzer exception (AD0001),
/// even when its own types take MarkupDsl's namespaces and names: the analyzers know MarkupDsl's types as symbols of
/// the runtime, not by their names.
/// </summary>
public sealed class WithoutRuntimeTests
{
    // On MarkupDsl's own builders these calls raise MDSL001, MDSL002, MDSL003, MDSL005 and MDSL015.
    private const string LookAlike = """
        using System;

        namespace MarkupDsl.Markup
        {
            [AttributeUsage(AttributeTargets.Struct)]
            public sealed class KnownValuesAttribute(params string[] values) : Attribute
            {
                public string[] Values { get; } = values;
            }
        }

        namespace MarkupDsl.TwiML
        {
            [MarkupDsl.Markup.KnownValues("inbound_track", "outbound_track", "both_tracks")]
            public readonly struct Track
            {
                public static implicit operator Track(string value) => default;
            }

            public sealed class StartBuilder
            {
                public StartBuilder Stream(string url, Track? track = null) => this;
            }

            public sealed class ConnectBuilder
            {
                public ConnectBuilder Stream(string url, Track? track = null) => this;
            }

            public sealed class VoiceResponse
            {
                public VoiceResponse Start(Action<StartBuilder> content) => this;

                public VoiceResponse Connect(Action<ConnectBuilder> content) => this;

                public VoiceResponse Say(string text) => this;

                public VoiceResponse Dial(string text) => this;
            }
        }

        public static class Example
        {
            public static object Build() => new MarkupDsl.TwiML.VoiceResponse()
                .Start(s => s.Stream("ws://example.com/media?x=1", track: "inbound"))
                .Connect(c => c.Stream("https://example.com/b", track: "both_tracks"))
                .Say("Bye")
                .Dial("");
        }
        """;

    [Fact]
    public Task A_project_without_the_runtime_gets_no_diagnostics() =>
        new AllAnalyzersVerifier.Test(TestProject.Framework).VerifyAsync(LookAlike);
}
