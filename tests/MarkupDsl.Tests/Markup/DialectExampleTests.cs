using System.Collections.Generic;
using System.IO;
using System.Text.Json.Nodes;
using MarkupDsl.Markup;
using YamlDotNet.RepresentationModel;
using SWML = MarkupDsl.SWML;
using TeXML = MarkupDsl.TeXML;
using CXML = MarkupDsl.CXML;
using TwiML = MarkupDsl.TwiML;

namespace MarkupDsl.Tests.Markup;

/// <summary>The providers' example documents, each written with its own dialect's builders.</summary>
public sealed class DialectExampleTests
{
    [Fact]
    public void TeXML_stream_without_reconnect() => AssertXml(
        "texml/no-reconnect.xml",
        new TeXML.VoiceResponse().Start(start => start.Stream("wss://yourdomain.com/stream", enableReconnect: false)));

    [Fact]
    public void TeXML_stream_with_status_callback_and_parameters() => AssertXml(
        "texml/status-callback-parameters.xml",
        new TeXML.VoiceResponse().Start(start => start.Stream(
            "wss://yourdomain.com/stream",
            stream => stream.Parameter("customer_id", "12345").Parameter("call_type", "support"),
            statusCallback: "https://example.com/stream-events")));

    [Fact]
    public void TeXML_both_tracks() => AssertXml(
        "texml/both-tracks.xml",
        new TeXML.VoiceResponse().Start(start => start.Stream("wss://yourdomain.com/stream", track: TeXML.Track.BothTracks)));

    [Fact]
    public void TeXML_rtp_bidirectional_stream_writes_every_telnyx_attribute()
    {
        var response = new TeXML.VoiceResponse().Connect(connect => connect.Stream(
            "wss://example.com/media",
            codec: TeXML.Codec.Pcma,
            bidirectionalMode: TeXML.BidirectionalMode.Rtp,
            bidirectionalCodec: TeXML.BidirectionalCodec.AmrWb,
            bidirectionalSamplingRate: TeXML.SamplingRate.Hz16000));
        XmlAssert.SameTree(
            """<Response><Connect><Stream url="wss://example.com/media" codec="PCMA" bidirectionalMode="rtp" bidirectionalCodec="AMR-WB" bidirectionalSamplingRate="16000" /></Connect></Response>""",
            response.ToString());
    }

    [Fact]
    public void CXML_stream_with_linear_codec_and_bearer_token()
    {
        var response = new CXML.VoiceResponse()
            .Start(start => start.Stream("/media", name: "a", codec: CXML.Codec.L16At24000Hz, authBearerToken: "secret", realtime: true))
            .Stop(stop => stop.Stream("a"));
        XmlAssert.SameTree(
            """<Response><Start><Stream url="/media" name="a" codec="L16@24000h" authBearerToken="secret" realtime="true" /></Start><Stop><Stream name="a" /></Stop></Response>""",
            response.ToString());
    }

    [Fact]
    public void Relative_stream_urls_only_where_the_dialect_allows_them()
    {
        Assert.Equal("/media", new TwiML.VoiceResponse().Connect(c => c.Stream("/media")).Root.Children[0].Children[0].GetAttribute("url"));
        var exception = Assert.Throws<System.ArgumentException>(() => new TeXML.VoiceResponse().Connect(c => c.Stream("/media")));
        Assert.Equal("url", exception.ParamName);
        Assert.Throws<System.ArgumentException>(() => new SWML.SwmlDocument().Stream("/media"));
    }

    [Fact]
    public void TeXML_stop_stream_takes_no_name() => XmlAssert.SameTree(
        "<Response><Stop><Stream /></Stop></Response>",
        new TeXML.VoiceResponse().Stop(stop => stop.Stream()).ToString());

    [Fact]
    public void SWML_stream_minimal_as_json_and_yaml() => AssertSwml(
        "stream",
        new SWML.SwmlDocument().Stream("wss://example.com/audio-stream"));

    [Fact]
    public void SWML_stream_both_tracks_as_json_and_yaml() => AssertSwml(
        "stream-both-tracks",
        new SWML.SwmlDocument().Stream(
            "wss://example.com/audio-stream",
            stream => stream.CustomParameters(new Dictionary<string, string> { ["customer_tier"] = "gold" }),
            name: "live-transcription",
            track: SWML.Track.BothTracks,
            statusUrl: "https://example.com/stream-status"));

    [Fact]
    public void SWML_stop_stream_by_control_id()
    {
        var document = new SWML.SwmlDocument().Stream("wss://example.com/a", controlId: "live-1").StopStream(controlId: "live-1");
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"version":"1.0.0","sections":{"main":[{"stream":{"url":"wss://example.com/a","control_id":"live-1"}},{"stop_stream":{"control_id":"live-1"}}]}}"""),
            JsonNode.Parse(document.ToString())));
        Assert.Equal("application/json; charset=utf-8", document.ContentType);
    }

    private static void AssertXml(string file, MarkupDocument document) =>
        XmlAssert.SameTree(File.ReadAllText(Path.Combine("Data", file)), document.ToString());

    private static void AssertSwml(string name, SWML.SwmlDocument document)
    {
        JsonNode? expectedJson = JsonNode.Parse(File.ReadAllText(Path.Combine("Data", "swml", name + ".json")));
        Assert.True(JsonNode.DeepEquals(expectedJson, JsonNode.Parse(document.ToString())), document.ToString(indented: true));
        Assert.Equal(Yaml(File.ReadAllText(Path.Combine("Data", "swml", name + ".yaml"))), Yaml(document.ToYaml()));
    }

    /// <summary>A YAML document as a JSON tree of strings, so that notation and quoting do not matter.</summary>
    private static string Yaml(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return ToJson(stream.Documents[0].RootNode)!.ToJsonString();
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(Map(mapping)),
        YamlSequenceNode sequence => new JsonArray([.. System.Linq.Enumerable.Select(sequence.Children, ToJson)]),
        _ => JsonValue.Create(((YamlScalarNode)node).Value),
    };

    private static IEnumerable<KeyValuePair<string, JsonNode?>> Map(YamlMappingNode mapping)
    {
        foreach (var (key, value) in mapping.Children)
        {
            yield return new(((YamlScalarNode)key).Value!, ToJson(value));
        }
    }
}
