using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using MarkupDsl.MediaStreams;

namespace MarkupDsl.Tests.MediaStreams;

/// <summary>The field-name table: one row per field, every name found as its field, nothing else found, and each dialect's column what that dialect sends.</summary>
public class MessageFieldNamesTests
{
    public static TheoryData<string> Dialects => Dialect.Providers;

    [Fact]
    public void Has_one_row_for_every_field_but_other()
    {
        MessageField[] expected = Enum.GetValues<MessageField>().Where(f => f != MessageField.Other).ToArray();

        Assert.Equal(expected, MessageFieldNames.Rows.Select(r => r.Field).Order());
    }

    [Fact]
    public void Finds_every_name_of_every_dialect_as_its_field()
    {
        foreach (MessageFieldNames.Row row in MessageFieldNames.Rows)
        {
            foreach (string? name in new[] { row.Twilio, row.Telnyx, row.SignalWire })
            {
                if (name is not null)
                {
                    Assert.Equal((name, row.Field), (name, MessageFieldNames.Find(Encoding.UTF8.GetBytes(name))));
                }
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("e")]
    [InlineData("Event")]
    [InlineData("events")]
    [InlineData("even")]
    [InlineData("streamSiD")]
    [InlineData("stream-id")]
    [InlineData("stream_Id")]
    [InlineData("call_session_id")]
    [InlineData("client_state")]
    [InlineData("custom_parameterz")]
    [InlineData("a_name_longer_than_any_known_one")]
    public void Finds_nothing_for_a_name_not_in_the_table(string name)
    {
        Assert.Equal(MessageField.Other, MessageFieldNames.Find(Encoding.UTF8.GetBytes(name)));
    }

    [Fact]
    public void Finds_nothing_for_any_one_byte_change_of_a_known_name()
    {
        foreach (MessageFieldNames.Row row in MessageFieldNames.Rows)
        {
            foreach (string name in new[] { row.Twilio, row.Telnyx, row.SignalWire }.OfType<string>())
            {
                byte[] changed = Encoding.UTF8.GetBytes(name);
                for (int i = 0; i < changed.Length; i++)
                {
                    changed[i] ^= 0x20;
                    Assert.Equal((name, i, MessageField.Other), (name, i, MessageFieldNames.Find(changed)));
                    changed[i] ^= 0x20;
                }
            }
        }
    }

    [Fact]
    public void Names_each_event_as_it_is_sent()
    {
        string[] names = [.. new[] { MessageField.Connected, MessageField.Start, MessageField.Media, MessageField.Dtmf, MessageField.Mark, MessageField.Stop, MessageField.Error }
            .Select(MessageFieldNames.NameOf)];

        Assert.Equal(["connected", "start", "media", "dtmf", "mark", "stop", "error"], names);
    }

    /// <summary>
    /// The names in a dialect's column are exactly the known names its messages (as the provider's page shows them)
    /// carry, as property names or as the value of <c>event</c>.
    /// </summary>
    [Theory]
    [MemberData(nameof(Dialects))]
    public void Lists_in_each_dialect_column_the_names_that_dialect_sends(string provider)
    {
        string[] messages = provider switch
        {
            "Twilio" => [TwilioMessages.Connected, TwilioMessages.Start, TwilioMessages.Media, TwilioMessages.Dtmf, TwilioMessages.Mark, TwilioMessages.Stop],
            "Telnyx" => [TelnyxMessages.Connected, TelnyxMessages.Start(), TelnyxMessages.Media(1, "AAAA"), TelnyxMessages.Dtmf, TelnyxMessages.Mark("m"), TelnyxMessages.Error, TelnyxMessages.OlderError, TelnyxMessages.Stop],
            _ => [SignalWireMessages.Connected, SignalWireMessages.Start(), SignalWireMessages.Media(1, "AAAA"), SignalWireMessages.Dtmf, SignalWireMessages.Mark("m"), SignalWireMessages.Stop],
        };
        var sent = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string message in messages)
        {
            using JsonDocument document = JsonDocument.Parse(message);
            sent.Add(document.RootElement.GetProperty("event").GetString()!);
            Collect(document.RootElement, sent);
        }

        IEnumerable<string?> column = MessageFieldNames.Rows.Select(r => provider switch
        {
            "Twilio" => r.Twilio,
            "Telnyx" => r.Telnyx,
            _ => r.SignalWire,
        });

        Assert.Equal(new SortedSet<string>(column.OfType<string>(), StringComparer.Ordinal), sent.Where(n => MessageFieldNames.Find(Encoding.UTF8.GetBytes(n)) != MessageField.Other));
    }

    private static void Collect(JsonElement element, ISet<string> names)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (JsonProperty property in element.EnumerateObject())
            {
                // The names of custom parameters are the application's, not the protocol's.
                if (property.Name is not ("customParameters" or "custom_parameters"))
                {
                    Collect(property.Value, names);
                }

                names.Add(property.Name);
            }
        }
    }
}
