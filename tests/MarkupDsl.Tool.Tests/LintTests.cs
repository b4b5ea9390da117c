using System;
using System.IO;
using System.Threading.Tasks;

namespace MarkupDsl.Tool.Tests;

/// <summary><c>markupdsl lint</c>: exact lines and exit codes for good and bad documents of each dialect.</summary>
public sealed class LintTests
{
    // Each dialect quotes its own provider's rule (CommonTypes.xsd, StreamUrl).
    private const string TwiMLUrlRule = "The 'url' of <Stream> must be an absolute wss:// URL or a relative path, without a query string or fragment (Twilio errors 31920 and 31922; pass values as parameters); got '{0}'.";
    private const string SwmlUrlRule = "The 'url' of <stream> must be an absolute wss:// URL without a query string or fragment (SignalWire's SWML stream page, https://developer.signalwire.com/swml/methods/stream; pass values as custom_parameters); got '{0}'.";

    [Theory]
    [InlineData("twiml-good.xml")]
    [InlineData("twiml-ivr-good.xml")]
    [InlineData("twiml-messaging-good.xml")]
    [InlineData("texml-good.xml")]
    [InlineData("cxml-good.xml")]
    [InlineData("cxml-messaging-good.xml")]
    [InlineData("cxml-fax-good.xml")]
    [InlineData("swml-good.yaml")]
    [InlineData("swml-good.json")]
    [InlineData("swml-messaging-good.yaml")]
    public async Task A_valid_document_of_each_dialect_passes(string file)
    {
        (int exitCode, string output, _) = await LintAsync(file);

        Assert.Equal(["1 file(s) checked: 0 error(s), 0 warning(s)."], Lines(output));
        Assert.Equal(0, exitCode);
    }

    [Fact]
    public async Task TwiML_problems_are_printed_compiler_style_with_line_and_column()
    {
        (int exitCode, string output, _) = await LintAsync("twiml-bad.xml");

        Assert.Equal(
            [
                $"{Data("twiml-bad.xml")}(4,13): error MDSL200: {string.Format(TwiMLUrlRule, "ws://example.com/media")}",
                $"{Data("twiml-bad.xml")}(4,42): error MDSL200: <Stream> has no attribute 'trak' (it has url, name, track, statusCallback, statusCallbackMethod, connectorName, audioFormat, sampleRate).",
                $"{Data("twiml-bad.xml")}(6,8): error MDSL200: The 'loop' of <Say> must be at least 0.",
                "1 file(s) checked: 3 error(s), 0 warning(s).",
            ],
            Lines(output));
        Assert.Equal(1, exitCode);
    }

    [Fact]
    public async Task An_XML_document_valid_in_no_dialect_gets_the_problems_of_the_nearest_one_TeXML()
    {
        (int exitCode, string output, _) = await LintAsync("texml-bad.xml");

        Assert.Equal(
            [
                $"{Data("texml-bad.xml")}(4,67): error MDSL200: <Stream> has no attribute 'trak' (it has url, name, track, statusCallback, statusCallbackMethod, codec, bidirectionalMode, bidirectionalCodec, bidirectionalSamplingRate, enableReconnect).",
                "1 file(s) checked: 1 error(s), 0 warning(s).",
            ],
            Lines(output));
        Assert.Equal(1, exitCode);
    }

    [Fact]
    public async Task An_XML_document_valid_in_no_dialect_gets_the_problems_of_the_nearest_one_cXML()
    {
        (int exitCode, string output, _) = await LintAsync("cxml-bad.xml");

        Assert.Equal(
            [
                $"{Data("cxml-bad.xml")}(4,43): warning MDSL203: 'PCMU' is not a documented value of 'codec' on <Stream> (documented: PCMU@8000h, L16@16000h, L16@24000h); the provider may reject or ignore it.",
                $"{Data("cxml-bad.xml")}(5,8): error MDSL200: <Say> is not allowed in <Stream> (it holds <Parameter>).",
                "1 file(s) checked: 1 error(s), 1 warning(s).",
            ],
            Lines(output));
        Assert.Equal(1, exitCode);
    }

    [Fact]
    public async Task SWML_problems_are_printed_with_their_YAML_positions()
    {
        (int exitCode, string output, _) = await LintAsync("swml-bad.yaml");

        Assert.Equal(
            [
                $"{Data("swml-bad.yaml")}(5,9): error MDSL200: {string.Format(SwmlUrlRule, "ws://example.com/audio")}",
                $"{Data("swml-bad.yaml")}(6,9): error MDSL200: <stream> has no attribute 'colour' (it has url, control_id, name, track, codec, status_url, status_url_method, authorization_bearer_token).",
                "1 file(s) checked: 2 error(s), 0 warning(s).",
            ],
            Lines(output));
        Assert.Equal(1, exitCode);
    }

    [Fact]
    public async Task Malformed_XML_is_an_error_at_the_parser_position()
    {
        (int exitCode, string output, _) = await LintAsync("malformed.xml");

        Assert.Equal(
            [
                $"{Data("malformed.xml")}(2,12): error MDSL200: The 'Say' start tag on line 2 position 4 does not match the end tag of 'Sya'. Line 2, position 12.",
                "1 file(s) checked: 1 error(s), 0 warning(s).",
            ],
            Lines(output));
        Assert.Equal(1, exitCode);
    }

    [Fact]
    public async Task An_undocumented_enumerated_value_is_a_warning_and_the_exit_code_stays_zero()
    {
        (int exitCode, string output, _) = await ToolRunner.RunAsync("lint", Data("undocumented-track.xml"));

        Assert.Equal(
            [
                $"{Data("undocumented-track.xml")}(4,43): warning MDSL203: 'inbound' is not a documented value of 'track' on <Stream> (documented: inbound_track, outbound_track, both_tracks); the provider may reject or ignore it.",
                "1 file(s) checked: 0 error(s), 1 warning(s).",
            ],
            Lines(output));
        Assert.Equal(0, exitCode);
    }

    [Fact]
    public async Task A_given_dialect_is_used_and_a_dialect_that_fits_better_is_named_in_a_warning()
    {
        (int exitCode, string output, _) = await ToolRunner.RunAsync("lint", Data("texml-good.xml"), "--dialect", "twiml");

        Assert.Equal(
            [
                $"{Data("texml-good.xml")}(4,63): error MDSL200: <Stream> has no attribute 'bidirectionalMode' (it has url, name, track, statusCallback, statusCallbackMethod, connectorName, audioFormat, sampleRate).",
                $"{Data("texml-good.xml")}(4,87): error MDSL200: <Stream> has no attribute 'bidirectionalCodec' (it has url, name, track, statusCallback, statusCallbackMethod, connectorName, audioFormat, sampleRate).",
                $"{Data("texml-good.xml")}(1,1): warning MDSL202: The document is not valid TwiML but is valid TeXML; is --dialect texml meant?",
                "1 file(s) checked: 2 error(s), 1 warning(s).",
            ],
            Lines(output));
        Assert.Equal(1, exitCode);
    }

    [Fact]
    public async Task A_fax_document_is_checked_as_cXML_Fax_with_line_and_column()
    {
        (int exitCode, string output, _) = await LintAsync("cxml-fax-bad.xml");

        Assert.Equal(
            [
                $"{Data("cxml-fax-bad.xml")}(3,35): warning MDSL203: 'A5' is not a documented value of 'pageSize' on <Receive> (documented: letter, legal, a4); the provider may reject or ignore it.",
                $"{Data("cxml-fax-bad.xml")}(3,49): error MDSL200: <Receive> has no attribute 'storeMedia' (it has action, mediaType, method, pageSize).",
                $"{Data("cxml-fax-bad.xml")}(4,11): error MDSL200: <Reject> has no attribute 'reason'.",
                "1 file(s) checked: 2 error(s), 1 warning(s).",
            ],
            Lines(output));
        Assert.Equal(1, exitCode);
    }

    [Fact]
    public async Task A_JSON_or_YAML_document_with_a_reply_is_checked_as_SWML_Messaging()
    {
        (int exitCode, string output, _) = await LintAsync("swml-messaging-bad.yaml");

        Assert.Equal(
            [
                $"{Data("swml-messaging-bad.yaml")}(6,9): error MDSL200: <reply> has no attribute 'subject' (it has body, to, from, status_url).",
                $"{Data("swml-messaging-bad.yaml")}(7,7): error MDSL200: <play> is not allowed in <main> (it holds <execute>, <goto>, <label>, <receive>, <reply>, <request>, <return>, <switch>, <transfer>).",
                "1 file(s) checked: 2 error(s), 0 warning(s).",
            ],
            Lines(output));
        Assert.Equal(1, exitCode);
    }

    [Theory]
    [InlineData("cxml-messaging-good.xml", "cxml-fax", "cXML Fax", "TwiML Messaging", "twiml-messaging")]
    [InlineData("cxml-fax-good.xml", "cxml-messaging", "cXML Messaging", "cXML Fax", "cxml-fax")]
    public async Task A_given_cXML_document_dialect_names_the_one_that_fits(string file, string given, string givenTitle, string fits, string fitsName)
    {
        (int exitCode, string output, _) = await ToolRunner.RunAsync("lint", Data(file), "--dialect", given);

        Assert.Contains($"{Data(file)}(1,1): warning MDSL202: The document is not valid {givenTitle} but is valid {fits}; is --dialect {fitsName} meant?", Lines(output));
        Assert.Equal(1, exitCode);
    }

    [Fact]
    public async Task A_missing_file_is_an_error_that_says_so_and_the_other_files_are_still_checked()
    {
        string missing = Path.Combine(AppContext.BaseDirectory, "Data", "no-such-file.xml");

        (int exitCode, string output, _) = await ToolRunner.RunAsync("lint", missing, Data("twiml-good.xml"));

        Assert.Equal([$"{missing}: error MDSL201: No such file.", "2 file(s) checked: 1 error(s), 0 warning(s)."], Lines(output));
        Assert.Equal(1, exitCode);
    }

    [Fact]
    public async Task An_unknown_dialect_is_refused_before_any_file_is_read()
    {
        (int exitCode, _, string error) = await ToolRunner.RunAsync("lint", Data("twiml-good.xml"), "--dialect", "vxml");

        Assert.Contains("vxml", error);
        Assert.NotEqual(0, exitCode);
    }

    private static Task<(int ExitCode, string Output, string Error)> LintAsync(string file) => ToolRunner.RunAsync("lint", Data(file));

    private static string Data(string file) => Path.Combine(AppContext.BaseDirectory, "Data", file);

    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
