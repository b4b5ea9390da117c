using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MarkupDsl.Markup;

/// <summary>Writes an SWML element tree as JSON with <see cref="Utf8JsonWriter"/>, in the shape <see cref="SwmlShape"/> gives.</summary>
internal sealed class SwmlJsonWriter(Utf8JsonWriter json) : ISwmlSink
{
    public static void Write(MarkupElement root, MarkupGrammar grammar, string rootKey, IBufferWriter<byte> output, bool indented)
    {
        // Relaxed escaping: the document is served as application/json, not embedded in HTML, so "+15551234567" and
        // "<" stay as written rather than becoming \u002B and \u003C.
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = indented, SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        SwmlShape.Write(new SwmlJsonWriter(json), root, grammar, rootKey);
    }

    public void StartObject() => json.WriteStartObject();

    public void EndObject() => json.WriteEndObject();

    public void StartArray() => json.WriteStartArray();

    public void EndArray() => json.WriteEndArray();

    public void Key(string name) => json.WritePropertyName(name);

    public void Scalar(string value, bool literal)
    {
        if (literal)
        {
            // Checked already: a value of a boolean or integer attribute, or a map value that reads as a JSON literal.
            json.WriteRawValue(value, skipInputValidation: true);
        }
        else
        {
            json.WriteStringValue(value);
        }
    }
}
