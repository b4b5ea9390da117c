using System;
using System.Text;
using MarkupDsl.MediaStreams;

namespace MarkupDsl.Tests.MediaStreams;

public class MediaStreamMessageReaderTests
{
    private readonly MediaStreamMessageReader _reader = new();

    [Fact]
    public void Reads_connected()
    {
        var connected = Read<ConnectedEvent>(TwilioMessages.Connected);

        Assert.Equal("Call", connected.Protocol);
        Assert.Equal("1.0.0", connected.Version);
        Assert.Equal(0, connected.SequenceNumber);
    }

    [Fact]
    public void Reads_start_with_tracks_media_format_and_custom_parameters()
    {
        var start = Read<StartEvent>(TwilioMessages.Start);

        Assert.Equal(1, start.SequenceNumber);
        Assert.Equal(TwilioMessages.StreamSid, start.StreamSid);
        Assert.Equal(TwilioMessages.AccountSid, start.AccountSid);
        Assert.Equal(TwilioMessages.CallSid, start.CallSid);
        Assert.Equal([MediaTrack.Inbound], start.Tracks);
        Assert.Equal(new MediaFormat("audio/x-mulaw", 8000, 1), start.MediaFormat);
        Assert.Equal(2, start.CustomParameters.Count);
        Assert.Equal("Jane", start.CustomParameters["FirstName"]);
        Assert.Equal("Doe", start.CustomParameters["LastName"]);
    }

    [Fact]
    public void Reads_media_with_decoded_payload()
    {
        var media = Read<MediaEvent>(TwilioMessages.Media);

        Assert.Equal(4, media.SequenceNumber);
        Assert.Equal(TwilioMessages.StreamSid, media.StreamSid);
        Assert.Same(MediaTrack.Inbound, media.Track);
        Assert.Equal(2, media.Chunk);
        Assert.Equal(5, media.Timestamp);
        Assert.Equal(new byte[] { 0xFF, 0x7F, 0x00, 0x80 }, media.Payload.ToArray());
    }

    [Fact]
    public void Reads_dtmf()
    {
        var dtmf = Read<DtmfEvent>(TwilioMessages.Dtmf);

        Assert.Equal(5, dtmf.SequenceNumber);
        Assert.Equal("inbound_track", dtmf.Track);
        Assert.Equal("1", dtmf.Digit);
    }

    [Fact]
    public void Reads_mark()
    {
        var mark = Read<MarkEvent>(TwilioMessages.Mark);

        Assert.Equal(6, mark.SequenceNumber);
        Assert.Equal("label", mark.Name);
    }

    [Fact]
    public void Reads_stop()
    {
        var stop = Read<StopEvent>(TwilioMessages.Stop);

        Assert.Equal(7, stop.SequenceNumber);
        Assert.Equal(TwilioMessages.StreamSid, stop.StreamSid);
        Assert.Equal(TwilioMessages.AccountSid, stop.AccountSid);
        Assert.Equal(TwilioMessages.CallSid, stop.CallSid);
        Assert.False(stop.SocketClosed);
    }

    [Fact]
    public void Reads_counters_sent_as_numbers()
    {
        var media = Read<MediaEvent>("""{"event":"media","sequenceNumber":40,"media":{"track":"outbound","chunk":3,"timestamp":60,"payload":""}}""");

        Assert.Equal(40, media.SequenceNumber);
        Assert.Equal(3, media.Chunk);
        Assert.Equal(60, media.Timestamp);
        Assert.Same(MediaTrack.Outbound, media.Track);
        Assert.True(media.Payload.IsEmpty);
    }

    [Fact]
    public void Reads_media_format_numbers_sent_as_strings()
    {
        var start = Read<StartEvent>("""{"event":"start","start":{"mediaFormat":{"encoding":"audio/x-mulaw","sampleRate":"8000","channels":"1"}}}""");

        Assert.Equal(new MediaFormat("audio/x-mulaw", 8000, 1), start.MediaFormat);
    }

    [Fact]
    public void Reads_fields_in_any_order_and_ignores_unknown_ones()
    {
        var mark = Read<MarkEvent>("""
            {"mark":{"extra":[1,{"a":null}],"name":"late"},"future":{"x":[true]},"sequenceNumber":"9","event":"mark","streamSid":"MZ1"}
            """);

        Assert.Equal("late", mark.Name);
        Assert.Equal(9, mark.SequenceNumber);
        Assert.Equal("MZ1", mark.StreamSid);
    }

    [Fact]
    public void Skips_the_objects_of_other_events_unread()
    {
        // A "media" member in a mark message is not this reader's business, whatever its shape.
        var mark = Read<MarkEvent>("""{"event":"mark","media":"not an object","mark":{"name":"m"}}""");

        Assert.Equal("m", mark.Name);
    }

    [Theory]
    [InlineData("""{"event":"mark","mark":null,"streamSid":"MZ3"}""")]
    [InlineData("""{"event":"start","start":null,"streamSid":"MZ3"}""")]
    [InlineData("""{"event":"stop","stop":null,"streamSid":"MZ3"}""")]
    [InlineData("""{"event":"dtmf","dtmf":null,"streamSid":"MZ3"}""")]
    public void Reads_a_null_body_as_absent_and_goes_on_with_the_message(string json)
    {
        MediaStreamEvent message = _reader.Read(Encoding.UTF8.GetBytes(json));

        Assert.IsNotType<MalformedMessageEvent>(message);
        Assert.Equal("MZ3", message.StreamSid);
    }

    [Fact]
    public void Takes_the_stream_sid_from_start_when_the_top_level_one_is_missing()
    {
        var start = Read<StartEvent>("""{"event":"start","start":{"streamSid":"MZ2","callSid":"CA2"}}""");

        Assert.Equal("MZ2", start.StreamSid);
        Assert.Empty(start.Tracks);
        Assert.Empty(start.CustomParameters);
        Assert.Null(start.MediaFormat);
    }

    [Fact]
    public void Keeps_number_and_boolean_custom_parameters_as_their_json_text()
    {
        var start = Read<StartEvent>("""{"event":"start","start":{"customParameters":{"count":42,"vip":true,"gone":null,"name":"A\u00e9"}}}""");

        Assert.Equal("42", start.CustomParameters["count"]);
        Assert.Equal("true", start.CustomParameters["vip"]);
        Assert.Equal("A\u00e9", start.CustomParameters["name"]);
        Assert.False(start.CustomParameters.ContainsKey("gone"));
    }

    [Fact]
    public void Reads_an_escaped_payload()
    {
        // "\/38AgA==" is "/38AgA==" with the slash escaped, which JSON allows.
        var media = Read<MediaEvent>("""{"event":"media","media":{"payload":"\/38AgA\u003d\u003d"}}""");

        Assert.Equal(new byte[] { 0xFF, 0x7F, 0x00, 0x80 }, media.Payload.ToArray());
    }

    [Fact]
    public void Reuses_the_stream_sid_string_across_messages()
    {
        var first = Read<MediaEvent>(TwilioMessages.MediaFrame(1, "/w=="));
        var second = Read<MediaEvent>(TwilioMessages.MediaFrame(2, "/w=="));

        Assert.Same(first.StreamSid, second.StreamSid);
    }

    [Fact]
    public void Tells_a_new_stream_sid_from_the_remembered_one_and_an_empty_one_from_none()
    {
        Read<MediaEvent>(TwilioMessages.MediaFrame(1, "/w=="));

        var other = Read<MarkEvent>("""{"event":"mark","streamSid":"MZ2","mark":{"name":"a"}}""");
        var empty = Read<MarkEvent>("""{"event":"mark","streamSid":"","mark":{"name":"a"}}""");
        var escaped = Read<MarkEvent>("""{"mark":{"name":"a"},"streamSid":"MZ\u0032","event":"mark"}""");

        Assert.Equal("MZ2", other.StreamSid);
        Assert.Equal("", empty.StreamSid);
        Assert.Equal("MZ2", escaped.StreamSid);
    }

    [Fact]
    public void Returns_an_unknown_event_with_its_name_and_json()
    {
        const string json = """{"event":"transcription","payload":{"text":"hi"}}""";

        var unknown = Read<UnknownEvent>(json);

        Assert.Equal("transcription", unknown.EventName);
        Assert.Equal(json, Encoding.UTF8.GetString(unknown.Json.Span));
    }

    [Theory]
    [InlineData("""{"event":"media","media":{"payload":"AAAA"}""", null, 43)]
    [InlineData("""{"event":"mark" "mark":{}}""", null, 16)]
    [InlineData("""{"event":"mark","mark":{"name":"a"}} x""", null, 37)]
    [InlineData("not json", null, 1)]
    [InlineData("", null, 0)]
    public void Reports_json_syntax_errors_with_their_byte_position(string json, string? path, long position)
    {
        var malformed = Read<MalformedMessageEvent>(json);

        Assert.Equal(path, malformed.Path);
        Assert.Equal(position, malformed.BytePosition);
        Assert.False(string.IsNullOrWhiteSpace(malformed.Detail));
    }

    [Fact]
    public void Counts_the_position_of_a_syntax_error_across_lines()
    {
        var malformed = Read<MalformedMessageEvent>("{\"event\":\"mark\",\n\"mark\":{\"name\":\"a\"},\n!}");

        Assert.Equal(38, malformed.BytePosition);
    }

    [Theory]
    [InlineData("""[1,2]""", null, 0, "expected a JSON object, found an array")]
    [InlineData("""{"streamSid":"MZ1"}""", null, 18, "the message has no 'event' field")]
    [InlineData("""{"event":7}""", "event", 9, "expected a string, found the number 7")]
    [InlineData("""{"event":"media","media":{"chunk":true,"payload":""}}""", "media.chunk", 34, "expected an integer (a number or a string of digits), found true")]
    [InlineData("""{"event":"media","media":{"chunk":"two","payload":""}}""", "media.chunk", 34, "expected an integer (a number or a string of digits), found the string \"two\"")]
    [InlineData("""{"event":"media","media":{"chunk":1.5,"payload":""}}""", "media.chunk", 34, "expected an integer (a number or a string of digits), found the number 1.5")]
    [InlineData("""{"event":"media","media":{"payload":5}}""", "media.payload", 36, "expected a base64 string, found the number 5")]
    [InlineData("""{"event":"media","media":{"track":"inbound"}}""", "media.payload", 17, "the media message has no payload")]
    [InlineData("""{"event":"media","media":[]}""", "media", 25, "expected an object, found an array")]
    [InlineData("""{"event":"start","start":{"tracks":"inbound"}}""", "start.tracks", 35, "expected an array of strings, found the string \"inbound\"")]
    [InlineData("""{"event":"start","start":{"tracks":["inbound",3]}}""", "start.tracks[1]", 46, "expected a string, found the number 3")]
    [InlineData("""{"event":"start","start":{"customParameters":{"a":{"b":1}}}}""", "start.customParameters.a", 50, "expected a string, found an object")]
    [InlineData("""{"event":"start","start":{"mediaFormat":{"sampleRate":-8000}}}""", "start.mediaFormat.sampleRate", 54, "-8000 is out of range")]
    [InlineData("""{"event":"mark","streamSid":{},"mark":{"name":"a"}}""", "streamSid", 28, "expected a string, found an object")]
    [InlineData("""{"event":"stop","sequenceNumber":[]}""", "sequenceNumber", 33, "expected an integer (a number or a string of digits), found an array")]
    public void Reports_wrong_field_types_with_path_and_position(string json, string? path, long position, string error)
    {
        var malformed = Read<MalformedMessageEvent>(json);

        Assert.Equal(error, malformed.Detail);
        Assert.Equal(path, malformed.Path);
        Assert.Equal(position, malformed.BytePosition);
    }

    [Theory]
    [InlineData("""{"event":"media","media":{"payload":"AB*D"}}""", 37)]
    [InlineData("""{"event":"media","media":{"payload":"AAAAA"}}""", 41)]
    public void Reports_bad_base64_with_the_position_of_the_first_bad_character_group(string json, long position)
    {
        var malformed = Read<MalformedMessageEvent>(json);

        Assert.Equal("media.payload", malformed.Path);
        Assert.Equal(position, malformed.BytePosition);
        Assert.StartsWith("not valid base64", malformed.Detail);
        Assert.Equal($"media.payload at byte {position}: {malformed.Detail}", malformed.ToString());
    }

    [Fact]
    public void Reports_invalid_utf8_in_a_string()
    {
        byte[] json = [.. "{\"event\":\"mark\",\"mark\":{\"name\":\""u8, 0xC3, 0x28, .. "\"}}"u8];

        var malformed = Assert.IsType<MalformedMessageEvent>(_reader.Read(json));

        Assert.Equal("mark.name", malformed.Path);
        Assert.Equal(31, malformed.BytePosition);
    }

    [Theory]
    [InlineData("""{"event":"media","media":{"payload":"\uD800AAA"}}""", "media.payload", 36)]
    [InlineData("""{"event":"mark","mark":{"\uDC00":"a"}}""", null, 24)]
    [InlineData("""{"event":"dtmf","occurred_at":"\uD800"}""", "occurred_at", 30)]
    public void Reports_an_escape_that_is_not_valid_utf16(string json, string? path, long position)
    {
        var malformed = Read<MalformedMessageEvent>(json);

        Assert.Equal((path, position), (malformed.Path, malformed.BytePosition));
    }

    [Fact]
    public void Goes_on_reading_after_a_malformed_message()
    {
        Assert.IsType<MalformedMessageEvent>(_reader.Read("{"u8));

        Assert.Equal("label", Read<MarkEvent>(TwilioMessages.Mark).Name);
    }

    private T Read<T>(string json)
        where T : MediaStreamEvent =>
        Assert.IsType<T>(_reader.Read(Encoding.UTF8.GetBytes(json)));
}
