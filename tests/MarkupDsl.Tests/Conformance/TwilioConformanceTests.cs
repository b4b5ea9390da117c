using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using MarkupDsl.Markup;
using Xunit.Abstractions;
using TwilioNode = Twilio.TwiML.TwiML;
using TwilioVoice = Twilio.TwiML.Voice;

namespace MarkupDsl.Tests.Conformance;

/// <summary>
/// Conformance with twilio-csharp 8.2.0: seeded random documents of every Voice and Messaging element both libraries
/// have, built with each, are the same XML, and MarkupDsl reads twilio-csharp's output back to the document it built.
/// The differences that remain are the documented ones in <see cref="KnownDifferences"/>.
/// </summary>
public sealed class TwilioConformanceTests(ITestOutputHelper output)
{
    private const int FailuresShown = 3;

    public static TheoryData<string> Dialects => new() { "Voice", "Messaging" };

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Documents_built_with_both_libraries_are_the_same_XML(string dialect)
    {
        ConformanceCatalog catalog = Catalog(dialect);
        var report = new CoverageReport(catalog);
        var failures = new List<string>();
        int renames = 0;
        foreach (var (label, document, markupDsl, twilio) in Build(catalog, failures))
        {
            report.Add(document);
            string twilioText = twilio.ToString(SaveOptions.DisableFormatting);
            renames += XmlTreeComparer.CountRenames(twilioText);
            List<string> differences = XmlTreeComparer.Compare(markupDsl.ToString(), twilioText);
            if (differences.Count > 0)
            {
                failures.Add(Failure(label, differences, markupDsl.ToString(), twilioText));
            }
        }

        // Every element class twilio-csharp 8.2.0 has for the dialect is compared somewhere.
        var paired = catalog.Nodes.Select(n => n.Twilio.Type).ToHashSet();
        string[] unpaired = typeof(TwilioNode).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == $"Twilio.TwiML.{dialect}" && typeof(TwilioNode).IsAssignableFrom(t) && !paired.Contains(t))
            .Select(t => t.Name)
            .ToArray();
        output.WriteLine(report.Describe(dialect));
        if (dialect == "Voice")
        {
            output.WriteLine($"  ConversationRelay attributes compared through the documented lower-case names: {renames}.");
        }

        AssertNoFailures(failures, "documents differ");
        Assert.Empty(report.Uncovered());
        Assert.Empty(unpaired);
        if (dialect == "Voice")
        {
            Assert.True(renames > 0, "No document exercised the ConversationRelay lower-case exception.");
        }
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Parse_reads_twilio_csharp_output_back_to_the_built_document(string dialect)
    {
        ConformanceCatalog catalog = Catalog(dialect);
        Func<string, MarkupDocument> parse = dialect == "Voice"
            ? MarkupDsl.TwiML.VoiceResponse.Parse
            : MarkupDsl.TwiML.Messaging.MessagingResponse.Parse;
        Func<string, IReadOnlyList<MarkupError>> validate = dialect == "Voice"
            ? MarkupDsl.TwiML.VoiceResponse.Validate
            : MarkupDsl.TwiML.Messaging.MessagingResponse.Validate;
        var failures = new List<string>();
        int documents = 0, indentedInText = 0, lowerCaseDocuments = 0;
        foreach (var (label, _, markupDsl, twilio) in Build(catalog, failures))
        {
            documents++;
            string unindented = twilio.ToString(SaveOptions.DisableFormatting);
            string indented = twilio.ToString();
            // MarkupDsl reads only the documented camelCase names of (3): each lower-case one twilio-csharp wrote is
            // an error naming it, and nothing else is.
            IReadOnlyList<string> lowerCase = KnownDifferences.LowerCaseAttributesIn(unindented);
            if (lowerCase.Count > 0)
            {
                lowerCaseDocuments++;
                var errors = validate(unindented).Where(e => e.Severity == MarkupSeverity.Error).Select(e => e.Message).ToArray();
                if (errors.Length != lowerCase.Count || !lowerCase.All(name => errors.Any(e => e.Contains($"has no attribute '{name}'", StringComparison.Ordinal))))
                {
                    failures.Add(Failure(label, ["Validate did not report exactly the lower-case ConversationRelay attributes:", .. errors], markupDsl.ToString(), unindented));
                    continue;
                }

                unindented = KnownDifferences.WithDocumentedAttributeNames(unindented);
                indented = KnownDifferences.WithDocumentedAttributeNames(indented);
            }

            if (!TryParse(parse, unindented, out MarkupDocument? flat, out string? error) || !markupDsl.Equals(flat))
            {
                IEnumerable<string> why = error is null
                    ? ["Parse(unindented) differs:", .. XmlTreeComparer.CompareReadBack(markupDsl.ToString(), flat!.ToString())]
                    : [error];
                failures.Add(Failure(label, why, markupDsl.ToString(), unindented));
                continue;
            }

            if (!TryParse(parse, indented, out MarkupDocument? pretty, out error))
            {
                failures.Add(Failure(label, [error!], markupDsl.ToString(), indented));
                continue;
            }

            if (!markupDsl.Equals(pretty))
            {
                // The indentation twilio-csharp writes into mixed content (KnownDifferences.IsIndentation) is all
                // that may differ.
                indentedInText++;
                MarkupElement stripped = KnownDifferences.WithoutTwilioIndentation(pretty!.Root);
                if (!markupDsl.Root.Equals(stripped))
                {
                    failures.Add(Failure(
                        label,
                        ["Parse(indented) differs by more than indentation runs in mixed content:", .. XmlTreeComparer.CompareReadBack(markupDsl.ToString(), pretty.ToString())],
                        markupDsl.ToString(),
                        indented));
                }
            }
        }

        output.WriteLine($"{dialect}: {documents} twilio-csharp documents read back, unindented and indented; "
            + $"{indentedInText} of the indented ones carry XDocument's indentation inside mixed content."
            + (dialect == "Voice" ? $" {lowerCaseDocuments} carry lower-case ConversationRelay attributes, read after renaming them as documented." : ""));
        AssertNoFailures(failures, "documents read back differently");
    }

    [Fact]
    public void Carriage_returns_in_text_are_the_one_difference_and_only_in_text()
    {
        var failures = new List<string>();
        int documents = 0, differing = 0, markupDslWithCarriageReturns = 0;
        foreach (var (label, _, markupDsl, twilio) in Build(ConformanceCatalog.Voice, failures, carriageReturns: true, randomDocuments: 60))
        {
            documents++;
            string markupDslText = markupDsl.ToString();
            string twilioText = twilio.ToString(SaveOptions.DisableFormatting);
            List<string> strict = XmlTreeComparer.Compare(markupDslText, twilioText);
            List<string> mapped = XmlTreeComparer.Compare(markupDslText, twilioText, KnownDifferences.TextAfterTwilioNewLines);
            if (mapped.Count > 0 || strict.Any(d => d.Contains("/@", StringComparison.Ordinal)))
            {
                failures.Add(Failure(label, strict, markupDslText, twilioText));
            }

            differing += strict.Count > 0 ? 1 : 0;
            // Text as an XML parser reads it: MarkupDsl's keeps its carriage returns, twilio-csharp's has none left.
            if (TextOf(markupDslText).Contains('\r'))
            {
                markupDslWithCarriageReturns++;
            }

            Assert.DoesNotContain('\r', TextOf(twilioText));
        }

        output.WriteLine($"Carriage returns: {documents} documents, {differing} differ only by CR or CR LF read as LF in text.");
        AssertNoFailures(failures, "documents with carriage returns differ otherwise");
        Assert.True(differing > documents / 2, "Too few documents carried a carriage return in text.");
        Assert.Equal(differing, markupDslWithCarriageReturns);
    }

    [Fact]
    public void ConversationRelay_writes_the_documented_camel_case_where_twilio_csharp_writes_lower_case()
    {
        var markupDsl = new MarkupDsl.TwiML.VoiceResponse().Connect(connect => connect.ConversationRelay(
            "wss://relay.example.com/ws", backgroundNoiseReduction: "on", deepgramSmartFormat: true, ignoreBackchannel: false, speechTimeout: "auto"));
        var relay = new TwilioVoice.ConversationRelay(
            url: "wss://relay.example.com/ws", backgroundnoisereduction: "on", deepgramsmartformat: "true", ignorebackchannel: "false", speechtimeout: "auto");
        var twilio = new Twilio.TwiML.VoiceResponse().Append(new TwilioVoice.Connect().Append(relay));

        XElement ours = XDocument.Parse(markupDsl.ToString()).Descendants("ConversationRelay").Single();
        XElement theirs = XDocument.Parse(twilio.ToString()).Descendants("ConversationRelay").Single();
        foreach (var ((_, lower), camel) in KnownDifferences.TwilioAttributeNames)
        {
            Assert.NotNull(ours.Attribute(camel));
            Assert.Null(ours.Attribute(lower));
            Assert.Equal(ours.Attribute(camel)!.Value, theirs.Attribute(lower)?.Value);
            Assert.Null(theirs.Attribute(camel));
        }

        Assert.Empty(XmlTreeComparer.Compare(markupDsl.ToString(), twilio.ToString(SaveOptions.DisableFormatting)));
    }

    private static string TextOf(string xml) =>
        string.Concat(XDocument.Parse(xml, LoadOptions.PreserveWhitespace).DescendantNodes().OfType<XText>().Select(t => t.Value));

    private static ConformanceCatalog Catalog(string dialect) => dialect == "Voice" ? ConformanceCatalog.Voice : ConformanceCatalog.Messaging;

    /// <summary>Each case built with both libraries; a document MarkupDsl refuses is a failure, not a skipped case.</summary>
    private static IEnumerable<(string Label, SpecElement Document, MarkupDocument MarkupDsl, TwilioNode Twilio)> Build(
        ConformanceCatalog catalog, List<string> failures, bool carriageReturns = false, int? randomDocuments = null)
    {
        foreach (ConformanceCase @case in ConformanceCorpus.Cases(catalog, carriageReturns, randomDocuments))
        {
            TwilioNode twilio = SpecRenderer.ToTwilio(@case.Document);
            MarkupDocument markupDsl;
            try
            {
                markupDsl = SpecRenderer.ToMarkupDsl(@case.Document);
            }
            catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
            {
                failures.Add(Failure(@case.Label, ["MarkupDsl refused it: " + exception.Message], "(not built)", twilio.ToString(SaveOptions.DisableFormatting)));
                continue;
            }

            yield return (@case.Label, @case.Document, markupDsl, twilio);
        }
    }

    private static bool TryParse(Func<string, MarkupDocument> parse, string text, out MarkupDocument? document, out string? error)
    {
        try
        {
            document = parse(text);
            error = null;
            return true;
        }
        catch (MarkupParseException exception)
        {
            document = null;
            error = "Parse failed: " + exception.Message;
            return false;
        }
    }

    private static string Failure(string label, IEnumerable<string> differences, string markupDsl, string twilio) =>
        new StringBuilder()
            .AppendLine($"{label}:")
            .AppendJoin(Environment.NewLine, differences.Take(10).Select(d => "  " + d)).AppendLine()
            .AppendLine("  MarkupDsl:     " + markupDsl)
            .AppendLine("  twilio-csharp: " + twilio)
            .ToString();

    private static void AssertNoFailures(List<string> failures, string what) =>
        Assert.True(failures.Count == 0, $"{failures.Count} {what}; the first {Math.Min(FailuresShown, failures.Count)}:{Environment.NewLine}"
            + string.Join(Environment.NewLine, failures.Take(FailuresShown)));
}
