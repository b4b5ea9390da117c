using System.Buffers;
using System.Text.Json;

namespace MarkupDsl.Markup;

/// <summary>Writes an SWML element tree as JSON with <see cref="Utf8JsonWriter"/>.</summary>
internal static class SwmlJsonWriter
{
    public static void Write(MarkupElement section, IBufferWriter<byte> output, bool indented)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = indented, SkipValidation = true });
        json.WriteStartObject();
        json.WriteString("version", SwmlMarkupDocument.Version);
        json.WriteStartObject("sections");
        json.WriteStartArray(section.Name);
        for (int i = 0; i < section.Children.Count; i++)
        {
            MarkupElement verb = section.Children[i];
            json.WriteStartObject();
            json.WritePropertyName(verb.Name);
            WriteObject(json, verb);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteObject(Utf8JsonWriter json, MarkupElement element)
    {
        json.WriteStartObject();
        for (int i = 0; i < element.Attributes.Count; i++)
        {
            json.WriteString(element.Attributes[i].Name, element.Attributes[i].Value);
        }

        for (int i = 0; i < element.Children.Count; i++)
        {
            json.WritePropertyName(element.Children[i].Name);
            WriteObject(json, element.Children[i]);
        }

        json.WriteEndObject();
    }
}
