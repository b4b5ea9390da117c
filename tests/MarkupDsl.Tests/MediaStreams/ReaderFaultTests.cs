using System;
using System.Text;
using MarkupDsl.MediaStreams;

namespace MarkupDsl.Tests.MediaStreams;

/// <summary>What each kind of fault carries: a malformed message, a provider's error, an unknown event.</summary>
public class ReaderFaultTests
{
    [Theory]
    [InlineData("""{"event":"media","sequenceNumber":"4","streamSid":"MZ1","media":{"payload":"AB*D"}}""", MalformedMessageReason.InvalidBase64, "media.payload", "media", 4, "MZ1")]
    [InlineData("""{"sequenceNumber":"4","event":"mark","mark":{"name":"a"}} x""", MalformedMessageReason.InvalidJson, null, "mark", 4, null)]
    [InlineData("""{"event":"transcription","text":}""", MalformedMessageReason.InvalidJson, null, "transcription", 0, null)]
    [InlineData("not json", MalformedMessageReason.InvalidJson, null, null, 0, null)]
    [InlineData("""[{"event":"mark"}]""", MalformedMessageReason.WrongType, null, null, 0, null)]
    [InlineData("""{"event":"dtmf","sequence_number":"5","stream_id":"abc","occurred_at":"yesterday"}""", MalformedMessageReason.WrongType, "occurred_at", "dtmf", 5, "abc")]
    [InlineData("""{"streamSid":"MZ1","sequenceNumber":"3"}""", MalformedMessageReason.MissingEvent, null, null, 0, null)]
    [InlineData("""{"event":"media","sequenceNumber":9,"media":{"track":"inbound"}}""", MalformedMessageReason.MissingPayload, "media.payload", "media", 9, null)]
    [InlineData("""{"event":"start","streamSid":"MZ2","start":{"mediaFormat":{"sampleRate":-8000}}}""", MalformedMessageReason.OutOfRange, "start.mediaFormat.sampleRate", "start", 0, "MZ2")]
    [InlineData("""{"event":"mark","streamSid":"MZ1","mark":{"name":"\uD800"}}""", MalformedMessageReason.InvalidText, "mark.name", "mark", 0, "MZ1")]
    [InlineData("""{"event":"error","stream_id":"abc","error":{"code":"none"}}""", MalformedMessageReason.WrongType, "error.code", "error", 0, "abc")]
    public void Reports_the_reason_the_field_and_what_was_read_before_the_fault(
        string json, MalformedMessageReason reason, string? path, string? eventName, long sequenceNumber, string? streamSid)
    {
        var malformed = Assert.IsType<MalformedMessageEvent>(Read(new MediaStreamMessageReader(), json));

        Assert.Equal((reason, path, eventName, sequenceNumber, streamSid), (malformed.Reason, malformed.Path, malformed.EventName, malformed.SequenceNumber, malformed.StreamSid));
    }

    [Fact]
    public void Reports_no_field_that_came_after_the_fault()
    {
        var malformed = Assert.IsType<MalformedMessageEvent>(Read(
            new MediaStreamMessageReader(),
            """{"event":"media","media":{"payload":"AB*D"},"sequenceNumber":"4","streamSid":"MZ1"}"""));

        Assert.Equal((MalformedMessageReason.InvalidBase64, 0L, (string?)null), (malformed.Reason, malformed.SequenceNumber, malformed.StreamSid));
    }

    [Fact]
    public void Reports_invalid_utf8_as_invalid_text()
    {
        byte[] json = [.. "{\"event\":\"mark\",\"mark\":{\"name\":\""u8, 0xC3, 0x28, .. "\"}}"u8];

        var malformed = Assert.IsType<MalformedMessageEvent>(new MediaStreamMessageReader().Read(json));

        Assert.Equal((MalformedMessageReason.InvalidText, "mark.name", "mark"), (malformed.Reason, malformed.Path, malformed.EventName));
    }

    [Fact]
    public void Makes_a_malformed_event_with_no_message_fields_by_default_and_refuses_bad_arguments()
    {
        var made = new MalformedMessageEvent(MalformedMessageReason.TooLarge, "too long", null, 1024);

        Assert.Equal((MalformedMessageReason.TooLarge, "too long", (string?)null, 1024L, (string?)null, 0L, (string?)null), (made.Reason, made.Detail, made.Path, made.BytePosition, made.EventName, made.SequenceNumber, made.StreamSid));
        Assert.Equal("reason", Assert.Throws<ArgumentOutOfRangeException>(() => new MalformedMessageEvent((MalformedMessageReason)99, "x", null, 0)).ParamName);
        Assert.Equal("bytePosition", Assert.Throws<ArgumentOutOfRangeException>(() => new MalformedMessageEvent(MalformedMessageReason.InvalidJson, "x", null, -1)).ParamName);
        Assert.Equal("detail", Assert.Throws<ArgumentNullException>(() => new MalformedMessageEvent(MalformedMessageReason.InvalidJson, null!, null, 0)).ParamName);
    }

    [Fact]
    public void Reads_a_telnyx_error_into_its_own_fields_beside_the_stream_id()
    {
        var error = Assert.IsType<ErrorEvent>(Read(new MediaStreamMessageReader(), TelnyxMessages.Error));

        Assert.Equal((TelnyxMessages.StreamId, 100003L, "malformed_frame", "The frame is not JSON"), (error.StreamSid, error.Code, error.Title, error.Detail));
        Assert.Equal("100003 malformed_frame: The frame is not JSON", error.ToString());
    }

    [Fact]
    public void Reads_an_error_without_a_body_as_code_0_and_no_words()
    {
        var error = Assert.IsType<ErrorEvent>(Read(new MediaStreamMessageReader(), """{"event":"error","stream_id":"abc","payload":null}"""));

        Assert.Equal((0L, (string?)null, (string?)null), (error.Code, error.Title, error.Detail));
        Assert.Equal("0 error: ", error.ToString());
    }

    [Fact]
    public void Keeps_an_error_from_taking_the_fields_of_other_messages()
    {
        // Members that would fill a mark's name, a dtmf's digit or a media chunk are not an error's code, title or detail.
        var error = Assert.IsType<ErrorEvent>(Read(
            new MediaStreamMessageReader(),
            """{"event":"error","mark":{"name":"m"},"dtmf":{"digit":"1"},"media":{"chunk":"3","payload":"AAAA"},"payload":{"title":"invalid_media"}}"""));

        Assert.Equal((0L, "invalid_media", (string?)null), (error.Code, error.Title, error.Detail));
    }

    [Fact]
    public void Returns_an_unknown_event_with_its_type_name()
    {
        var unknown = Assert.IsType<UnknownEvent>(Read(new MediaStreamMessageReader(), """{"sequenceNumber":"3","event":"transcript\u0069on"}"""));

        Assert.Equal("transcription", unknown.EventName);
    }

    private static MediaStreamEvent Read(MediaStreamMessageReader reader, string json) => reader.Read(Encoding.UTF8.GetBytes(json));
}
