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
    public void Worst_case_escaping_and_deep_indentation_come_out_whole()
    {
        string worst = new string('"', 300) + new string('\r', 300) + "😀é" + new string('&', 300);
        var response = new VoiceResponse()
            .Start(start => start.Stream("wss://example.com/a", stream => stream.Parameter(worst, worst).Parameter("b", worst), name: worst))
            .Say(worst);
        foreach (bool indented in new[] { false, true })
        {
            var exact = new ArrayBufferWriter<byte>(1);
            response.WriteTo(exact, indented);
            XDocument parsed = XDocument.Parse(Encoding.UTF8.GetString(exact.WrittenSpan), LoadOptions.PreserveWhitespace);
            Assert.Equal(worst, (string?)parsed.Root!.Element("Start")!.Element("Stream")!.Attribute("name"));
            Assert.Equal(worst, parsed.Root.Element("Say")!.Value);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Documents_across_the_first_buffer_s_end_are_the_same_from_a_string_and_from_an_output_that_gives_small_spans(bool indented)
    {
        // ToString starts in a 1,024-char stack buffer and WriteTo asks its output for 512 bytes: lengths either side
        // of both, with escapes and a non-ASCII character near the cut, must come out whole and alike.
        for (int length = 400; length <= 1100; length += 7)
        {
            string text = new string('x', length) + "&é<";
            VoiceResponse response = new VoiceResponse().Say(text).Stop(stop => stop.Stream(text));
            string xml = response.ToString(indented);

            var stingy = new StingyBufferWriter();
            response.WriteTo(stingy, indented);

            Assert.Equal(xml, Encoding.UTF8.GetString(stingy.Written.ToArray()));
            XDocument parsed = XDocument.Parse(xml);
            Assert.Equal(text, parsed.Root!.Element("Say")!.Value);
            Assert.Equal(text, (string?)parsed.Root.Element("Stop")!.Element("Stream")!.Attribute("name"));
        }
    }

    [Fact]
    public void Writers_refuse_null_outputs()
    {
        Assert.Throws<ArgumentNullException>(() => new VoiceResponse().WriteTo((Stream)null!));
        Assert.Throws<ArgumentNullException>(() => new VoiceResponse().WriteTo((IBufferWriter<byte>)null!));
    }

    /// <summary>Hands out spans of exactly the size asked for, so that a writer must ask again for every piece.</summary>
    private sealed class StingyBufferWriter : IBufferWriter<byte>
    {
        private byte[] _current = Array.Empty<byte>();

        public MemoryStream Written { get; } = new();

        public void Advance(int count)
        {
            Assert.InRange(count, 0, _current.Length);
            Written.Write(_current, 0, count);
            _current = Array.Empty<byte>();
        }

        public Memory<byte> GetMemory(int sizeHint = 0) => _current = new byte[Math.Max(sizeHint, 1)];

        public Span<byte> GetSpan(int sizeHint = 0) => _current = new byte[Math.Max(sizeHint, 1)];
    }
}
