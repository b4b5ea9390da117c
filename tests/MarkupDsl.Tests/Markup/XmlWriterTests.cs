using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using System.Xml.Linq;
using MarkupDsl.TwiML;

namespace MarkupDsl.Tests.Markup;

/// <summary>The XML writer: escaping, UTF-8, and the same bytes whichever output is used.</summary>
public sealed class XmlWriterTests
{
    private const string Awkward = "Tom & \"Jerry\" <cat> 'n' mouse\tTab\nLine\rReturn > é 😀";

    private static VoiceResponse AwkwardResponse() => new VoiceResponse()
        .Start(start => start.Stream("wss://example.com/a", stream => stream.Parameter("note", Awkward), name: Awkward))
        .Say(Awkward);

    [Fact]
    public void Attribute_and_text_values_survive_a_round_trip_through_an_xml_parser()
    {
        XDocument parsed = XDocument.Parse(AwkwardResponse().ToString(), LoadOptions.PreserveWhitespace);
        XElement stream = parsed.Root!.Element("Start")!.Element("Stream")!;
        Assert.Equal(Awkward, (string?)stream.Attribute("name"));
        Assert.Equal(Awkward, (string?)stream.Element("Parameter")!.Attribute("value"));
        Assert.Equal(Awkward, parsed.Root.Element("Say")!.Value);
    }

    [Fact]
    public void Escapes_are_the_minimal_standard_ones()
    {
        string xml = new VoiceResponse().Say("a & b < c > d").Start(start => start.Stream("wss://example.com/a", name: "\"q\"")).ToString();
        Assert.Contains("<Say>a &amp; b &lt; c &gt; d</Say>", xml);
        Assert.Contains("name=\"&quot;q&quot;\"", xml);
    }

    [Fact]
    public async Task String_stream_async_stream_and_buffer_writer_give_the_same_utf8_bytes()
    {
        VoiceResponse response = AwkwardResponse();
        byte[] fromString = Encoding.UTF8.GetBytes(response.ToString());

        var stream = new MemoryStream();
        response.WriteTo(stream);

        var asyncStream = new MemoryStream();
        await response.WriteToAsync(asyncStream);

        var bufferWriter = new ArrayBufferWriter<byte>(1);
        response.WriteTo(bufferWriter);

        Assert.Equal(fromString, stream.ToArray());
        Assert.Equal(fromString, asyncStream.ToArray());
        Assert.Equal(fromString, bufferWriter.WrittenSpan.ToArray());
        Assert.NotEqual(0xEF, fromString[0]);
        Assert.Contains("é 😀", Encoding.UTF8.GetString(fromString));
    }

    [Fact]
    public void Indented_output_holds_the_same_tree()
    {
        VoiceResponse response = AwkwardResponse();
        string indented = response.ToString(indented: true);
        Assert.Contains("\n  <Start>\n    <Stream", indented);
        XmlAssert.SameTree(response.ToString(), indented);
    }

    [Fact]
    public void Empty_elements_are_self_closing_and_interpolation_gives_the_document()
    {
        var response = new VoiceResponse();
        Assert.Equal("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response />", $"{response}");
        Assert.Equal("text/xml; charset=utf-8", response.ContentType);
    }

    [Fact]
    public void Long_text_is_written_whole()
    {
        string text = new string('x', 100_000) + "&";
        string xml = new VoiceResponse().Say(text).ToString();
        Assert.Equal(text, XDocument.Parse(xml).Root!.Element("Say")!.Value);
    }

    [Fact]
    public void Writers_refuse_null_outputs()
    {
        Assert.Throws<ArgumentNullException>(() => new VoiceResponse().WriteTo((Stream)null!));
        Assert.Throws<ArgumentNullException>(() => new VoiceResponse().WriteTo((IBufferWriter<byte>)null!));
    }
}
